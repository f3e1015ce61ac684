// What the catalogue screens share: the record types as the OpenAPI document gives them, and how an
// amount, a percentage or a quantity typed in the person's language becomes the API's exact decimal
// string (and back to text for a form). A value that cannot be read fails here, naming the field (or the
// line's cell) it came from, before any request.

import type { components } from '../../api/openapi.gen';
import { LocalError } from '../../api/errors';
import type { Money } from '../../lib/money';
import type { Translation } from '../../i18n/translation';

type Schemas = components['schemas'];
export type Product = Schemas['Product'];
export type ProductCreate = Schemas['ProductCreate'];
export type ProductKind = Product['kind'];
export const PRODUCT_KINDS: readonly ProductKind[] = ['good', 'service'];

/** The currencies the UI offers for a catalogue's prices (the API accepts any ISO 4217 code). */
export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'PLN', 'JPY', 'INR', 'ILS', 'PHP', 'RUB'];

/** How many decimals an amount of `currency` has (JPY none, most two), as Intl knows it. */
export function currencyDecimals(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

type Tools = Pick<Translation, 't' | 'format'>;

/** A typed amount of `currency` as money for the API; throws a LocalError naming `field` when unreadable. */
export function readMoney(text: string, currency: string, field: string, { t, format }: Tools): Money {
  const decimals = currencyDecimals(currency);
  const amount = format.amountInput(text, decimals);
  if (amount === null) throw new LocalError(t('errors.invalidAmount', { example: format.decimal('1250', decimals) }), field);
  return { amount, currency };
}

/** A typed percentage ("7,5" or "7.5 %") as the API's decimal with two places; throws naming `field`. */
export function readPercent(text: string, field: string, { t, format }: Tools): string {
  // A typographic minus (U+2212) is a minus too: a negative adjustment is a discount.
  const percent = format.amountInput(text.replace(/[%\u066a]/g, '').replace(/\u2212/g, '-'), 2);
  if (percent === null) throw new LocalError(t('catalogue.invalidPercent', { example: format.decimal('7.5', 2) }), field);
  return percent;
}

/** A typed quantity (up to three decimals) as the API's decimal; throws naming `field`. */
export function readQuantity(text: string, field: string, { t, format }: Tools): string {
  const quantity = format.amountInput(text, 3);
  if (quantity === null) throw new LocalError(t('catalogue.invalidQuantity', { example: format.decimal('12.5', 1) }), field);
  return trimZeros(quantity);
}

/** A typed whole number (Devanagari digits too) as a number; throws a LocalError naming `field`. */
export function readWholeNumber(text: string, field: string, { t }: Pick<Translation, 't'>): number {
  const digits = text.trim().replace(/\u2212/g, '-').replace(/[\u0966-\u096f]/g, (digit) => String(digit.charCodeAt(0) - 0x0966));
  const value = /^-?\d+$/.test(digits) ? Number(digits) : Number.NaN;
  if (!Number.isSafeInteger(value)) throw new LocalError(t('catalogue.invalidWholeNumber'), field);
  return value;
}

/** "7.50" → "7.5", "18.00" → "18": a decimal without the zeros that say nothing. */
export function trimZeros(decimal: string): string {
  return decimal.includes('.') ? decimal.replace(/\.?0+$/, '') : decimal;
}

/** A percentage as the person reads it in their language: "7.5 %", "18%"; exact (formatted from the string). */
export function showPercent(percent: string | null | undefined, { t, format }: Tools): string {
  if (percent === null || percent === undefined || percent === '') return t('common.none');
  const trimmed = trimZeros(percent);
  const decimals = trimmed.includes('.') ? trimmed.length - trimmed.indexOf('.') - 1 : 0;
  return t('catalogue.percentValue', { value: format.decimal(trimmed, decimals) });
}

/** A quantity in the person's language, with only the decimals it has. */
export function showQuantity(quantity: string | null | undefined, { t, format }: Tools): string {
  if (quantity === null || quantity === undefined || quantity === '') return t('common.none');
  const trimmed = trimZeros(quantity);
  const decimals = trimmed.includes('.') ? trimmed.length - trimmed.indexOf('.') - 1 : 0;
  return format.decimal(trimmed, decimals);
}

