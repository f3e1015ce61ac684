// A record's story as a list, newest first: each entry a coloured badge naming what happened, a line of
// who and when, and what was said. An account's activities and an order's hand-off events read alike.

import { Alert, Badge, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { describeError } from '../api/errors';
import { useI18n } from '../i18n/I18nProvider';

interface ListProps {
  /** The list's accessible name. */
  label: string;
  testId: string;
  error: unknown;
  /** Shown instead of the list when it has no entries (and nothing failed). */
  empty: string | null;
  children: ReactNode;
}

export function TimelineList({ label, testId, error, empty, children }: ListProps) {
  const i18n = useI18n();
  return (
    <>
      {error !== null && (
        <Alert color="red" role="alert">
          {describeError(error, i18n)}
        </Alert>
      )}
      {empty !== null && error === null && <Text c="dimmed">{empty}</Text>}
      <ol className="timeline" aria-label={label} data-testid={testId}>
        {children}
      </ol>
    </>
  );
}

interface EntryProps {
  badge: string;
  colour: string;
  /** What stands beside the badge (a department, a direction and a subject). */
  heading?: ReactNode;
  /** Who and when. */
  meta: string;
  /** The entry's own attributes for the specs and styles, e.g. { 'data-kind': 'shipped' }. */
  data: Record<`data-${string}`, string | boolean>;
  children?: ReactNode;
}

export function TimelineEntry({ badge, colour, heading, meta, data, children }: EntryProps) {
  return (
    <li {...data}>
      <Group gap="xs" wrap="wrap">
        <Badge variant="light" color={colour}>
          {badge}
        </Badge>
        {heading}
      </Group>
      <Text size="xs" c="dimmed">
        {meta}
      </Text>
      {children}
    </li>
  );
}

/** Free text as it was typed, its line breaks kept. */
export function TimelineText({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      {children}
    </Text>
  );
}
