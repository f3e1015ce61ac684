// The offers the person can see: search by number, filters (status, account, and owner for those who see
// others' offers), sort and keyset paging, a page at a time. Totals are exact, in the person's locale.

import { Anchor, Badge, Button } from '@mantine/core';
import { Link } from 'wouter';
import type { Query } from '../../api/client';
import { useMe } from '../../auth/session';
import { useI18n } from '../../i18n/I18nProvider';
import { ChoiceFilter, ListPage, SearchFilter, SortFilter, useFilters, type SortOption } from '../../record/ListPage';
import { RecordTable, type Column } from '../../record/RecordTable';
import { useCursorList } from '../../record/useCursorList';
import { userOptions, useUsers } from '../user/users';
import { AccountPicker } from './AccountPicker';
import { OFFER_STATUSES, statusColour, WITHOUT_LINES, type OfferListItem, type OfferStatus } from './commerce';

const SORTS: SortOption[] = [
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
  const query: Query = { sort: filters.sort, ...WITHOUT_LINES };
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
  const { filters, setFilters, set, query } = useFilters<Filters>({ q: '', status: '', account_id: '', owner_id: '', sort: '-created_at' }, offerQuery);
  // 25 a page, as the orders: a badge a row makes a page of 50 a heavy first render on a modest laptop.
  const list = useCursorList<OfferListItem>('offers', query, 25);
  const seesOthers = me.role !== 'manager';

  const columns: Column<OfferListItem>[] = [
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
    { key: 'account', header: t('offer.account'), width: '24%', cell: (offer) => offer.account_name },
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
    <ListPage
      title={t('offer.listTitle')}
      action={
        <Button component={Link} href="/offers/new">
          {t('offer.newOffer')}
        </Button>
      }
      filters={
        <>
          <SearchFilter label={t('offer.search')} value={filters.q} onChange={set('q')} w={200} />
          <ChoiceFilter
            label={t('offer.status')}
            value={filters.status}
            onChange={set('status')}
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
            <ChoiceFilter label={t('offer.owner')} w={200} value={filters.owner_id} onChange={set('owner_id')} data={[{ value: '', label: t('offer.anyOwner') }, ...userOptions(users)]} />
          )}
          <SortFilter label={t('offer.sort')} value={filters.sort} onChange={set('sort')} sorts={SORTS} />
        </>
      }
    >
      <RecordTable caption={t('offer.listTitle')} columns={columns} list={list} empty={t('offer.empty')} placeholderRows={10} />
    </ListPage>
  );
}
