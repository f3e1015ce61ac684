import { describe, expect, it } from 'vitest';
import { multiplyMoney, negate } from './totals';

describe('multiplyMoney', () => {
  it('multiplies exactly and rounds half away from zero once', () => {
    expect(multiplyMoney({ amount: '100.00', currency: 'EUR' }, '12')).toEqual({ amount: '1200.00', currency: 'EUR' });
    expect(multiplyMoney({ amount: '0.10', currency: 'EUR' }, '0.125')).toEqual({ amount: '0.01', currency: 'EUR' });
    expect(multiplyMoney({ amount: '0.30', currency: 'EUR' }, '0.05')).toEqual({ amount: '0.02', currency: 'EUR' });
    expect(multiplyMoney({ amount: '61500.00', currency: 'INR' }, '12.5')).toEqual({ amount: '768750.00', currency: 'INR' });
  });
});

describe('negate', () => {
  it('flips the sign and leaves zero alone', () => {
    expect(negate({ amount: '120.00', currency: 'EUR' }).amount).toBe('-120.00');
    expect(negate({ amount: '-4.50', currency: 'EUR' }).amount).toBe('4.50');
    expect(negate({ amount: '0.00', currency: 'EUR' }).amount).toBe('0.00');
  });
});
