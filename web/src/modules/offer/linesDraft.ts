// The lines of an offer or a hand-made order as the editor holds them: a product, a quantity and a manual
// discount as typed, each row with a key of its own. Prices are never the client's: the lines go to the price
// engine (a quote while editing, the save itself) and come back priced. A line without a product (the
// server allows one, with its own wording and unit price) is kept as it was read and sent back unchanged.

import { LocalError } from '../../api/errors';
import type { Translation } from '../../i18n/translation';
import { readPercent, readQuantity, trimZeros } from '../product/catalogue';
import { cellName, newKey } from '../price_list/priceListDraft';
import type { PricedLine } from './commerce';

export interface DocumentLineDraft {
  key: number;
  product_id: string;
  quantity: string;
  manual_discount_percent: string;
  /** A line of the document's own wording (no product), carried as read. */
  own?: Pick<PricedLine, 'description' | 'unit' | 'unit_price' | 'tax_rate'>;
}

/** A line as the API takes it: what the person chose; the server prices the rest. */
export type LineBody = Pick<PricedLine, 'product_id' | 'quantity' | 'manual_discount_percent' | 'description' | 'unit' | 'unit_price' | 'tax_rate'>;

type Tools = Pick<Translation, 't' | 'format'>;

export function emptyDocumentLine(): DocumentLineDraft {
  return { key: newKey(), product_id: '', quantity: '1', manual_discount_percent: '' };
}

export function linesDraftOf(lines: readonly PricedLine[]): DocumentLineDraft[] {
  return lines.map((line) => {
    const draft: DocumentLineDraft = {
      key: newKey(),
      product_id: line.product_id ?? '',
      quantity: trimZeros(line.quantity),
      manual_discount_percent: line.manual_discount_percent && Number(line.manual_discount_percent) !== 0 ? trimZeros(line.manual_discount_percent) : '',
    };
    if (!line.product_id) draft.own = { description: line.description, unit: line.unit, unit_price: line.unit_price, tax_rate: line.tax_rate };
    return draft;
  });
}

function lineBody(line: DocumentLineDraft, index: number, tools: Tools): LineBody {
  const quantity = readQuantity(line.quantity, cellName('lines', index, 'quantity'), tools);
  const discount = line.manual_discount_percent.trim();
  const manual = discount === '' ? '0' : readPercent(discount, cellName('lines', index, 'manual_discount_percent'), tools);
  if (line.own) return { ...line.own, product_id: null, quantity, manual_discount_percent: manual };
  if (line.product_id === '') throw new LocalError(tools.t('offer.chooseProduct'), cellName('lines', index, 'product_id'));
  return { product_id: line.product_id, quantity, manual_discount_percent: manual };
}

/** Every line as the body of a save; a cell that cannot be read throws a LocalError naming it. */
export function linesPayload(lines: readonly DocumentLineDraft[], tools: Tools): LineBody[] {
  return lines.map((line, index) => lineBody(line, index, tools));
}

/**
 * The lines that can be priced as they stand (a product chosen, a readable quantity and discount), with the
 * index each has in the draft: the quote prices those, and its answers and errors map back by `at`.
 */
export function quotableLines(lines: readonly DocumentLineDraft[], tools: Tools): { body: LineBody[]; at: number[] } {
  const body: LineBody[] = [];
  const at: number[] = [];
  lines.forEach((line, index) => {
    try {
      body.push(lineBody(line, index, tools));
      at.push(index);
    } catch {
      // Not ready yet: the person is still typing; the save names the cell if it stays so.
    }
  });
  return { body, at };
}

/** The API's names of every cell the lines editor shows an error on. */
export function lineCells(count: number): string[] {
  const names = ['lines'];
  for (let index = 0; index < count; index++) {
    for (const field of ['product_id', 'quantity', 'manual_discount_percent', 'unit_price']) names.push(cellName('lines', index, field));
  }
  return names;
}

/** "lines[3].manual_discount_percent" of a request made of `at`'s lines, renamed to the draft's own index. */
export function remapCell(field: string | undefined, at: readonly number[]): string | undefined {
  const match = field === undefined ? null : /^lines\[(\d+)\]\.(.+)$/.exec(field);
  if (!match) return field;
  const index = at[Number(match[1])];
  return index === undefined ? field : cellName('lines', index, match[2] ?? '');
}
