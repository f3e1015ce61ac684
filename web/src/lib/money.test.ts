import { describe, expect, it } from 'vitest';
import { formatScaled, normaliseAmountInput, parseAmount, sumMoney } from './money';

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

  it('normalises what a person types into an amount field', () => {
    expect(normaliseAmountInput('1 250,5')).toBe('1250.50');
    expect(normaliseAmountInput('7')).toBe('7.00');
    expect(normaliseAmountInput('1.234')).toBeNull();
    expect(normaliseAmountInput('abc')).toBeNull();
  });
});
