// The promotions: those in force or to come by default (or all), search by name, sort and keyset paging.
// Everyone reads them; admins are offered a new one.

import { Anchor, Button, Group, Modal, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { api, type Query } from '../../api/client';
import { useFlash } from '../../app/flash';
import { useMe } from '../../auth/session';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageId } from '../../i18n/messages';
import { RecordTable, type Column } from '../../record/RecordTable';
import { useCursorList } from '../../record/useCursorList';
import { showPercent, showQuantity } from '../product/catalogue';
import type { Promotion } from './promotionDraft';
import { PromotionForm } from './PromotionForm';

const SORTS: { value: string; label: MessageId }[] = [
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
  const [filters, setFilters] = useState({ q: '', when: 'current', sort: 'starts_on' });
  const [creating, setCreating] = useState(false);
  const [debounced] = useDebouncedValue(filters, 200);
  const query = useMemo(() => {
    const built: Query = { sort: debounced.sort };
    if (debounced.q.trim() !== '') built.q = debounced.q.trim();
    // In force or to come: not ended before today.
    if (debounced.when === 'current') built.ends_on_from = today();
    return built;
  }, [debounced]);
  const list = useCursorList<Promotion>('promotions', query);
  const set = (key: keyof typeof filters) => (value: string) => setFilters((current) => ({ ...current, [key]: value }));

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
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('promotion.listTitle')}</Title>
        {me.role === 'admin' && <Button onClick={() => setCreating(true)}>{t('promotion.newPromotion')}</Button>}
      </Group>
      <div className="toolbar" role="search">
        <TextInput label={t('promotion.search')} type="search" value={filters.q} onChange={(event) => set('q')(event.currentTarget.value)} w={300} />
        <NativeSelect
          label={t('promotion.show')}
          value={filters.when}
          onChange={(event) => set('when')(event.currentTarget.value)}
          data={[
            { value: 'current', label: t('promotion.currentAndComing') },
            { value: 'all', label: t('promotion.allPromotions') },
          ]}
        />
        <NativeSelect
          label={t('promotion.sort')}
          value={filters.sort}
          onChange={(event) => set('sort')(event.currentTarget.value)}
          data={SORTS.map((sort) => ({ value: sort.value, label: t(sort.label) }))}
        />
      </div>
      <RecordTable caption={t('promotion.listTitle')} columns={columns} list={list} empty={t('promotion.empty')} placeholderRows={6} />
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('promotion.createTitle')}
        size="xl"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {creating && <CreatePromotion onClose={() => setCreating(false)} />}
      </Modal>
    </Stack>
  );
}
