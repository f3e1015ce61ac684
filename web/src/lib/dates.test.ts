import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './dates';

// Dates in each UI language's Intl locale (src/i18n/locales.ts); the test runs in the machine's zone,
// so the civil dates (no zone) are the exact ones, and the instants are checked for the date only.
describe('dates in each language', () => {
  it('writes a civil date in the order and the words of the language', () => {
    expect(formatDate('2026-03-12', 'en-GB')).toBe('12 Mar 2026');
    expect(formatDate('2026-03-12', 'en-US')).toBe('Mar 12, 2026');
    expect(formatDate('2026-03-12', 'hi-IN')).toBe('12 मार्च 2026');
    expect(formatDate('2026-03-12', 'mr-IN-u-nu-latn')).toBe('12 मार्च, 2026');
    expect(formatDate('2026-03-12', 'he-IL')).toBe('12 במרץ 2026');
    expect(formatDate('2026-03-12', 'fil-PH')).toBe('Mar 12, 2026');
  });

  it('keeps Latin digits for Marathi, as the API and business documents write them', () => {
    expect(formatDate('2026-12-31', 'mr-IN-u-nu-latn')).toMatch(/^31 .+ 2026$/);
  });

  it('shows nothing for no date and a civil date never shifts a day', () => {
    expect(formatDate(null, 'hi-IN')).toBe('');
    expect(formatDateTime(null, 'he-IL')).toBe('');
    expect(formatDate('2026-01-01', 'he-IL')).toContain('2026');
    expect(formatDate('2026-01-01', 'he-IL')).toMatch(/^1 /);
  });

  it('writes a moment with its date in the language', () => {
    expect(formatDateTime('2026-03-12T12:00:00Z', 'hi-IN')).toContain('मार्च 2026');
    expect(formatDateTime('2026-03-12T12:00:00Z', 'he-IL')).toContain('במרץ 2026');
  });
});
