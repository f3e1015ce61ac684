// A form's refusal above its fields, with a reload offered when someone else saved a newer version.

import { Alert, Button } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';

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
