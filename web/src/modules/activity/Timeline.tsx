// Every activity on an account, newest first, with planned ones marked and one click from an outcome.

import { Button, Loader, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { Activity, Id } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { TimelineEntry, TimelineList, TimelineText } from '../../record/Timeline';
import { useUsers } from '../user/users';
import { OutcomeDialog } from './OutcomeDialog';

const PAGE = 50;

export function Timeline({ accountId, refreshKey }: { accountId: Id; refreshKey: number }) {
  const { nameOf } = useUsers();
  const i18n = useI18n();
  const { t, format } = i18n;
  const [items, setItems] = useState<Activity[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [completing, setCompleting] = useState<Activity | null>(null);
  const [ownRefresh, setOwnRefresh] = useState(0);

  const load = useCallback(
    async (after: string | null) => {
      setLoading(true);
      try {
        const page = await api.list<Activity>('activities', {
          account_id: accountId,
          sort: '-created_at',
          limit: PAGE,
          cursor: after ?? undefined,
        });
        setItems((current) => (after === null ? page.items : [...current, ...page.items]));
        setCursor(page.next_cursor);
        setError(null);
      } catch (failure) {
        setError(failure);
      } finally {
        setLoading(false);
      }
    },
    [accountId],
  );

  useEffect(() => {
    void load(null);
  }, [load, refreshKey, ownRefresh]);

  return (
    <div>
      <TimelineList label={t('account.timeline')} testId="timeline" error={error} empty={!loading && items.length === 0 ? t('activity.emptyTimeline') : null}>
        {items.map((activity) => {
          const planned = activity.done_at === null;
          const when = planned ? t('activity.plannedFor', { when: format.dateTime(activity.due_at) }) : t('activity.doneAt', { when: format.dateTime(activity.done_at) });
          return (
            <TimelineEntry
              key={activity.id}
              data={{ 'data-planned': planned }}
              badge={t(`activity.kinds.${activity.kind}`)}
              colour={planned ? 'orange' : 'gray'}
              heading={
                <>
                  {activity.direction && (
                    <Text size="xs" c="dimmed">
                      {t(`activity.directions.${activity.direction}`)}
                    </Text>
                  )}
                  <Text fw={600} size="sm">
                    {activity.subject}
                  </Text>
                </>
              }
              meta={`${when} ${t('activity.by', { name: nameOf(activity.owner_id) })}`}
            >
              {activity.outcome && (
                <Text size="sm">
                  <strong>{t('activity.outcome')}:</strong> {activity.outcome}
                </Text>
              )}
              {activity.body && <TimelineText>{activity.body}</TimelineText>}
              {planned && (
                <Button size="compact-xs" variant="light" mt={4} onClick={() => setCompleting(activity)}>
                  {t('activity.logOutcome')}
                </Button>
              )}
            </TimelineEntry>
          );
        })}
      </TimelineList>
      {loading && <Loader size="sm" aria-label={t('app.loading')} />}
      {cursor !== null && !loading && (
        <Button variant="subtle" size="xs" onClick={() => void load(cursor)}>
          {t('activity.loadMore')}
        </Button>
      )}
      <OutcomeDialog
        activity={completing}
        onClose={() => setCompleting(null)}
        onDone={() => {
          setCompleting(null);
          setOwnRefresh((value) => value + 1);
        }}
      />
    </div>
  );
}
