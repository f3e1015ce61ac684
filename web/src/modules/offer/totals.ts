// Exact arithmetic the explanation needs beyond sums: a list price times a quantity (both decimal strings,
// multiplied as integers, never floats), and an amount's opposite.

import { formatScaled, parseAmount, type Money } from '../../lib/money';

/** price × quantity, exactly, rounded half away from zero to the price's own decimals. */
export function multiplyMoney(price: Money, quantity: string): Money {
  const a = parseAmount(price.amount);
  const b = parseAmount(quantity);
  if (!a || !b) return price;
  const product = a.units * b.units;
  const divisor = 10n ** BigInt(b.scale);
  const negative = product < 0n;
  const magnitude = negative ? -product : product;
  const rounded = (magnitude + divisor / 2n) / divisor;
  return { amount: formatScaled(negative ? -rounded : rounded, a.scale), currency: price.currency };
}

/** The amount with its sign flipped: what a rule took off, written as a change to the line. */
export function negate(money: Money): Money {
  const amount = money.amount.trim();
  if (/^-?0*\.?0*$/.test(amount)) return money;
  return { ...money, amount: amount.startsWith('-') ? amount.slice(1) : `-${amount}` };
}
