// Logging a call, meeting, e-mail or note on an account, or planning a follow-up.

import { Alert, Button, Group, NativeSelect, SegmentedControl, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { formErrors, type FormErrors } from '../../api/errors';
import type { ActivityKind, Direction, Id } from '../../api/types';
import { useFlash } from '../../app/flash';
import { localInputValue, rfc3339, startOfDay } from '../../lib/dates';
import { useI18n } from '../../i18n/I18nProvider';
import { createActivity, hasDirection, LOGGABLE_KINDS } from './activityApi';

type Mode = 'log' | 'plan';
const FIELDS = ['kind', 'direction', 'subject', 'body', 'outcome', 'due_at'];

function tomorrowAtNine(): string {
  const tomorrow = startOfDay(new Date(), 1);
  tomorrow.setHours(9);
  return localInputValue(tomorrow);
}

export function LogActivityForm({ accountId, onSaved }: { accountId: Id; onSaved(): void }) {
  const flash = useFlash();
  const i18n = useI18n();
  const { t } = i18n;
  const [mode, setMode] = useState<Mode>('log');
  const [kind, setKind] = useState<ActivityKind>('call');
  const [direction, setDirection] = useState<Direction>('outbound');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [outcome, setOutcome] = useState('');
  const [dueAt, setDueAt] = useState(tomorrowAtNine);
  const [errors, setErrors] = useState<FormErrors>({});
  const [busy, setBusy] = useState(false);

  const fieldError = (name: string) => (errors.field === name ? errors.fieldMessage : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      await createActivity({
        account_id: accountId,
        kind,
        subject,
        body,
        ...(hasDirection(kind) ? { direction } : {}),
        ...(mode === 'log' ? { outcome } : { due_at: rfc3339(new Date(dueAt)) }),
      });
      flash.show(mode === 'log' ? t('activity.logged') : t('activity.plannedSaved'));
      setSubject('');
      setBody('');
      setOutcome('');
      onSaved();
    } catch (failure) {
      setErrors(formErrors(failure, FIELDS, i18n));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('activity.log')}>
      <Stack gap="sm">
        <SegmentedControl
          value={mode}
          onChange={(value) => setMode(value as Mode)}
          data={[
            { value: 'log', label: t('activity.log') },
            { value: 'plan', label: t('activity.planFollowUp') },
          ]}
        />
        {errors.formMessage && (
          <Alert color="red" role="alert">
            {errors.formMessage}
          </Alert>
        )}
        <Group grow align="flex-start">
          <NativeSelect
            label={t('activity.kind')}
            value={kind}
            onChange={(event) => setKind(event.currentTarget.value as ActivityKind)}
            data={LOGGABLE_KINDS.map((value) => ({ value, label: t(`activity.kinds.${value}`) }))}
            error={fieldError('kind')}
          />
          {hasDirection(kind) && (
            <NativeSelect
              label={t('activity.direction')}
              value={direction}
              onChange={(event) => setDirection(event.currentTarget.value as Direction)}
              data={(['outbound', 'inbound'] as const).map((value) => ({
                value,
                label: t(`activity.directions.${value}`),
              }))}
              error={fieldError('direction')}
            />
          )}
        </Group>
        <TextInput
          label={t('activity.subject')}
          required
          value={subject}
          onChange={(event) => setSubject(event.currentTarget.value)}
          error={fieldError('subject')}
        />
        {mode === 'plan' && (
          <TextInput
            type="datetime-local"
            label={t('activity.dueAt')}
            required
            value={dueAt}
            onChange={(event) => setDueAt(event.currentTarget.value)}
            error={fieldError('due_at')}
          />
        )}
        {mode === 'log' && (
          <TextInput
            label={t('activity.outcome')}
            value={outcome}
            onChange={(event) => setOutcome(event.currentTarget.value)}
            error={fieldError('outcome')}
          />
        )}
        <Textarea
          label={t('activity.body')}
          autosize
          minRows={2}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          error={fieldError('body')}
        />
        <Group>
          <Button type="submit" loading={busy}>
            {mode === 'log' ? t('activity.log') : t('activity.planFollowUp')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
