// The orders the person can see (operations staff: every order): search by number or client, filters by
// status, reservation and shipment, owner for those who see others' orders, sort and keyset paging.

import { Anchor, Button } from '@mantine/core';
import { Link } from 'wouter';
import { useMe } from '../../auth/session';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageId } from '../../i18n/messages';
import { ChoiceFilter, ListPage, SearchFilter, SortFilter, useFilters, type SortOption } from '../../record/ListPage';
import { RecordTable, type Column } from '../../record/RecordTable';
import { useCursorList } from '../../record/useCursorList';
import { ORDER_STATUSES, WITHOUT_LINES, type OrderListItem } from '../offer/commerce';
import { userOptions, useUsers } from '../user/users';
import { OrderStatusBadge, ProgressBadge } from './OrderBadges';

const SORTS: SortOption[] = [
  { value: '-created_at', label: 'order.sortOptions.newest' },
  { value: 'requested_on', label: 'order.sortOptions.requestedOn' },
  { value: '-number', label: 'order.sortOptions.numberDescending' },
  { value: 'account_name', label: 'order.sortOptions.client' },
];

const PROGRESS = ['none', 'partial', 'full'] as const;

export function OrdersPage() {
  const me = useMe();
  const { users, nameOf } = useUsers();
  const { t, format } = useI18n();
  const { filters, set, query } = useFilters({ q: '', status: '', reservation_status: '', shipment_status: '', owner_id: '', sort: '-created_at' });
  // 25 a page, as the offers: three badges a row make a page of 50 too heavy a first render on a modest laptop.
  const list = useCursorList<OrderListItem>('orders', { ...query, ...WITHOUT_LINES }, 25);
  const sales = me.role !== 'operations';
  const progressOptions = (any: MessageId) => [{ value: '', label: t(any) }, ...PROGRESS.map((value) => ({ value, label: t(`order.progress.${value}`) }))];

  const columns: Column<OrderListItem>[] = [
    {
      key: 'number',
      header: t('order.number'),
      width: '15%',
      cell: (order) => (
        <Anchor component={Link} href={`/orders/${order.id}`}>
          <bdi dir="ltr">{order.number}</bdi>
        </Anchor>
      ),
    },
    { key: 'account', header: t('offer.account'), width: '21%', cell: (order) => order.account_name },
    { key: 'status', header: t('order.status'), width: '13%', cell: (order) => <OrderStatusBadge status={order.status} /> },
    { key: 'reservation', header: t('order.reservation'), width: '11%', cell: (order) => <ProgressBadge progress={order.reservation_status} /> },
    { key: 'shipment', header: t('order.shipment'), width: '11%', cell: (order) => <ProgressBadge progress={order.shipment_status} /> },
    { key: 'requested_on', header: t('order.requestedOn'), width: '12%', cell: (order) => format.date(order.requested_on) },
    { key: 'total', header: t('offer.total'), width: '17%', cell: (order) => <bdi>{format.money(order.total)}</bdi> },
  ];
  if (sales && me.role !== 'manager') {
    columns[1]!.width = '16%';
    columns[6]!.width = '13%';
    columns.push({ key: 'owner', header: t('offer.owner'), width: '9%', cell: (order) => nameOf(order.owner_id) });
  }

  return (
    <ListPage
      title={t('order.listTitle')}
      action={
        sales && (
          <Button component={Link} href="/orders/new">
            {t('order.newOrder')}
          </Button>
        )
      }
      filters={
        <>
          <SearchFilter label={t('order.search')} value={filters.q} onChange={set('q')} w={240} />
          <ChoiceFilter
            label={t('order.status')}
            value={filters.status}
            onChange={set('status')}
            data={[{ value: '', label: t('offer.anyStatus') }, ...ORDER_STATUSES.map((status) => ({ value: status, label: t(`order.statuses.${status}`) }))]}
          />
          <ChoiceFilter label={t('order.reservation')} value={filters.reservation_status} onChange={set('reservation_status')} data={progressOptions('offer.anyStatus')} />
          <ChoiceFilter label={t('order.shipment')} value={filters.shipment_status} onChange={set('shipment_status')} data={progressOptions('offer.anyStatus')} />
          {sales && me.role !== 'manager' && (
            <ChoiceFilter label={t('offer.owner')} w={200} value={filters.owner_id} onChange={set('owner_id')} data={[{ value: '', label: t('offer.anyOwner') }, ...userOptions(users)]} />
          )}
          <SortFilter label={t('offer.sort')} value={filters.sort} onChange={set('sort')} sorts={SORTS} />
        </>
      }
    >
      <RecordTable caption={t('order.listTitle')} columns={columns} list={list} empty={t('order.empty')} placeholderRows={10} />
    </ListPage>
  );
}
