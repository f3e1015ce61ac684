// Every language has exactly English's messages, each one valid ICU with only the arguments English
// uses, and the plural forms its language distinguishes.

import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './locales';

const dir = join(__dirname, '..', 'locales');
const catalogue = (language: string): Record<string, string> =>
  JSON.parse(readFileSync(join(dir, `${language}.json`), 'utf8')) as Record<string, string>;
const english = catalogue('en');

/** The names of the ICU arguments of a message, plural and select ones included, nested ones too. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

function pluralCategories(elements: MessageFormatElement[]): string[][] {
  return elements.flatMap((element) => (element.type === TYPE.plural ? [Object.keys(element.options)] : []));
}

describe.each(LANGUAGES.filter((language) => language !== 'en'))('the %s messages', (language) => {
  const messages = catalogue(language);

  it('have every key English has', () => {
    const missing = Object.keys(english).filter((key) => !(key in messages));
    expect(missing).toEqual([]);
  });

  it('have no key English lacks', () => {
    const extra = Object.keys(messages).filter((key) => !(key in english));
    expect(extra).toEqual([]);
  });

  it('use no argument English does not', () => {
    const strays = Object.entries(messages).flatMap(([key, message]) => {
      const allowed = argumentsOf(parse(english[key] ?? ''));
      return [...argumentsOf(parse(message))].filter((name) => !allowed.has(name)).map((name) => `${key}: {${name}}`);
    });
    expect(strays).toEqual([]);
  });

  it('give every plural the forms the language needs, and always "other"', () => {
    const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const wrong = Object.entries(messages).flatMap(([key, message]) =>
      pluralCategories(parse(message))
        .filter((categories) => !categories.includes('other') || categories.some((category) => !needed.includes(category as Intl.LDMLPluralRule) && !category.startsWith('=')))
        .map((categories) => `${key}: ${categories.join(' ')}`),
    );
    expect(wrong).toEqual([]);
  });
});

describe.each(LANGUAGES)('every %s message', (language) => {
  it('parses as ICU MessageFormat', () => {
    const broken = Object.entries(catalogue(language)).flatMap(([key, message]) => {
      try {
        parse(message);
        return [];
      } catch (error) {
        return [`${key}: ${String(error)}`];
      }
    });
    expect(broken).toEqual([]);
  });
});

describe('Hebrew plurals', () => {
  it('name the dual where English has a plural', () => {
    const hebrew = catalogue('he');
    const withoutDual = Object.entries(english)
      .filter(([, message]) => pluralCategories(parse(message)).length > 0)
      .filter(([key]) => {
        const plurals = pluralCategories(parse(hebrew[key] ?? ''));
        return plurals.length === 0 || !plurals.every((categories) => categories.includes('two'));
      })
      .map(([key]) => key);
    expect(withoutDual).toEqual([]);
  });
});
