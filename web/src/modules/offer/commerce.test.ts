import { describe, expect, it } from 'vitest';
import { makeTranslation } from '../../i18n/translation';
import { leftToMove } from '../order/PostEventForm';
import { offerActions, orderActions } from './commerce';
import { linesPayload, quotableLines, remapCell, type DocumentLineDraft } from './linesDraft';
import { offerQuery } from './OffersPage';

const en = makeTranslation('en');
const line = (key: number, product_id: string, quantity: string, manual = ''): DocumentLineDraft => ({ key, product_id, quantity, manual_discount_percent: manual });

describe('the actions a status allows', () => {
  it('mirrors the server’s transition tables', () => {
    expect(offerActions('draft')).toEqual(['send', 'withdraw']);
    expect(offerActions('sent')).toEqual(['accept', 'decline', 'withdraw', 'revise']);
    expect(offerActions('expired')).toEqual(['decline', 'withdraw', 'revise']);
    expect(offerActions('accepted')).toEqual([]);
    expect(orderActions('draft')).toEqual(['confirm', 'cancel']);
    expect(orderActions('in_fulfilment')).toEqual(['cancel']);
    expect(orderActions('delivered')).toEqual(['close']);
    expect(orderActions('shipped')).toEqual([]);
  });
});

describe('the lines of a draft', () => {
  it('quotes only the lines that can be priced, and maps the answer’s cells back to the draft', () => {
    const { body, at } = quotableLines([line(1, '', '1'), line(2, '58', '12.5'), line(3, '59', 'x'), line(4, '60', '2', '7.5')], en);
    expect(at).toEqual([1, 3]);
    expect(body).toEqual([
      { product_id: '58', quantity: '12.5', manual_discount_percent: '0' },
      { product_id: '60', quantity: '2', manual_discount_percent: '7.50' },
    ]);
    expect(remapCell('lines[1].manual_discount_percent', at)).toBe('lines[3].manual_discount_percent');
    expect(remapCell('currency', at)).toBe('currency');
  });

  it('names the cell that cannot be read before any request', () => {
    expect(() => linesPayload([line(1, '58', '1'), line(2, '', '1')], en)).toThrow(expect.objectContaining({ field: 'lines[1].product_id' }));
    expect(() => linesPayload([line(1, '58', 'twelve')], en)).toThrow(expect.objectContaining({ field: 'lines[0].quantity' }));
  });
});

describe('the offers list’s query', () => {
  const filters = { q: '', status: '' as const, account_id: '', owner_id: '', sort: '-created_at' };
  it('sends the status as it is: the server knows which sent offers have expired', () => {
    expect(offerQuery({ ...filters, status: 'expired' })).toEqual({ sort: '-created_at', omit: 'lines', status: 'expired' });
    expect(offerQuery({ ...filters, status: 'draft', q: ' OF-2026 ', owner_id: '7' })).toEqual({ sort: '-created_at', omit: 'lines', status: 'draft', q: 'OF-2026', owner_id: '7' });
  });
  it('leaves the lines out: a row shows none of them', () => {
    expect(offerQuery(filters)).toEqual({ sort: '-created_at', omit: 'lines' });
  });
});

describe('what is left to move on an order line', () => {
  const orderLine = { quantity: '12.5', reserved_quantity: '8', shipped_quantity: '8', delivered_quantity: '0.5' };
  it('is the step’s ceiling less what it moved already', () => {
    expect(leftToMove(orderLine, 'reserved')).toBe('4.5');
    expect(leftToMove(orderLine, 'shipped')).toBe('');
    expect(leftToMove(orderLine, 'delivered')).toBe('7.5');
  });
});
