// The languages the UI speaks (API.md, "Languages"): their codes as users.locale stores them, the Intl
// locale that formats numbers, money and dates for each, their direction, and which one a browser asks for.

import type { Locale } from '../api/types';

export type Language = Locale;

/** Every language, English (the source) first; checked against the API's enumeration of users.locale. */
export const LANGUAGES = ['en', 'hi', 'mr', 'he', 'fil'] as const satisfies readonly Language[];
type Missing = Exclude<Language, (typeof LANGUAGES)[number]>;
const everyLanguageListed: [Missing] extends [never] ? true : { missing: Missing } = true;
void everyLanguageListed;

/** A language's name in its own script: the same in every UI language, so that anyone finds their own. */
export const AUTONYMS: Record<Language, string> = {
  en: 'English',
  hi: 'हिन्दी',
  mr: 'मराठी',
  he: 'עברית',
  fil: 'Filipino',
};

/**
 * The Intl locale of each language: `text` for dates and plural rules, `numbers` for numbers and money.
 * Hindi and Marathi follow India's conventions for figures: lakh and crore grouping (12,34,567.00), ₹ first,
 * Latin digits as in the API and in business documents. CLDR gives Marathi Devanagari digits and Western
 * grouping (1,234,567), so Marathi figures take en-IN's form while its dates stay Marathi. English follows
 * the browser's own English variant (en-GB, en-IN, en-US…) when it asks for one.
 */
export function intlLocales(language: Language, browserLanguages: readonly string[] = []): { text: string; numbers: string } {
  switch (language) {
    case 'en': {
      const english = browserLanguages.find((tag) => /^en(-|$)/i.test(tag)) ?? 'en-US';
      return { text: english, numbers: english };
    }
    case 'hi':
      return { text: 'hi-IN', numbers: 'hi-IN' };
    case 'mr':
      return { text: 'mr-IN-u-nu-latn', numbers: 'en-IN' };
    case 'he':
      return { text: 'he-IL', numbers: 'he-IL' };
    case 'fil':
      return { text: 'fil-PH', numbers: 'fil-PH' };
  }
}

export function directionOf(language: Language): 'ltr' | 'rtl' {
  return language === 'he' ? 'rtl' : 'ltr';
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The first of the browser's languages that the UI speaks, by primary subtag ("he-IL" → he; "iw" is
 * Hebrew's old code, "tl" Tagalog, which Filipino is based on), else English.
 */
export function languageOfBrowser(browserLanguages: readonly string[]): Language {
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    if (primary === 'iw') return 'he';
    if (primary === 'tl') return 'fil';
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}
