// The UI's language for everyone below it: messages (react-intl), the Intl locale of numbers, money and
// dates, and the document's language and direction (<html lang dir>, Mantine's DirectionProvider). A
// switch re-renders the tree with the new messages; no component remounts, so no data is read again.

import { Center, Loader, useDirection } from '@mantine/core';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { RawIntlProvider } from 'react-intl';
import { directionOf, languageOfBrowser, type Language } from './locales';
import { ENGLISH, loadMessages, type Messages } from './messages';
import { makeTranslation, type Translation } from './translation';

export interface I18n extends Translation {
  /** Switches the whole UI once the language's messages are loaded. */
  setLanguage(language: Language): Promise<void>;
}

const I18nContext = createContext<I18n | null>(null);

function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<{ language: Language; messages: Messages } | null>(() =>
    languageOfBrowser(browserLanguages()) === 'en' ? { language: 'en', messages: ENGLISH } : null,
  );
  const requested = useRef<Language | null>(null);
  const { setDirection } = useDirection();

  const setLanguage = useCallback(async (language: Language) => {
    requested.current = language;
    const messages = await loadMessages(language);
    // A later choice made while this one loaded wins.
    if (requested.current === language) setCurrent({ language, messages });
  }, []);

  useEffect(() => {
    if (current === null) void setLanguage(languageOfBrowser(browserLanguages())).catch(() =>
      setCurrent({ language: 'en', messages: ENGLISH }),
    );
  }, [current, setLanguage]);

  const language = current?.language ?? 'en';
  const dir = directionOf(language);
  useEffect(() => {
    document.documentElement.lang = language;
    setDirection(dir);
  }, [language, dir, setDirection]);

  const value = useMemo<I18n | null>(() => {
    if (!current) return null;
    return { ...makeTranslation(current.language, current.messages, browserLanguages()), setLanguage };
  }, [current, setLanguage]);

  if (!value) {
    return (
      <Center h="100vh">
        <Loader aria-label="…" />
      </Center>
    );
  }
  return (
    <I18nContext.Provider value={value}>
      <RawIntlProvider value={value.intl}>{children}</RawIntlProvider>
    </I18nContext.Provider>
  );
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
