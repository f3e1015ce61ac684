import { describe, expect, it } from 'vitest';
import { LocalError } from '../../api/errors';
import { makeTranslation } from '../../i18n/translation';
import { draftOf, draftPayload, editorFields, emptyLine, emptyTier, type PriceList } from './priceListDraft';

const read: PriceList = {
  id: '9',
  version: 3,
  created_at: '2026-11-02T09:30:00Z',
  updated_at: '2026-11-02T09:30:00Z',
  created_by: '1',
  updated_by: '1',
  name: 'Wholesale',
  currency: 'INR',
  valid_from: '2027-01-01',
  valid_to: null,
  priority: 10,
  lines: [
    { line_no: 1, product_id: '58', min_quantity: '1', price: { amount: '60500.00', currency: 'INR' }, discount_percent: null },
    { line_no: 2, product_id: '58', min_quantity: '20', price: null, discount_percent: '4.00' },
  ],
  order_tiers: [{ line_no: 1, min_total: { amount: '1000000.00', currency: 'INR' }, discount_percent: '1.50' }],
};

describe('a price list draft', () => {
  it('goes back to the body it came from, line_no left to the server', () => {
    const body = draftPayload(draftOf(read), makeTranslation('en'));

    expect(body.lines).toEqual([
      { product_id: '58', min_quantity: '1', price: { amount: '60500.00', currency: 'INR' }, discount_percent: null },
      { product_id: '58', min_quantity: '20', price: null, discount_percent: '4.00' },
    ]);
    expect(body.order_tiers).toEqual([{ min_total: { amount: '1000000.00', currency: 'INR' }, discount_percent: '1.50' }]);
    expect(body).toMatchObject({ name: 'Wholesale', currency: 'INR', valid_from: '2027-01-01', valid_to: null, priority: 10 });
  });

  it('reads amounts as a Hindi reader types them, in the list’s currency', () => {
    const draft = draftOf(read);
    draft.lines[0] = { ...draft.lines[0]!, value: '12,34,567.5' };
    draft.order_tiers.push({ ...emptyTier(), min_total: '5,00,000', discount_percent: '2.5' });

    const body = draftPayload(draft, makeTranslation('hi'));

    expect(body.lines?.[0]?.price).toEqual({ amount: '1234567.50', currency: 'INR' });
    expect(body.order_tiers?.[1]).toEqual({ min_total: { amount: '500000.00', currency: 'INR' }, discount_percent: '2.50' });
  });

  it('names the cell it cannot read, counting lines from 0 as the API does', () => {
    const draft = draftOf(read);
    draft.lines.push({ ...emptyLine(), product_id: '58', mode: 'discount', value: 'ten' });

    const failure = (() => {
      try {
        draftPayload(draft, makeTranslation('en'));
      } catch (error) {
        return error;
      }
      return null;
    })();

    expect(failure).toBeInstanceOf(LocalError);
    expect((failure as LocalError).field).toBe('lines[2].discount_percent');
    expect(editorFields(draft)).toContain('lines[2].discount_percent');
  });

  it('refuses a priority that is not a whole number, naming it', () => {
    const draft = { ...draftOf(read), priority: '1.5' };

    expect(() => draftPayload(draft, makeTranslation('en'))).toThrow(LocalError);
  });
});
