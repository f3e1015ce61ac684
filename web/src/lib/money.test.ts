import { describe, expect, it } from 'vitest';
import { formatDecimal, formatMoney, formatScaled, normaliseAmountInput, parseAmount, sumMoney } from './money';

describe('sumMoney', () => {
  it('adds amounts exactly where floats would drift', () => {
    const values = [
      { amount: '0.10', currency: 'EUR' },
      { amount: '0.20', currency: 'EUR' },
    ];

    expect(sumMoney(values)).toEqual([{ amount: '0.30', currency: 'EUR' }]);
  });

  it('keeps one total per currency', () => {
    const values = [
      { amount: '1250.00', currency: 'EUR' },
      { amount: '100', currency: 'JPY' },
      { amount: '0.5', currency: 'EUR' },
      { amount: '1.250', currency: 'KWD' },
    ];

    expect(sumMoney(values)).toEqual([
      { amount: '1250.50', currency: 'EUR' },
      { amount: '100', currency: 'JPY' },
      { amount: '1.250', currency: 'KWD' },
    ]);
  });

  it('sums amounts beyond the range of exact doubles', () => {
    const values = [
      { amount: '90071992547409.93', currency: 'EUR' },
      { amount: '0.01', currency: 'EUR' },
    ];

    expect(sumMoney(values)).toEqual([{ amount: '90071992547409.94', currency: 'EUR' }]);
  });

  it('handles negative amounts and an empty list', () => {
    expect(sumMoney([])).toEqual([]);
    expect(sumMoney([{ amount: '-5.25', currency: 'EUR' }, { amount: '2.00', currency: 'EUR' }])).toEqual([
      { amount: '-3.25', currency: 'EUR' },
    ]);
  });
});

describe('parsing and formatting amounts', () => {
  it('refuses text that is not a plain decimal', () => {
    expect(parseAmount('12,5')).toBeNull();
    expect(parseAmount('1e3')).toBeNull();
    expect(parseAmount('')).toBeNull();
  });

  it('writes small values with their leading zeros', () => {
    expect(formatScaled(5n, 2)).toBe('0.05');
    expect(formatScaled(-5n, 2)).toBe('-0.05');
    expect(formatScaled(12n, 0)).toBe('12');
  });

  it('normalises what a person types into an amount field, in their locale', () => {
    expect(normaliseAmountInput('1,250.5', 2, 'en-GB')).toBe('1250.50');
    expect(normaliseAmountInput('1 250,5', 2, 'de-DE')).toBe('1250.50');
    expect(normaliseAmountInput('1.250,5', 2, 'de-DE')).toBe('1250.50');
    expect(normaliseAmountInput('7', 2, 'en-GB')).toBe('7.00');
    expect(normaliseAmountInput('1.234', 2, 'en-GB')).toBeNull();
    expect(normaliseAmountInput('abc', 2, 'en-GB')).toBeNull();
  });
});

// The Intl locales the UI uses for figures (src/i18n/locales.ts): Hindi hi-IN, Marathi en-IN (India's
// grouping, Latin digits), Hebrew he-IL, Filipino fil-PH.
describe('money in each language', () => {
  it('groups Indian amounts in lakhs and crores for Hindi and Marathi, symbol first', () => {
    expect(formatMoney({ amount: '1234567.00', currency: 'INR' }, 'hi-IN')).toBe('₹12,34,567.00');
    expect(formatMoney({ amount: '123456789.50', currency: 'INR' }, 'en-IN')).toBe('₹12,34,56,789.50');
    expect(formatMoney({ amount: '1234567', currency: 'EUR' }, 'hi-IN')).toBe('€12,34,567.00');
    expect(formatDecimal('1234567', 2, 'hi-IN')).toBe('12,34,567.00');
  });

  it('puts the shekel after the amount in Hebrew, with the marks that keep it in order right to left', () => {
    const shown = formatMoney({ amount: '1234.5', currency: 'ILS' }, 'he-IL');

    expect(shown.replace(/[\u200e\u200f]/g, '')).toBe('1,234.50\u00a0₪');
  });

  it('writes pesos and euros as Filipinos do', () => {
    expect(formatMoney({ amount: '1234567.5', currency: 'PHP' }, 'fil-PH')).toBe('₱1,234,567.50');
    expect(formatMoney({ amount: '0.30', currency: 'EUR' }, 'en-GB')).toBe('€0.30');
  });

  it('formats the exact decimal, not a float', () => {
    expect(formatMoney({ amount: '90071992547409.93', currency: 'INR' }, 'hi-IN')).toBe('₹9,00,71,99,25,47,409.93');
  });

  it('reads amounts typed the Indian way, in Latin or Devanagari digits', () => {
    expect(normaliseAmountInput('12,34,567.5', 2, 'hi-IN')).toBe('1234567.50');
    expect(normaliseAmountInput('१२,३४,५६७', 2, 'en-IN')).toBe('1234567.00');
    expect(normaliseAmountInput('1,234.50', 2, 'he-IL')).toBe('1234.50');
    expect(normaliseAmountInput('1,234.50', 2, 'fil-PH')).toBe('1234.50');
    expect(normaliseAmountInput('1,234.567', 2, 'hi-IN')).toBeNull();
    expect(normaliseAmountInput('1250', 0, 'hi-IN')).toBe('1250');
  });
});
