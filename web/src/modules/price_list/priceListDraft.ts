// A price list as the editor holds it: its own fields and its lines and order tiers as rows of text, each
// row with a key of its own so that React keeps a row's inputs while rows above it come and go. The
// whole draft becomes one body — the parent and every line and tier — saved in one request, so the
// list, its lines and its tiers change together in one version.

import type { components } from '../../api/openapi.gen';
import type { Translation } from '../../i18n/translation';
import { readMoney, readPercent, readQuantity, readWholeNumber } from '../product/catalogue';

type Schemas = components['schemas'];
export type PriceList = Schemas['PriceList'];
export type PriceListCreate = Schemas['PriceListCreate'];
export type PriceListLine = PriceList['lines'][number];
export type OrderTier = PriceList['order_tiers'][number];

/** A line gives either its own unit price or a discount off the product's list price. */
export type LineMode = 'price' | 'discount';

export interface LineDraft {
  key: number;
  product_id: string;
  min_quantity: string;
  mode: LineMode;
  /** The price's amount or the discount percent, as typed. */
  value: string;
}

export interface TierDraft {
  key: number;
  min_total: string;
  discount_percent: string;
}

export interface PriceListDraft {
  name: string;
  currency: string;
  valid_from: string;
  valid_to: string;
  priority: string;
  lines: LineDraft[];
  order_tiers: TierDraft[];
}

let nextKey = 1;
export function newKey(): number {
  return nextKey++;
}

export function emptyLine(): LineDraft {
  return { key: newKey(), product_id: '', min_quantity: '1', mode: 'price', value: '' };
}

export function emptyTier(): TierDraft {
  return { key: newKey(), min_total: '', discount_percent: '' };
}

export function draftOf(list?: PriceList): PriceListDraft {
  if (!list) return { name: '', currency: 'EUR', valid_from: '', valid_to: '', priority: '100', lines: [], order_tiers: [] };
  return {
    name: list.name,
    currency: list.currency,
    valid_from: list.valid_from ?? '',
    valid_to: list.valid_to ?? '',
    priority: String(list.priority),
    lines: list.lines.map((line) => ({
      key: newKey(),
      product_id: line.product_id,
      min_quantity: line.min_quantity ?? '1',
      mode: line.price ? 'price' : 'discount',
      value: line.price ? line.price.amount : (line.discount_percent ?? ''),
    })),
    order_tiers: list.order_tiers.map((tier) => ({
      key: newKey(),
      min_total: tier.min_total.amount,
      discount_percent: tier.discount_percent,
    })),
  };
}

/** The API's name of a line's cell: "lines[2].price" is the third line's price (indices from 0). */
export function cellName(table: 'lines' | 'order_tiers', index: number, field: string): string {
  return `${table}[${index}].${field}`;
}

/** Every field name the editor can show an error on, for the draft as it stands. */
export function editorFields(draft: PriceListDraft): string[] {
  const names = ['name', 'currency', 'valid_from', 'valid_to', 'priority', 'lines', 'order_tiers'];
  draft.lines.forEach((_, index) => {
    for (const field of ['product_id', 'min_quantity', 'price', 'discount_percent']) names.push(cellName('lines', index, field));
  });
  draft.order_tiers.forEach((_, index) => {
    for (const field of ['min_total', 'discount_percent']) names.push(cellName('order_tiers', index, field));
  });
  return names;
}

/**
 * The draft as the body of a create or a PATCH: every field, the lines and the tiers in their order
 * (line_no is the server's). A cell that cannot be read throws a LocalError naming that cell.
 */
export function draftPayload(draft: PriceListDraft, tools: Pick<Translation, 't' | 'format'>): PriceListCreate {
  const currency = draft.currency;
  const priority = draft.priority.trim() === '' ? 100 : readWholeNumber(draft.priority, 'priority', tools);
  return {
    name: draft.name.trim(),
    currency,
    valid_from: draft.valid_from === '' ? null : draft.valid_from,
    valid_to: draft.valid_to === '' ? null : draft.valid_to,
    priority,
    lines: draft.lines.map((line, index) => {
      const quantity = readQuantity(line.min_quantity.trim() === '' ? '1' : line.min_quantity, cellName('lines', index, 'min_quantity'), tools);
      const base = { product_id: line.product_id, min_quantity: quantity };
      if (line.mode === 'price') {
        return { ...base, price: readMoney(line.value, currency, cellName('lines', index, 'price'), tools), discount_percent: null };
      }
      return { ...base, price: null, discount_percent: readPercent(line.value, cellName('lines', index, 'discount_percent'), tools) };
    }),
    order_tiers: draft.order_tiers.map((tier, index) => ({
      min_total: readMoney(tier.min_total, currency, cellName('order_tiers', index, 'min_total'), tools),
      discount_percent: readPercent(tier.discount_percent, cellName('order_tiers', index, 'discount_percent'), tools),
    })),
  };
}
