// The day plan: what is due today, what slipped, and which deals are late to close.

import { Alert, Anchor, Button, Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { api, type Query } from '../../api/client';
import { describeError } from '../../api/errors';
import { OPEN_STAGES, type Activity, type Deal, type Me } from '../../api/types';
import { useMe } from '../../auth/session';
import { civilDate, rfc3339, startOfDay } from '../../lib/dates';
import { useI18n } from '../../i18n/I18nProvider';
import { ShowMoreButton, useShownItems } from '../../record/ShowMore';
import { useAccountNames } from '../account/accountNames';
import { CoveringBadge } from '../user/CoveringBadge';
import { OutcomeDialog } from './OutcomeDialog';

interface Plan {
  today: Activity[];
  overdue: Activity[];
  lateDeals: Deal[];
}

/** A manager's scope is their own work plus what they cover; a head's or director's is wider, so theirs is narrowed to their own. */
function ownerScope(me: Me): Query {
  return me.role === 'manager' ? {} : { owner_id: me.id };
}

/** How far back "overdue" looks for plans never logged. */
const OVERDUE_DAYS = 60;

// The API cannot filter activities on done_at being empty (only range filters on it), so the plans
// are read by due date and the done ones dropped here (README, Web UI, "API gaps").
const open = (activity: Activity) => activity.done_at === null;

async function loadPlan(me: Me, now: Date): Promise<Plan> {
  const scope = ownerScope(me);
  const today = rfc3339(startOfDay(now));
  const tomorrow = rfc3339(startOfDay(now, 1));
  const [dueToday, dueBefore, lateDeals] = await Promise.all([
    api.listAll<Activity>('activities', { ...scope, due_at_from: today, due_at_before: tomorrow, sort: 'due_at' }, 4),
    api.listAll<Activity>(
      'activities',
      { ...scope, due_at_from: rfc3339(startOfDay(now, -OVERDUE_DAYS)), due_at_before: today, sort: 'due_at' },
      4,
    ),
    api.listAll<Deal>(
      'deals',
      { ...scope, stage: OPEN_STAGES.join(','), expected_close_before: civilDate(now), sort: 'expected_close' },
      2,
    ),
  ]);
  return { today: dueToday.filter(open), overdue: dueBefore.filter(open), lateDeals };
}

function ActivityTable({
  caption,
  items,
  empty,
  accountNames,
  onLog,
}: {
  caption: string;
  items: Activity[];
  empty: string;
  accountNames: Map<string, string>;
  onLog(activity: Activity): void;
}) {
  const { t, format } = useI18n();
  const { visible, hidden, more } = useShownItems(items);
  if (items.length === 0) return <Text c="dimmed">{empty}</Text>;
  return (
    <div className="table-wrap">
      <Table>
        <caption className="visually-hidden">{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('activity.subject')}</Table.Th>
            <Table.Th scope="col">{t('myDay.account')}</Table.Th>
            <Table.Th scope="col">{t('activity.when')}</Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">{t('activity.logOutcome')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visible.map((activity) => (
            <Table.Tr key={activity.id}>
              <Table.Th scope="row" fw={500}>
                {t(`activity.kinds.${activity.kind}`)}: {activity.subject} <CoveringBadge ownerId={activity.owner_id} />
              </Table.Th>
              <Table.Td>
                {activity.account_id && (
                  <Anchor component={Link} href={`/accounts/${activity.account_id}`}>
                    {accountNames.get(activity.account_id) ?? t('myDay.openAccount')}
                  </Anchor>
                )}
              </Table.Td>
              <Table.Td>{format.dateTime(activity.due_at)}</Table.Td>
              <Table.Td>
                <Button size="compact-sm" onClick={() => onLog(activity)}>
                  {t('activity.logOutcome')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ShowMoreButton hidden={hidden} onClick={more} />
    </div>
  );
}

export function MyDayPage() {
  const me = useMe();
  const i18n = useI18n();
  const { t, format } = i18n;
  const [plan, setPlan] = useState<Plan | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [completing, setCompleting] = useState<Activity | null>(null);

  const reload = useCallback(() => {
    loadPlan(me, new Date()).then(
      (loaded) => {
        setPlan(loaded);
        setError(null);
      },
      (failure: unknown) => setError(failure),
    );
  }, [me]);

  useEffect(reload, [reload]);

  const accountIds = useMemo(
    () => [...(plan?.today ?? []), ...(plan?.overdue ?? []), ...(plan?.lateDeals ?? [])].map((item) => item.account_id),
    [plan],
  );
  const accountNames = useAccountNames(accountIds);
  const lateDeals = useShownItems(plan?.lateDeals ?? []);

  return (
    <Stack>
      <Title order={1}>{t('myDay.title')}</Title>
      {error !== null && (
        <Alert color="red" role="alert">
          {describeError(error, i18n)}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Card withBorder component="section" aria-labelledby="today-heading">
          <Title order={2} size="h4" id="today-heading" mb="sm">
            {t('myDay.today')}
          </Title>
          <ActivityTable
            caption={t('myDay.today')}
            items={plan?.today ?? []}
            empty={t('myDay.nothingToday')}
            accountNames={accountNames}
            onLog={setCompleting}
          />
        </Card>
        <Card withBorder component="section" aria-labelledby="overdue-heading">
          <Title order={2} size="h4" id="overdue-heading" mb="sm" c={plan?.overdue.length ? 'red.8' : undefined}>
            {t('myDay.overdue')}
          </Title>
          <ActivityTable
            caption={t('myDay.overdue')}
            items={plan?.overdue ?? []}
            empty={t('myDay.nothingOverdue')}
            accountNames={accountNames}
            onLog={setCompleting}
          />
        </Card>
      </SimpleGrid>
      <Card withBorder component="section" aria-labelledby="late-deals-heading">
        <Title order={2} size="h4" id="late-deals-heading" mb="sm">
          {t('myDay.lateDeals')}
        </Title>
        {plan && plan.lateDeals.length === 0 ? (
          <Text c="dimmed">{t('myDay.noLateDeals')}</Text>
        ) : (
          <div className="table-wrap">
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('deal.title')}</Table.Th>
                  <Table.Th scope="col">{t('myDay.account')}</Table.Th>
                  <Table.Th scope="col">{t('deal.stage')}</Table.Th>
                  <Table.Th scope="col">{t('deal.amount')}</Table.Th>
                  <Table.Th scope="col">{t('deal.expectedClose')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {lateDeals.visible.map((deal) => (
                  <Table.Tr key={deal.id}>
                    <Table.Th scope="row" fw={500}>
                      {deal.title} <CoveringBadge ownerId={deal.owner_id} />
                    </Table.Th>
                    <Table.Td>
                      <Anchor component={Link} href={`/accounts/${deal.account_id}`}>
                        {accountNames.get(deal.account_id) ?? t('myDay.openAccount')}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t(`deal.stages.${deal.stage}`)}</Table.Td>
                    <Table.Td>
                      <bdi>{format.money(deal.amount)}</bdi>
                    </Table.Td>
                    <Table.Td>{format.date(deal.expected_close)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <ShowMoreButton hidden={lateDeals.hidden} onClick={lateDeals.more} />
          </div>
        )}
      </Card>
      <OutcomeDialog
        activity={completing}
        onClose={() => setCompleting(null)}
        onDone={() => {
          setCompleting(null);
          reload();
        }}
      />
    </Stack>
  );
}
