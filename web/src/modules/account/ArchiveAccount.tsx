// Archiving an account takes its contacts, deals and activities with it; restoring brings them all back.
// Only the owner's head, directors and admins may do either: the server decides, the button is offered
// to the roles that can.

import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { api } from '../../api/client';
import { describeError } from '../../api/errors';
import type { Account } from '../../api/types';
import { useMe } from '../../auth/session';
import { useFlash } from '../../app/flash';
import { useI18n } from '../../i18n/I18nProvider';


/** Whether the signed-in role may archive some accounts at all (heads: their teams' only). */
export function mayArchiveAccounts(role: string): boolean {
  return role === 'head' || role === 'director' || role === 'admin';
}

export function ArchiveAccountButton({ account, onArchived }: { account: Account; onArchived: () => void }) {
  const me = useMe();
  const i18n = useI18n();
  const { t } = i18n;
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  if (!mayArchiveAccounts(me.role)) return null;

  const archive = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.remove(`/accounts/${account.id}`);
      setConfirming(false);
      onArchived();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button size="xs" variant="subtle" color="red" onClick={() => setConfirming(true)}>
        {t('account.archive.button')}
      </Button>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('account.archive.confirmTitle', { name: account.name })}>
        <Stack>
          <Text size="sm">{t('account.archive.confirmBody')}</Text>
          {error !== null && (
            <Alert color="red" role="alert">
              {describeError(error, i18n)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={busy} onClick={archive}>
              {t('account.archive.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** What the account page shows once the account is archived: what happened, and the way back. */
export function ArchivedAccountNotice({ account, onRestored }: { account: Account; onRestored: () => void }) {
  const flash = useFlash();
  const i18n = useI18n();
  const { t } = i18n;
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const restore = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.post(`/accounts/${account.id}/restore`, {});
      flash.show(t('account.archive.restored'));
      onRestored();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Alert color="gray" title={t('account.archive.archivedTitle', { name: account.name })} role="status">
      <Stack gap="xs">
        <Text size="sm">{t('account.archive.archivedBody')}</Text>
        {error !== null && <Text c="red">{describeError(error, i18n)}</Text>}
        <Group>
          <Button size="xs" onClick={restore} loading={busy}>
            {t('account.archive.restore')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
