// Pieces of a record's own page: the way back to its list, and the archive — asked for in a dialog that
// says what archiving keeps, then back to the list. The API refuses anyone who may not archive (403),
// and the refusal shows in the dialog.

import { Alert, Anchor, Button, Group, Modal, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { api } from '../api/client';
import { describeError } from '../api/errors';
import { useFlash } from '../app/flash';
import { useI18n } from '../i18n/I18nProvider';

export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <Anchor component={Link} href={href} size="sm">
      <span className="back-arrow" aria-hidden="true">←</span> {label}
    </Anchor>
  );
}

export interface ArchiveTexts {
  archive: string;
  archiveTitle: string;
  archiveExplained: string;
  /** The flash once archived. */
  archived: string;
}

interface Props {
  /** The record's path, e.g. '/products/42'. */
  path: string;
  texts: ArchiveTexts;
  listHref: string;
  /** Called once archived (e.g. to forget a cached copy). */
  onArchived?(): void;
}

export function ArchiveButton({ path, texts, listHref, onArchived }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const flash = useFlash();
  const [, navigate] = useLocation();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function archive() {
    try {
      await api.remove(path);
      onArchived?.();
      flash.show(texts.archived);
      navigate(listHref);
    } catch (failure) {
      setError(failure);
    }
  }
  return (
    <>
      <Button size="xs" variant="outline" color="red.8" onClick={() => setAsking(true)}>
        {texts.archive}
      </Button>
      <Modal opened={asking} onClose={() => setAsking(false)} title={texts.archiveTitle} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Text mb="md">{texts.archiveExplained}</Text>
        {error !== null && (
          <Alert color="red" role="alert" mb="sm">
            {describeError(error, i18n)}
          </Alert>
        )}
        <Group gap="xs">
          <Button color="red.8" onClick={() => void archive()}>
            {texts.archive}
          </Button>
          <Button variant="default" onClick={() => setAsking(false)}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
