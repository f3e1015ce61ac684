// One account: its details, contacts, deals, offers and orders, and the timeline of every touch.

import { Alert, Anchor, Badge, Card, Grid, Group, Loader, Stack, Title } from '@mantine/core';
import { startTransition, useEffect, useState } from 'react';
import { Link } from 'wouter';
import { describeError } from '../../api/errors';
import type { Account } from '../../api/types';
import { useRecord } from '../../record/useRecord';
import { useI18n } from '../../i18n/I18nProvider';
import { LogActivityForm } from '../activity/LogActivityForm';
import { Timeline } from '../activity/Timeline';
import { ContactsSection } from '../contact/ContactsSection';
import { DealsSection } from '../deal/DealsSection';
import { OffersSection } from '../offer/OffersSection';
import { OrdersSection } from '../order/OrdersSection';
import { CoveringBadge } from '../user/CoveringBadge';
import { AccountDetails } from './AccountDetails';
import { ArchiveAccountButton, ArchivedAccountNotice } from './ArchiveAccount';

export function AccountPage({ id }: { id: string }) {
  const state = useRecord<Account>('accounts', id);
  const i18n = useI18n();
  const { t } = i18n;
  const [timelineKey, setTimelineKey] = useState(0);
  const [archived, setArchived] = useState<Account | null>(null);
  const account = state.record;
  // The log form and the timeline (the form's inputs are the page's heaviest render), and the offers and
  // orders below the fold, follow the details as a transition: shorter tasks instead of one long one, for
  // Lighthouse's total blocking time.
  const [sideShown, setSideShown] = useState(false);
  const loaded = account !== null;
  useEffect(() => {
    if (loaded) startTransition(() => setSideShown(true));
  }, [loaded]);

  if (archived) {
    return (
      <Stack>
        <Anchor component={Link} href="/accounts" size="sm">
          <span className="back-arrow" aria-hidden="true">←</span> {t('account.listTitle')}
        </Anchor>
        <ArchivedAccountNotice
          account={archived}
          onRestored={() => {
            setArchived(null);
            state.reload();
          }}
        />
      </Stack>
    );
  }

  if (state.loading && !account) return <Loader aria-label={t('app.loading')} />;
  if (!account) {
    return (
      <Alert color="red" role="alert">
        {describeError(state.error, i18n)}
      </Alert>
    );
  }

  return (
    <Stack>
      <Anchor component={Link} href="/accounts" size="sm">
        <span className="back-arrow" aria-hidden="true">←</span> {t('account.listTitle')}
      </Anchor>
      <Group gap="sm">
        <Title order={1}>{account.name}</Title>
        <Badge variant="light">{t(`account.statuses.${account.status}`)}</Badge>
        <CoveringBadge ownerId={account.owner_id} />
        <ArchiveAccountButton account={account} onArchived={() => setArchived(account)} />
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <AccountDetails state={state} />
            <ContactsSection accountId={account.id} />
            <DealsSection accountId={account.id} />
            {sideShown && <OffersSection accountId={account.id} />}
            {sideShown && <OrdersSection accountId={account.id} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          {sideShown && (
            <Stack>
              <Card withBorder component="section" aria-labelledby="log-heading">
                <Title order={2} size="h4" id="log-heading" mb="sm">
                  {t('activity.log')}
                </Title>
                <LogActivityForm accountId={account.id} onSaved={() => setTimelineKey((value) => value + 1)} />
              </Card>
              <Card withBorder component="section" aria-labelledby="timeline-heading">
                <Title order={2} size="h4" id="timeline-heading" mb="sm">
                  {t('account.timeline')}
                </Title>
                <Timeline accountId={account.id} refreshKey={timelineKey} />
              </Card>
            </Stack>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
