import { describe, expect, it } from 'vitest';
import { directionOf, intlLocales, languageOfBrowser } from './locales';
import { makeTranslation } from './translation';

describe('choosing the language before sign-in', () => {
  it('takes the first of the browser’s languages that the UI speaks', () => {
    expect(languageOfBrowser(['de-DE', 'mr-IN', 'en'])).toBe('mr');
    expect(languageOfBrowser(['he-IL'])).toBe('he');
    expect(languageOfBrowser(['iw'])).toBe('he');
    expect(languageOfBrowser(['tl-PH'])).toBe('fil');
    expect(languageOfBrowser(['fil'])).toBe('fil');
    expect(languageOfBrowser(['fr-FR'])).toBe('en');
    expect(languageOfBrowser([])).toBe('en');
  });

  it('reads Hebrew right to left, the others left to right', () => {
    expect(directionOf('he')).toBe('rtl');
    expect(directionOf('hi')).toBe('ltr');
  });

  it('keeps the browser’s English variant for English', () => {
    expect(intlLocales('en', ['de-DE', 'en-IN']).numbers).toBe('en-IN');
    expect(intlLocales('en').text).toBe('en-US');
  });
});

describe('a language’s formats', () => {
  it('show Marathi figures with Indian grouping and Latin digits, dates in Marathi', () => {
    const marathi = makeTranslation('mr');

    expect(marathi.format.money({ amount: '1234567', currency: 'INR' })).toBe('₹12,34,567.00');
    expect(marathi.format.date('2026-03-12')).toBe('12 मार्च, 2026');
  });

  it('read an amount typed in the language into the API’s decimal', () => {
    expect(makeTranslation('hi').format.amountInput('12,34,567.50', 2)).toBe('1234567.50');
  });

  it('count with the language’s plural rules, Hebrew’s dual included', () => {
    const hebrew = makeTranslation('he', {
      ...makeTranslation('en').intl.messages,
      'pipeline.count': '{count, plural, one {עסקה אחת} two {שתי עסקאות} other {# עסקאות}}',
    } as never);

    expect(hebrew.t('pipeline.count', { count: 1 })).toBe('עסקה אחת');
    expect(hebrew.t('pipeline.count', { count: 2 })).toBe('שתי עסקאות');
    expect(hebrew.t('pipeline.count', { count: 5 })).toBe('5 עסקאות');
    expect(makeTranslation('en').t('pipeline.count', { count: 1 })).toBe('1 deal');
    expect(makeTranslation('en', undefined, ['en-IN']).t('pipeline.count', { count: 1234567 })).toBe('12,34,567 deals');
  });
});
