// The offers the person can see: search by number, filters (status, account, and owner for those who see
// others' offers), sort and keyset paging, a page at a time. Totals are exact, in the person's locale.

import { Anchor, Badge, Button, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import type { Query } from '../../api/client';
import { useMe } from '../../auth/session';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageId } from '../../i18n/messages';
import { RecordTable, type Column } from '../../record/RecordTable';
import { useCursorList } from '../../record/useCursorList';
import { useAccountNames } from '../account/accountNames';
import { userOptions, useUsers } from '../user/users';
import { AccountPicker } from './AccountPicker';
import { OFFER_STATUSES, statusColour, type Offer, type OfferStatus } from './commerce';

const SORTS: { value: string; label: MessageId }[] = [
  { value: '-created_at', label: 'offer.sortOptions.newest' },
  { value: '-number', label: 'offer.sortOptions.numberDescending' },
  { value: 'valid_until', label: 'offer.sortOptions.validUntil' },
  { value: '-total', label: 'offer.sortOptions.largest' },
  { value: '-updated_at', label: 'offer.sortOptions.recentlyChanged' },
];

interface Filters {
  q: string;
  status: '' | OfferStatus;
  account_id: string;
  account_name?: string;
  owner_id: string;
  sort: string;
}

/**
 * The list's query. The server reads `sent` as a sent offer still valid and `expired` as one past its valid_until
 * (on its own today), so the status goes as it is.
 */
export function offerQuery(filters: Filters): Query {
  const query: Query = { sort: filters.sort };
  if (filters.q.trim() !== '') query.q = filters.q.trim();
  if (filters.account_id !== '') query.account_id = filters.account_id;
  if (filters.owner_id !== '') query.owner_id = filters.owner_id;
  if (filters.status !== '') query.status = filters.status;
  return query;
}

export function OffersPage() {
  const me = useMe();
  const { users, nameOf } = useUsers();
  const { t, format } = useI18n();
  const [filters, setFilters] = useState<Filters>({ q: '', status: '', account_id: '', owner_id: '', sort: '-created_at' });
  const [debounced] = useDebouncedValue(filters, 200);
  const query = useMemo(() => offerQuery(debounced), [debounced]);
  // 25 a page: offers carry no client name, so each page reads its clients' names too.
  const list = useCursorList<Offer>('offers', query, 25);
  const accounts = useAccountNames(list.items.map((offer) => offer.account_id));
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => setFilters((current) => ({ ...current, [key]: value }));
  const seesOthers = me.role !== 'manager';

  const columns: Column<Offer>[] = [
    {
      key: 'number',
      header: t('offer.number'),
      width: '16%',
      cell: (offer) => (
        <Anchor component={Link} href={`/offers/${offer.id}`}>
          <bdi dir="ltr">{offer.number}</bdi>
        </Anchor>
      ),
    },
    { key: 'account', header: t('offer.account'), width: '24%', cell: (offer) => accounts.get(offer.account_id) ?? t('common.pending') },
    {
      key: 'status',
      header: t('offer.status'),
      width: '13%',
      cell: (offer) => (
        <Badge variant="light" color={statusColour(offer.status)}>
          {t(`offer.statuses.${offer.status}`)}
        </Badge>
      ),
    },
    { key: 'valid_until', header: t('offer.validUntil'), width: '13%', cell: (offer) => format.date(offer.valid_until) },
    { key: 'total', header: t('offer.total'), width: '17%', cell: (offer) => <bdi>{format.money(offer.total)}</bdi> },
    { key: 'owner', header: t('offer.owner'), width: '17%', cell: (offer) => nameOf(offer.owner_id) },
  ];

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('offer.listTitle')}</Title>
        <Button component={Link} href="/offers/new">
          {t('offer.newOffer')}
        </Button>
      </Group>
      <div className="toolbar" role="search">
        <TextInput label={t('offer.search')} type="search" value={filters.q} onChange={(event) => set('q', event.currentTarget.value)} w={200} />
        <NativeSelect
          label={t('offer.status')}
          value={filters.status}
          onChange={(event) => set('status', event.currentTarget.value as Filters['status'])}
          data={[{ value: '', label: t('offer.anyStatus') }, ...OFFER_STATUSES.map((status) => ({ value: status, label: t(`offer.statuses.${status}`) }))]}
        />
        <AccountPicker
          filter
          label={t('offer.account')}
          value={filters.account_id}
          chosenName={filters.account_name}
          onChange={(account) => setFilters((current) => ({ ...current, account_id: account?.id ?? '', account_name: account?.name }))}
        />
        {seesOthers && (
          <NativeSelect
            label={t('offer.owner')}
            w={200}
            value={filters.owner_id}
            onChange={(event) => set('owner_id', event.currentTarget.value)}
            data={[{ value: '', label: t('offer.anyOwner') }, ...userOptions(users)]}
          />
        )}
        <NativeSelect
          label={t('offer.sort')}
          value={filters.sort}
          onChange={(event) => set('sort', event.currentTarget.value)}
          data={SORTS.map((sort) => ({ value: sort.value, label: t(sort.label) }))}
        />
      </div>
      <RecordTable caption={t('offer.listTitle')} columns={columns} list={list} empty={t('offer.empty')} placeholderRows={10} />
    </Stack>
  );
}
