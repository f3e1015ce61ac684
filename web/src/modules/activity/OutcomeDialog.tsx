// One step from a planned call to its outcome and the next step: the manager's most frequent action.

import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { describeError } from '../../api/errors';
import type { Activity, ActivityKind } from '../../api/types';
import { useFlash } from '../../app/flash';
import { localInputValue, rfc3339, startOfDay } from '../../lib/dates';
import { useI18n } from '../../i18n/I18nProvider';
import { completeActivity, createActivity, LOGGABLE_KINDS } from './activityApi';

interface Props {
  activity: Activity | null;
  onClose(): void;
  onDone(): void;
}

function nextWorkingDayAtTen(): string {
  const day = startOfDay(new Date(), 1);
  while (day.getDay() === 0 || day.getDay() === 6) day.setDate(day.getDate() + 1);
  day.setHours(10);
  return localInputValue(day);
}

function OutcomeForm({ activity, onDone }: { activity: Activity; onDone(): void }) {
  const flash = useFlash();
  const i18n = useI18n();
  const { t } = i18n;
  const [outcome, setOutcome] = useState('');
  const [nextKind, setNextKind] = useState<ActivityKind>(activity.kind);
  const [nextSubject, setNextSubject] = useState('');
  const [nextDue, setNextDue] = useState(nextWorkingDayAtTen);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // The outcome first: a stale plan (someone else logged it) stops here, before a duplicate next step.
      await completeActivity(activity, outcome);
      if (nextSubject.trim() !== '' && activity.account_id !== null) {
        await createActivity({
          account_id: activity.account_id,
          kind: nextKind,
          subject: nextSubject,
          deal_id: activity.deal_id,
          contact_id: activity.contact_id,
          due_at: rfc3339(new Date(nextDue)),
        });
      }
      flash.show(t('activity.outcomeSaved'));
      onDone();
    } catch (failure) {
      setError(describeError(failure, i18n));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Textarea
          label={t('activity.outcome')}
          autosize
          minRows={2}
          value={outcome}
          onChange={(event) => setOutcome(event.currentTarget.value)}
          data-autofocus
        />
        <Text fw={600} size="sm">
          {t('activity.nextStep')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('activity.nextStepHint')}
        </Text>
        <Group grow align="flex-start">
          <NativeSelect
            label={t('activity.nextKind')}
            value={nextKind}
            onChange={(event) => setNextKind(event.currentTarget.value as ActivityKind)}
            data={LOGGABLE_KINDS.map((value) => ({ value, label: t(`activity.kinds.${value}`) }))}
          />
          <TextInput
            type="datetime-local"
            label={t('activity.nextDue')}
            value={nextDue}
            onChange={(event) => setNextDue(event.currentTarget.value)}
          />
        </Group>
        <TextInput
          label={t('activity.nextSubject')}
          value={nextSubject}
          onChange={(event) => setNextSubject(event.currentTarget.value)}
        />
        <Group>
          <Button type="submit" loading={busy}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function OutcomeDialog({ activity, onClose, onDone }: Props) {
  const { t } = useI18n();
  return (
    <Modal
      opened={activity !== null}
      onClose={onClose}
      title={activity ? t('activity.logOutcomeTitle', { subject: activity.subject }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      {activity && <OutcomeForm key={activity.id} activity={activity} onDone={onDone} />}
    </Modal>
  );
}
