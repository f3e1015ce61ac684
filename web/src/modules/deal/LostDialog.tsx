// Losing a deal asks why, and to whom.

import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { Deal } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import type { Translate } from '../../i18n/messages';


/**
 * The reason as the API stores it. There is no competitors collection in the API yet, so a named
 * competitor is kept in the reason's text.
 */
export function lostReasonText(t: Translate, reason: string, competitor: string): string {
  return competitor.trim() === '' ? reason.trim() : t('pipeline.lostWith', { reason: reason.trim(), competitor: competitor.trim() });
}

function LostForm({ onConfirm, onCancel }: { onConfirm(reason: string): void; onCancel(): void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [competitor, setCompetitor] = useState('');
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    onConfirm(lostReasonText(t, reason, competitor));
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t('pipeline.lostReason')}
          description={t('pipeline.lostReasonHint')}
          required
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={missing ? t('common.required') : undefined}
          data-autofocus
        />
        <TextInput
          label={t('pipeline.competitor')}
          description={t('pipeline.competitorHint')}
          value={competitor}
          onChange={(event) => setCompetitor(event.currentTarget.value)}
        />
        <Group>
          <Button type="submit" color="red">
            {t('pipeline.markLost')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function LostDialog({
  deal,
  onConfirm,
  onCancel,
}: {
  deal: Deal | null;
  onConfirm(reason: string): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  return (
    <Modal
      opened={deal !== null}
      onClose={onCancel}
      title={deal ? t('pipeline.lostTitle', { title: deal.title }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {deal && <LostForm key={deal.id} onConfirm={onConfirm} onCancel={onCancel} />}
    </Modal>
  );
}
