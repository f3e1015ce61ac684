// One language's whole toolset, outside React: messages, formats and direction. The provider holds one;
// tests and pure helpers make their own.

import type { IntlShape } from 'react-intl';
import { formatDate, formatDateTime } from '../lib/dates';
import { formatDecimal, formatMoney, normaliseAmountInput, type Money } from '../lib/money';
import { directionOf, intlLocales, type Language } from './locales';
import { ENGLISH, makeIntl, translator, type Messages, type Translate } from './messages';

/** Numbers, money and dates in the language's form. */
export interface Formats {
  money(money: Money): string;
  /** A plain decimal with `decimals` places, e.g. an example amount. */
  decimal(amount: string, decimals: number): string;
  number(value: number): string;
  percent(ratio: string | null | undefined): string;
  date(civil: string | null): string;
  dateTime(instant: string | null): string;
  /** What a person typed into an amount field, as the API's decimal; null when unreadable. */
  amountInput(text: string, decimals: number): string | null;
}

export interface Translation {
  language: Language;
  /** The Intl locale of text and dates, e.g. "hi-IN". */
  locale: string;
  dir: 'ltr' | 'rtl';
  t: Translate;
  intl: IntlShape;
  format: Formats;
}

export function formatsOf(text: string, numbers: string): Formats {
  return {
    money: (money) => formatMoney(money, numbers),
    decimal: (amount, decimals) => formatDecimal(amount, decimals, numbers),
    number: (value) => new Intl.NumberFormat(numbers).format(value),
    percent: (ratio) =>
      ratio === null || ratio === undefined
        ? ''
        : new Intl.NumberFormat(numbers, { style: 'percent', maximumFractionDigits: 1 }).format(
            ratio as Intl.StringNumericLiteral,
          ),
    date: (civil) => formatDate(civil, text),
    dateTime: (instant) => formatDateTime(instant, text),
    amountInput: (typed, decimals) => normaliseAmountInput(typed, decimals, numbers),
  };
}

export function makeTranslation(
  language: Language,
  messages: Messages = ENGLISH,
  browserLanguages: readonly string[] = [],
): Translation {
  const locales = intlLocales(language, browserLanguages);
  const intl = makeIntl(language, messages, locales.text);
  return {
    language,
    locale: locales.text,
    dir: directionOf(language),
    t: translator(intl),
    intl,
    format: formatsOf(locales.text, locales.numbers),
  };
}
