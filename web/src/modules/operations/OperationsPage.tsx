// The Operations screen (warehouse, shipping and delivery staff): confirmed orders on their way, in three
// queues — to reserve, to ship, on the road (to deliver) — each the oldest requested day first and a page at
// a time. An event is posted from the row: the form opens on the queue's next step, pre-filled with what is
// left to move, and every queue reads again after it.

import { Anchor, Button, Card, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import type { Query } from '../../api/client';
import { useFlash } from '../../app/flash';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageId } from '../../i18n/messages';
import { RecordTable, type Column } from '../../record/RecordTable';
import { useCursorList } from '../../record/useCursorList';
import type { Order, OrderEventKind } from '../offer/commerce';
import { OrderStatusBadge, ProgressBadge } from '../order/OrderBadges';
import { PostEventForm } from '../order/PostEventForm';

interface Queue {
  id: string;
  title: MessageId;
  kind: OrderEventKind;
  query: Query;
}

// On their way: confirmed (nothing moved yet) or in fulfilment; shipped orders wait only for delivery.
const QUEUES: Queue[] = [
  { id: 'to-reserve', title: 'operations.toReserve', kind: 'reserved', query: { status: 'confirmed,in_fulfilment', reservation_status: 'none,partial', sort: 'requested_on' } },
  { id: 'to-ship', title: 'operations.toShip', kind: 'shipped', query: { status: 'confirmed,in_fulfilment', reservation_status: 'partial,full', shipment_status: 'none,partial', sort: 'requested_on' } },
  { id: 'to-deliver', title: 'operations.toDeliver', kind: 'delivered', query: { status: 'in_fulfilment,shipped', shipment_status: 'partial,full', sort: 'requested_on' } },
];

const PAGE = 10;

function QueueSection({ queue, onPost }: { queue: Queue; onPost(order: Order, kind: OrderEventKind): void }) {
  const { t, format } = useI18n();
  const list = useCursorList<Order>('orders', queue.query, PAGE);
  const columns: Column<Order>[] = [
    {
      key: 'number',
      header: t('order.number'),
      width: '17%',
      cell: (order) => (
        <Anchor component={Link} href={`/orders/${order.id}`}>
          <bdi dir="ltr">{order.number}</bdi>
        </Anchor>
      ),
    },
    { key: 'account', header: t('offer.account'), width: '25%', cell: (order) => order.account_name },
    { key: 'requested_on', header: t('order.requestedOn'), width: '14%', cell: (order) => format.date(order.requested_on) || t('common.none') },
    { key: 'status', header: t('order.status'), width: '14%', cell: (order) => <OrderStatusBadge status={order.status} /> },
    {
      key: 'progress',
      header: queue.kind === 'reserved' ? t('order.reservation') : t('order.shipment'),
      width: '12%',
      cell: (order) => <ProgressBadge progress={queue.kind === 'reserved' ? order.reservation_status : order.shipment_status} />,
    },
    {
      key: 'post',
      header: t('order.postEvent'),
      width: '18%',
      cell: (order) => (
        // The name says what and for which order; it starts with the words shown (WCAG 2.5.3, label in name).
        <Button size="compact-sm" variant="light" onClick={() => onPost(order, queue.kind)}>
          {t(`order.kinds.${queue.kind}`)} <span className="visually-hidden">{order.number}</span>
        </Button>
      ),
    },
  ];
  return (
    <Card withBorder component="section" aria-labelledby={queue.id} data-testid={queue.id}>
      <Title order={2} size="h4" id={queue.id} mb="sm">
        {t(queue.title)}
      </Title>
      <RecordTable caption={t(queue.title)} columns={columns} list={list} empty={t('operations.empty')} placeholderRows={3} />
    </Card>
  );
}

export function OperationsPage() {
  const { t } = useI18n();
  const flash = useFlash();
  const [posting, setPosting] = useState<{ order: Order; kind: OrderEventKind } | null>(null);
  const [generation, setGeneration] = useState(0);
  return (
    <Stack>
      <Title order={1}>{t('operations.title')}</Title>
      <Text>{t('operations.intro')}</Text>
      {QUEUES.map((queue) => (
        // A new generation (an event posted) mounts the queues afresh, so each reads its first page again.
        <QueueSection key={`${queue.id}-${generation}`} queue={queue} onPost={(order, kind) => setPosting({ order, kind })} />
      ))}
      <Modal
        opened={posting !== null}
        onClose={() => setPosting(null)}
        title={posting ? t('operations.postFor', { number: posting.order.number }) : ''}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {posting && (
          <PostEventForm
            order={posting.order}
            initialKind={posting.kind}
            onPosted={() => {
              flash.show(t('order.posted'));
              setPosting(null);
              setGeneration((value) => value + 1);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
