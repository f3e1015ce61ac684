// One order: its status, reservation and shipment, the actions its status allows (confirm, close, cancel
// with a reason), its lines with what has been reserved, shipped and delivered, its totals, and the hand-off
// log with a form to post the next event. A hand-made draft (no offer) is edited in the page, with the same
// lines editor as an offer; one made from an offer keeps the offer's prices.

import { Alert, Anchor, Card, Grid, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { startTransition, useCallback, useEffect, useState } from 'react';
import { Link } from 'wouter';
import { api } from '../../api/client';
import { describeError } from '../../api/errors';
import { useFlash } from '../../app/flash';
import { useMe } from '../../auth/session';
import { useI18n } from '../../i18n/I18nProvider';
import { useRecord } from '../../record/useRecord';
import { ActionBar, type ActionSpec } from '../offer/ActionBar';
import { orderActions, takesEvents, type Order, type OrderAction, type OrderEvent } from '../offer/commerce';
import { DocumentTotals } from '../offer/DocumentTotals';
import { Fact } from '../offer/OfferSummary';
import { useUsers } from '../user/users';
import { HandOffTimeline } from './HandOffTimeline';
import { OrderEditor } from './OrderEditor';
import { OrderLines } from './OrderLines';
import { OrderStatusBadge, ProgressBadge } from './OrderBadges';
import { PostEventForm } from './PostEventForm';

const ACTIONS: Record<OrderAction, ActionSpec> = {
  confirm: { action: 'confirm', label: 'order.actions.confirm' },
  close: { action: 'close', label: 'order.actions.close' },
  cancel: { action: 'cancel', label: 'order.actions.cancel', reasonTitle: 'order.cancelTitle', danger: true },
};

export function BackToOrders() {
  const { t } = useI18n();
  return (
    <Anchor component={Link} href="/orders" size="sm">
      <span className="back-arrow" aria-hidden="true">←</span> {t('order.listTitle')}
    </Anchor>
  );
}

/** An order's hand-off log, read again whenever `version` moves (an event or an action changed the order). */
export function useOrderEvents(id: string, version: number | undefined) {
  const [events, setEvents] = useState<OrderEvent[]>([]);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    api.get<{ items: OrderEvent[] }>(`/orders/${encodeURIComponent(id)}/events`).then(
      (page) => {
        setEvents(page.items);
        setError(null);
      },
      (failure: unknown) => setError(failure),
    );
  }, [id]);
  useEffect(() => {
    if (version !== undefined) load();
  }, [load, version]);
  return { events, error };
}

function OrderFacts({ order }: { order: Order }) {
  const { t, format } = useI18n();
  const { nameOf } = useUsers();
  const me = useMe();
  return (
    <Card withBorder component="section" aria-labelledby="order-facts">
      <Title order={2} size="h4" id="order-facts" mb="sm">
        {t('offer.details')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Fact label={t('offer.account')}>
          {me.role === 'operations' ? order.account_name : <Anchor component={Link} href={`/accounts/${order.account_id}`}>{order.account_name}</Anchor>}
        </Fact>
        <Fact label={t('offer.owner')}>{nameOf(order.owner_id)}</Fact>
        <Fact label={t('order.requestedOn')}>{format.date(order.requested_on) || t('common.none')}</Fact>
        <Fact label={t('order.deliveryAddress')}>{order.delivery_address ?? t('common.none')}</Fact>
        <Fact label={t('offer.paymentTerms')}>
          <bdi>{order.payment_terms ?? t('common.none')}</bdi>
        </Fact>
        <Fact label={t('offer.title')}>
          {order.offer_id && me.role !== 'operations' ? (
            <Anchor component={Link} href={`/offers/${order.offer_id}`} data-testid="order-offer">
              {t('order.openOffer')}
            </Anchor>
          ) : order.offer_id ? null : (
            t('order.handMade')
          )}
        </Fact>
      </SimpleGrid>
      {order.cancel_reason && <Text mt="sm">{t('order.cancelledBecause', { reason: order.cancel_reason })}</Text>}
      {order.notes && (
        <Text mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {order.notes}
        </Text>
      )}
    </Card>
  );
}

export function OrderPage({ id }: { id: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const flash = useFlash();
  const me = useMe();
  const state = useRecord<Order>('orders', id);
  const order = state.record;
  const { events, error: eventsError } = useOrderEvents(id, order?.version);
  // The event form and the hand-off log follow the order's own sections as a transition: two shorter tasks
  // instead of one long one (Lighthouse's total blocking time).
  const [sideShown, setSideShown] = useState(false);
  const loaded = order !== null;
  useEffect(() => {
    if (loaded) startTransition(() => setSideShown(true));
  }, [loaded]);

  if (state.loading && !order) return <Loader aria-label={t('app.loading')} />;
  if (!order) {
    return (
      <Stack>
        <BackToOrders />
        <Alert color="red" role="alert">
          {describeError(state.error, i18n)}
        </Alert>
      </Stack>
    );
  }
  const editable = order.status === 'draft' && order.offer_id === null && me.role !== 'operations';

  return (
    <Stack>
      <BackToOrders />
      <Group gap="sm">
        <Title order={1}>
          {t('order.title')} <bdi dir="ltr">{order.number}</bdi>
        </Title>
        <span data-testid="order-status">
          <OrderStatusBadge status={order.status} />
        </span>
        <span data-testid="reservation-status">
          <ProgressBadge progress={order.reservation_status} label={t('order.reservation')} />
        </span>
        <span data-testid="shipment-status">
          <ProgressBadge progress={order.shipment_status} label={t('order.shipment')} />
        </span>
        <Anchor href={`/api/v1/orders/${encodeURIComponent(order.id)}/document`} target="_blank" rel="noopener">
          {t('offer.openDocument')}
        </Anchor>
      </Group>
      {me.role !== 'operations' && (
        <ActionBar<Order>
          collection="orders"
          id={order.id}
          version={order.version}
          actions={orderActions(order.status).map((action) => ACTIONS[action])}
          onDone={(_, action) => {
            flash.show(t(`order.done.${action as OrderAction}`));
            state.reload();
          }}
        />
      )}
      <Grid>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack>
            <OrderFacts order={order} />
            {editable ? (
              <OrderEditor key={order.version} order={order} save={(body) => state.save(body)} onSaved={() => flash.show(t('order.saved'))} onReload={state.reload} />
            ) : (
              <Card withBorder component="section" aria-labelledby="order-lines">
                <Title order={2} size="h4" id="order-lines" mb="sm">
                  {t('offer.lines')}
                </Title>
                <OrderLines lines={order.lines} />
                <DocumentTotals totals={order} />
              </Card>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          {sideShown && (
            <Stack>
              {takesEvents(order.status) && (
                <Card withBorder component="section" aria-labelledby="post-event-heading">
                  <Title order={2} size="h4" id="post-event-heading" mb="sm">
                    {t('order.postEvent')}
                  </Title>
                  <PostEventForm
                    key={order.version}
                    order={order}
                    onPosted={() => {
                      flash.show(t('order.posted'));
                      state.reload();
                    }}
                  />
                </Card>
              )}
              <Card withBorder component="section" aria-labelledby="hand-off-heading">
                <Title order={2} size="h4" id="hand-off-heading" mb="sm">
                  {t('order.handOff')}
                </Title>
                <HandOffTimeline events={events} error={eventsError} />
              </Card>
            </Stack>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
