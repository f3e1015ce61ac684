// What every form around records shares: its refusal above the fields (with a reload offered when someone
// else saved a newer version), the fields, and the submit and cancel buttons below.

import { Alert, Button, Group, Stack, type MantineSpacing } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { FormSave } from './useFormSave';

export function FormError({ error, onReload }: { error: { message: string; stale: boolean } | null; onReload?: (() => void) | undefined }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <Alert color="red" role="alert" data-testid="form-error">
      {error.message}
      {error.stale && onReload && (
        <Button size="xs" variant="white" color="red" ms="sm" onClick={onReload}>
          {t('common.reload')}
        </Button>
      )}
    </Alert>
  );
}

interface Props {
  /** The form's accessible name. */
  label: string | undefined;
  saving: Pick<FormSave, 'busy' | 'formError'>;
  submitLabel: string;
  onSubmit(): void;
  onCancel?: (() => void) | undefined;
  /** Offered next to the conflict message when a save meets a newer version (412). */
  onReload?: (() => void) | undefined;
  gap?: MantineSpacing;
  testId?: string;
  children: ReactNode;
}

export function FormShell({ label, saving, submitLabel, onSubmit, onCancel, onReload, gap, testId, children }: Props) {
  const { t } = useI18n();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={label} data-testid={testId}>
      <Stack gap={gap}>
        <FormError error={saving.formError} onReload={onReload} />
        {children}
        <Group gap="xs">
          <Button type="submit" loading={saving.busy}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
