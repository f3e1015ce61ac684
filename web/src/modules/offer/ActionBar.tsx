// A document's actions as buttons, only those its status allows (the server's table, mirrored in
// commerce.ts). Each posts POST /<collection>/{id}/<action> with If-Match at the version read; an action
// that needs a reason (decline, cancel) asks for it first. The server's refusal — 409 invalid_transition
// if the status moved meanwhile, 412 if the record did — shows above the buttons.

import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { api } from '../../api/client';
import { describeError } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageId } from '../../i18n/messages';

export interface ActionSpec {
  action: string;
  label: MessageId;
  /** Asks for a required reason first, with this dialog title. */
  reasonTitle?: MessageId;
  danger?: boolean;
}

interface Props<T> {
  collection: 'offers' | 'orders';
  id: string;
  version: number;
  actions: readonly ActionSpec[];
  onDone(record: T, action: string): void;
}

export function ActionBar<T>({ collection, id, version, actions, onDone }: Props<T>) {
  const i18n = useI18n();
  const { t } = i18n;
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [asking, setAsking] = useState<ActionSpec | null>(null);
  const [reason, setReason] = useState('');

  async function run(spec: ActionSpec, body: Record<string, string> = {}) {
    setBusy(spec.action);
    setError(null);
    try {
      const record = await api.post<T>(`/${collection}/${encodeURIComponent(id)}/${spec.action}`, body, `"${version}"`);
      setAsking(null);
      setReason('');
      onDone(record, spec.action);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  }

  if (actions.length === 0) return null;
  return (
    <Stack gap="xs">
      {error !== null && asking === null && (
        <Alert color="red" role="alert" data-testid="action-error">
          {describeError(error, i18n)}
        </Alert>
      )}
      <Group gap="xs" data-testid="document-actions">
        {actions.map((spec) => (
          <Button
            key={spec.action}
            size="sm"
            variant={spec.danger ? 'outline' : 'filled'}
            color={spec.danger ? 'red.8' : undefined}
            loading={busy === spec.action}
            disabled={busy !== null && busy !== spec.action}
            onClick={() => (spec.reasonTitle ? (setError(null), setAsking(spec)) : void run(spec))}
          >
            {t(spec.label)}
          </Button>
        ))}
      </Group>
      <Modal
        opened={asking !== null}
        onClose={() => setAsking(null)}
        title={asking?.reasonTitle ? t(asking.reasonTitle) : ''}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {asking && (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (reason.trim() === '') setError('empty');
              else void run(asking, { reason: reason.trim() });
            }}
          >
            <Textarea
              label={t('offer.reason')}
              required
              autosize
              minRows={2}
              data-autofocus
              value={reason}
              error={error === 'empty' ? t('errors.fieldRequired') : error !== null ? describeError(error, i18n, true) : undefined}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
            <Group mt="md" gap="xs">
              <Button type="submit" color="red.8" loading={busy !== null}>
                {t(asking.label)}
              </Button>
              <Button variant="default" onClick={() => setAsking(null)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </form>
        )}
      </Modal>
    </Stack>
  );
}
