// Exact money arithmetic for the UI. Amounts travel as decimal strings ("1250.00"); they are summed
// as BigInt minor units so that no total is ever off by a float rounding.

export interface Money {
  amount: string;
  currency: string;
}

/** A decimal amount as an integer count of 10^-scale units. */
interface Scaled {
  units: bigint;
  scale: number;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Parses "1250.00" exactly; returns null for anything that is not a plain decimal. */
export function parseAmount(amount: string): Scaled | null {
  const match = DECIMAL.exec(amount.trim());
  if (!match) return null;
  const [, sign = '', whole = '0', fraction = ''] = match;
  const units = BigInt(whole + fraction) * (sign === '-' ? -1n : 1n);
  return { units, scale: fraction.length };
}

function rescale(value: Scaled, scale: number): bigint {
  return value.units * 10n ** BigInt(scale - value.scale);
}

/** Writes `units` at `scale` back as a decimal string: (125000n, 2) → "1250.00". */
export function formatScaled(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = scale > 0 ? `.${digits.slice(digits.length - scale)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/**
 * Sums amounts per currency, exactly. The result keeps the currencies in the order first seen, each
 * with as many decimals as the most precise amount of that currency. Unreadable amounts are skipped.
 */
export function sumMoney(values: readonly Money[]): Money[] {
  const totals = new Map<string, Scaled>();
  for (const value of values) {
    const parsed = parseAmount(value.amount);
    if (!parsed) continue;
    const total = totals.get(value.currency) ?? { units: 0n, scale: 0 };
    const scale = Math.max(total.scale, parsed.scale);
    totals.set(value.currency, { units: rescale(total, scale) + rescale(parsed, scale), scale });
  }
  return [...totals].map(([currency, total]) => ({ currency, amount: formatScaled(total.units, total.scale) }));
}

/**
 * "1250.00 EUR" in `locale`'s form, exactly (Intl formats the decimal string, not a float): "€1,250.00" in
 * en-GB, "€12,34,567.00" in hi-IN (Indian grouping), "‏1,250.00 ‏€" in he-IL.
 */
export function formatMoney(money: Money, locale?: string): string {
  try {
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
    return format.format(money.amount as Intl.StringNumericLiteral);
  } catch {
    return `${money.amount} ${money.currency}`;
  }
}

/** A plain decimal in `locale`'s form with `decimals` places: ("1234567.5", 2, "hi-IN") → "12,34,567.50". */
export function formatDecimal(amount: string, decimals: number, locale?: string): string {
  const format = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return format.format(amount as Intl.StringNumericLiteral);
}

/** The decimal and grouping marks of `locale`, as a person types them. */
function separatorsOf(locale?: string): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
  return {
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
  };
}

// Digits a person may type in the scripts of our languages: Devanagari (Hindi, Marathi) besides ASCII.
const DEVANAGARI_ZERO = 0x0966;

function asciiDigits(text: string): string {
  return text.replace(/[\u0966-\u096f]/g, (digit) => String(digit.charCodeAt(0) - DEVANAGARI_ZERO));
}

/**
 * What a person typed into an amount field, in `locale`'s way of writing numbers, as the API's canonical
 * decimal with `decimals` places: "12,34,567.5" (hi-IN) → "1234567.50", "1.250,5" (de-DE) → "1250.50",
 * "१२,५००" (mr-IN) → "12500.00". Null when unreadable or more precise than `decimals`.
 */
export function normaliseAmountInput(text: string, decimals = 2, locale?: string): string | null {
  const { decimal, group } = separatorsOf(locale);
  let compact = asciiDigits(text).replace(/[\s\u00a0\u202f'\u200e\u200f]/g, '');
  // Grouping marks go (wherever they are: Indian grouping puts them every two digits), then the decimal mark becomes ".".
  if (group.trim() !== '') compact = compact.split(group).join('');
  if (decimal !== '.') compact = compact.split(decimal).join('.');
  const parsed = parseAmount(compact);
  if (!parsed || parsed.scale > decimals) return null;
  return formatScaled(rescale(parsed, decimals), decimals);
}
