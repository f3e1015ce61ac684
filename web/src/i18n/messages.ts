// The UI's messages: ICU MessageFormat, one JSON file per language in src/locales/, English the source.
// English is bundled; the others load when chosen (a few kilobytes each). Every id a component asks for is
// type-checked against English, and so are the labels of the API's enumerations below: a value the
// server adds cannot go without a label.

import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import type { AbsenceReason, AccountKind, AccountStatus, ActivityKind, Direction, Role, Stage } from '../api/types';
import en from '../locales/en.json';
import { intlLocales, type Language } from './locales';

export type MessageId = keyof typeof en;
export type Messages = Record<MessageId, string>;
export type MessageValues = Record<string, string | number | Date | null | undefined>;

/** Looks a message up and formats it with `values` (ICU arguments, plurals by the language's rules). */
export type Translate = (id: MessageId, values?: MessageValues) => string;

export const ENGLISH: Messages = en;

/** Fails to compile, naming the key, when English has no label for a value of one of the API's enumerations. */
type Unlabelled<Prefix extends string, Value extends string> = Exclude<`${Prefix}.${Value}`, MessageId>;
type MissingLabels =
  | Unlabelled<'roles', Role>
  | Unlabelled<'account.kinds', AccountKind>
  | Unlabelled<'account.statuses', AccountStatus>
  | Unlabelled<'deal.stages', Stage>
  | Unlabelled<'activity.kinds', ActivityKind>
  | Unlabelled<'activity.directions', Direction>
  | Unlabelled<'absence.reasons', AbsenceReason>;
const everyEnumerationLabelled: [MissingLabels] extends [never] ? true : { missing: MissingLabels } = true;
void everyEnumerationLabelled;

const loaders: Record<Exclude<Language, 'en'>, () => Promise<{ default: Partial<Messages> }>> = {
  hi: () => import('../locales/hi.json'),
  mr: () => import('../locales/mr.json'),
  he: () => import('../locales/he.json'),
  fil: () => import('../locales/fil.json'),
};

/** The messages of `language`; English ones stand in for any a translation still lacks. */
export async function loadMessages(language: Language): Promise<Messages> {
  if (language === 'en') return ENGLISH;
  const { default: messages } = await loaders[language]();
  return { ...ENGLISH, ...messages };
}

const cache = createIntlCache();

/** An Intl object for `language`, outside React too (tests, pure helpers). */
export function makeIntl(language: Language, messages: Messages, locale = intlLocales(language).text): IntlShape {
  return createIntl({ locale, messages, defaultLocale: 'en', onError: reportMissing }, cache);
}

export function translator(intl: IntlShape): Translate {
  return (id, values) => intl.formatMessage({ id }, values);
}

function reportMissing(error: { code: string; message: string }): void {
  // Missing translations fall back to English by construction; anything else is a broken message.
  if (error.code !== 'MISSING_TRANSLATION') console.error(error.message);
}
