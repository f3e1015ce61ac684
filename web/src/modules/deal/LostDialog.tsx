// Losing a deal asks why, and to whom.

import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { Deal } from '../../api/types';
import { strings } from '../../strings';

const text = strings.pipeline;

/**
 * The reason as the API stores it. There is no competitors collection in the API yet, so a named
 * competitor is kept in the reason's text.
 */
export function lostReasonText(reason: string, competitor: string): string {
  return competitor.trim() === '' ? reason.trim() : text.lostWith(reason.trim(), competitor.trim());
}

function LostForm({ onConfirm, onCancel }: { onConfirm(reason: string): void; onCancel(): void }) {
  const [reason, setReason] = useState('');
  const [competitor, setCompetitor] = useState('');
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    onConfirm(lostReasonText(reason, competitor));
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={text.lostReason}
          description={text.lostReasonHint}
          required
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={missing ? strings.common.required : undefined}
          data-autofocus
        />
        <TextInput
          label={text.competitor}
          description={text.competitorHint}
          value={competitor}
          onChange={(event) => setCompetitor(event.currentTarget.value)}
        />
        <Group>
          <Button type="submit" color="red">
            {text.markLost}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {strings.common.cancel}
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
  return (
    <Modal
      opened={deal !== null}
      onClose={onCancel}
      title={deal ? text.lostTitle(deal.title) : ''}
      closeButtonProps={{ 'aria-label': strings.common.close }}
    >
      {deal && <LostForm key={deal.id} onConfirm={onConfirm} onCancel={onCancel} />}
    </Modal>
  );
}
