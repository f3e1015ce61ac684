// An account's orders on its page (newest first, ten at a time), with a hand-made order for the account.

import { Anchor, Button } from '@mantine/core';
import { Link } from 'wouter';
import type { Id } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { RecordSection } from '../../record/RecordSection';
import { RecordTable, type Column } from '../../record/RecordTable';
import { useCursorList } from '../../record/useCursorList';
import { WITHOUT_LINES, type OrderListItem } from '../offer/commerce';
import { OrderStatusBadge, ProgressBadge } from './OrderBadges';

export function OrdersSection({ accountId }: { accountId: Id }) {
  const { t, format } = useI18n();
  const list = useCursorList<OrderListItem>('orders', { account_id: accountId, sort: '-created_at', ...WITHOUT_LINES }, 10);
  const columns: Column<OrderListItem>[] = [
    {
      key: 'number',
      header: t('order.number'),
      width: '26%',
      cell: (order) => (
        <Anchor component={Link} href={`/orders/${order.id}`}>
          <bdi dir="ltr">{order.number}</bdi>
        </Anchor>
      ),
    },
    { key: 'status', header: t('order.status'), width: '22%', cell: (order) => <OrderStatusBadge status={order.status} /> },
    { key: 'shipment', header: t('order.shipment'), width: '24%', cell: (order) => <ProgressBadge progress={order.shipment_status} /> },
    { key: 'total', header: t('offer.total'), width: '28%', cell: (order) => <bdi>{format.money(order.total)}</bdi> },
  ];
  return (
    <RecordSection
      headingId="orders-heading"
      title={t('order.section')}
      testId="account-orders"
      action={
        <Button size="xs" variant="light" component={Link} href={`/orders/new?account_id=${encodeURIComponent(accountId)}`}>
          {t('order.newOrder')}
        </Button>
      }
    >
      <RecordTable caption={t('order.section')} columns={columns} list={list} empty={t('order.sectionEmpty')} placeholderRows={2} />
    </RecordSection>
  );
}
