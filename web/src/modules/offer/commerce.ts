// What the offer and order screens share: the record types as the OpenAPI document gives them, the actions
// each status allows (the server's transition tables, mirrored so that only allowed buttons show; the
// server still decides, and a 409 says so), and the quote the price engine answers.

import type { components, operations } from '../../api/openapi.gen';

type Schemas = components['schemas'];
export type Offer = Schemas['Offer'];
export type OfferCreate = Schemas['OfferCreate'];
export type OfferStatus = Offer['status'];
/** An offer as a list without its lines (?omit=lines) answers it: what the lists show. */
export type OfferListItem = Schemas['OfferListItem'];
export type Order = Schemas['Order'];
export type OrderCreate = Schemas['OrderCreate'];
export type OrderStatus = Order['status'];
export type OrderListItem = Schemas['OrderListItem'];
export type OrderEvent = Schemas['OrderEvent'];
export type OrderEventKind = OrderEvent['kind'];
export type Department = NonNullable<OrderEvent['department']>;
export type Progress = Order['reservation_status'];

/** A line as the server prices it (an offer's, an order's or a quote's). */
export type PricedLine = Offer['lines'][number];
export type PricingRule = NonNullable<PricedLine['pricing']>[number];
export type QuoteRequest = operations['quotePrices']['requestBody']['content']['application/json'];
export type Quote = operations['quotePrices']['responses'][200]['content']['application/json'];

export const OFFER_STATUSES: readonly OfferStatus[] = ['draft', 'sent', 'expired', 'accepted', 'declined', 'withdrawn', 'superseded'];
export const ORDER_STATUSES: readonly OrderStatus[] = ['draft', 'confirmed', 'in_fulfilment', 'shipped', 'delivered', 'closed', 'cancelled'];
export const EVENT_KINDS: readonly OrderEventKind[] = ['handed_off', 'reserved', 'shipped', 'delivered', 'problem', 'note'];
export const DEPARTMENTS: readonly Department[] = ['warehouse', 'shipping', 'delivery', 'accounting'];

/** What the lists of offers and orders ask: their rows show no line, which the server then does not read. */
export const WITHOUT_LINES = { omit: 'lines' } as const;

export type OfferAction = 'send' | 'accept' | 'decline' | 'withdraw' | 'revise';
export type OrderAction = 'confirm' | 'close' | 'cancel';

// src/domain/offer/offer.hpp, kOfferTransitions: the statuses each action starts from.
const OFFER_ACTIONS: Record<OfferAction, readonly OfferStatus[]> = {
  send: ['draft'],
  accept: ['sent'],
  decline: ['sent', 'expired'],
  withdraw: ['draft', 'sent', 'expired'],
  revise: ['sent', 'expired'],
};

// src/domain/order/order.hpp, kOrderTransitions.
const ORDER_ACTIONS: Record<OrderAction, readonly OrderStatus[]> = {
  confirm: ['draft'],
  close: ['delivered'],
  cancel: ['draft', 'confirmed', 'in_fulfilment'],
};

export function offerActions(status: OfferStatus): OfferAction[] {
  return (Object.keys(OFFER_ACTIONS) as OfferAction[]).filter((action) => OFFER_ACTIONS[action].includes(status));
}

export function orderActions(status: OrderStatus): OrderAction[] {
  return (Object.keys(ORDER_ACTIONS) as OrderAction[]).filter((action) => ORDER_ACTIONS[action].includes(status));
}

/** Hand-off events move quantities only while the order is on its way (domain::ApplyEvent). */
export function takesEvents(status: OrderStatus): boolean {
  return status === 'confirmed' || status === 'in_fulfilment' || status === 'shipped' || status === 'delivered';
}

/** The event kinds that move a line's quantities, and the quantity each one moves. */
export const MOVING_KINDS = {
  reserved: 'reserved_quantity',
  shipped: 'shipped_quantity',
  delivered: 'delivered_quantity',
} as const satisfies Partial<Record<OrderEventKind, keyof PricedOrderLine>>;
export type PricedOrderLine = Order['lines'][number];

export function movesQuantities(kind: OrderEventKind): kind is keyof typeof MOVING_KINDS {
  return kind in MOVING_KINDS;
}

/** The colour of a status badge: open work blue, done teal, refused or ended red, the rest grey. */
export function statusColour(status: OfferStatus | OrderStatus): string {
  switch (status) {
    case 'sent':
    case 'confirmed':
    case 'in_fulfilment':
    case 'shipped':
      return 'blue';
    case 'accepted':
    case 'delivered':
    case 'closed':
      return 'teal';
    case 'declined':
    case 'cancelled':
    case 'expired':
      return 'red';
    default:
      return 'gray';
  }
}
