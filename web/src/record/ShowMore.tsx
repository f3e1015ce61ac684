// A long list shown a step at a time: the first rows, then more on each click, so that a page never
// renders an unbounded number of rows however many records it has read.

import { Button } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';

export const SHOW_STEP = 25;

/** The first `shown` of `items` (SHOW_STEP more per `more()`), and how many are still hidden. */
export function useShownItems<T>(items: readonly T[], step = SHOW_STEP) {
  const [shown, setShown] = useState(step);
  return {
    visible: items.length > shown ? items.slice(0, shown) : items,
    hidden: Math.max(0, items.length - shown),
    more: () => setShown((current) => current + step),
  };
}

export function ShowMoreButton({ hidden, onClick }: { hidden: number; onClick(): void }) {
  const { t } = useI18n();
  if (hidden === 0) return null;
  return (
    <Button variant="subtle" size="compact-sm" mt="xs" onClick={onClick}>
      {t('lists.showMore', { hidden })}
    </Button>
  );
}
