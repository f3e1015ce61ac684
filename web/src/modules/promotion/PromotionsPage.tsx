// The promotions: those in force or to come by default (or all), search by name, sort and keyset paging.
// Everyone reads them; admins are offered a new one.

import { Anchor, Button } from '@mantine/core';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { api, type Query } from '../../api/client';
import { useFlash } from '../../app/flash';
import { useMe } from '../../auth/session';
import { useI18n } from '../../i18n/I18nProvider';
import { ChoiceFilter, CreateDialog, ListPage, SearchFilter, SortFilter, useFilters, type SortOption } from '../../record/ListPage';
import { RecordTable, type Column } from '../../record/RecordTable';
import { useCursorList } from '../../record/useCursorList';
import { showPercent, showQuantity } from '../product/catalogue';
import type { Promotion } from './promotionDraft';
import { PromotionForm } from './PromotionForm';

const SORTS: SortOption[] = [
  { value: 'starts_on', label: 'promotion.sortOptions.startsOn' },
  { value: '-starts_on', label: 'promotion.sortOptions.latestStart' },
  { value: 'ends_on', label: 'promotion.sortOptions.endsOn' },
  { value: 'name', label: 'promotion.sortOptions.name' },
];

/** Today in the browser's calendar, as the API writes dates. */
function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

const START = { q: '', when: 'current', sort: 'starts_on' };

function promotionQuery(filters: typeof START): Query {
  const query: Query = { sort: filters.sort };
  if (filters.q.trim() !== '') query.q = filters.q.trim();
  // In force or to come: not ended before today.
  if (filters.when === 'current') query.ends_on_from = today();
  return query;
}

function CreatePromotion({ onClose }: { onClose(): void }) {
  const { t } = useI18n();
  const flash = useFlash();
  const [, navigate] = useLocation();
  return (
    <PromotionForm
      submitLabel={t('common.create')}
      onCancel={onClose}
      save={async (body) => {
        const created = await api.post<Promotion>('/promotions', body);
        flash.show(t('promotion.created'));
        navigate(`/promotions/${created.id}`);
      }}
    />
  );
}

export function PromotionsPage() {
  const me = useMe();
  const i18n = useI18n();
  const { t, format } = i18n;
  const { filters, set, query } = useFilters(START, promotionQuery);
  const [creating, setCreating] = useState(false);
  const list = useCursorList<Promotion>('promotions', query);

  const columns: Column<Promotion>[] = [
    {
      key: 'name',
      header: t('promotion.name'),
      width: '30%',
      cell: (promotion) => (
        <Anchor component={Link} href={`/promotions/${promotion.id}`}>
          {promotion.name}
        </Anchor>
      ),
    },
    {
      key: 'period',
      header: t('promotion.period'),
      width: '26%',
      cell: (promotion) => t('promotion.periodValue', { from: format.date(promotion.starts_on), to: format.date(promotion.ends_on) }),
    },
    {
      key: 'products',
      header: t('promotion.products'),
      width: '16%',
      cell: (promotion) =>
        promotion.product_ids.length === 0 ? t('promotion.allProductsShort') : t('promotion.productCount', { count: promotion.product_ids.length }),
    },
    { key: 'min_quantity', header: t('promotion.minQuantity'), width: '14%', cell: (promotion) => <bdi>{showQuantity(promotion.min_quantity, i18n)}</bdi> },
    { key: 'discount', header: t('promotion.discountPercent'), width: '14%', cell: (promotion) => <bdi>{showPercent(promotion.discount_percent, i18n)}</bdi> },
  ];

  return (
    <ListPage
      title={t('promotion.listTitle')}
      action={me.role === 'admin' && <Button onClick={() => setCreating(true)}>{t('promotion.newPromotion')}</Button>}
      filters={
        <>
          <SearchFilter label={t('promotion.search')} value={filters.q} onChange={set('q')} w={300} />
          <ChoiceFilter
            label={t('promotion.show')}
            value={filters.when}
            onChange={set('when')}
            data={[
              { value: 'current', label: t('promotion.currentAndComing') },
              { value: 'all', label: t('promotion.allPromotions') },
            ]}
          />
          <SortFilter label={t('promotion.sort')} value={filters.sort} onChange={set('sort')} sorts={SORTS} />
        </>
      }
    >
      <RecordTable caption={t('promotion.listTitle')} columns={columns} list={list} empty={t('promotion.empty')} placeholderRows={6} />
      <CreateDialog title={t('promotion.createTitle')} size="xl" opened={creating} onClose={() => setCreating(false)}>
        <CreatePromotion onClose={() => setCreating(false)} />
      </CreateDialog>
    </ListPage>
  );
}
