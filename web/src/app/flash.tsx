// Short confirmations ("Saved.") in one polite live region, so screen readers announce them too.

import { Notification } from '@mantine/core';
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

type Tone = 'success' | 'error';
interface Flash {
  show(message: string, tone?: Tone): void;
}

const FlashContext = createContext<Flash>({ show: () => undefined });

export function FlashProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [message, setMessage] = useState<{ text: string; tone: Tone } | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const show = useCallback((text: string, tone: Tone = 'success') => {
    window.clearTimeout(timer.current);
    setMessage({ text, tone });
    timer.current = window.setTimeout(() => setMessage(null), 5000);
  }, []);

  return (
    <FlashContext.Provider value={{ show }}>
      {children}
      <div className="flash" role="status" aria-live="polite">
        {message && (
          <Notification
            color={message.tone === 'success' ? 'teal' : 'red'}
            onClose={() => setMessage(null)}
            closeButtonProps={{ 'aria-label': t('common.close') }}
            withBorder
          >
            {message.text}
          </Notification>
        )}
      </div>
    </FlashContext.Provider>
  );
}

export function useFlash(): Flash {
  return useContext(FlashContext);
}
