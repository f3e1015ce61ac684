// The company's settings, for admins: read once with their version, edited in the page, and saved whole
// in one PATCH with If-Match, so that another admin's newer save is never overwritten. An error the API
// names ("dunning[1].days_overdue") shows under that input; any other above the form.

import { Alert, Button, Group, Loader, Stack, Title } from '@mantine/core';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ApiError, describeError, formErrors } from '../../api/errors';
import { useFlash } from '../../app/flash';
import { useMe } from '../../auth/session';
import { useI18n } from '../../i18n/I18nProvider';
import { withoutFieldPath } from '../product/catalogue';
import { CalendarSection } from './CalendarSection';
import { DunningSection, LoyaltySection } from './RulesSection';
import { CompanySection, LimitsSection, NumberingSection, SlaSection, type SectionProps } from './SettingsSections';
import { settingsDraft, settingsFields, settingsPayload, type Settings, type SettingsDraft } from './settingsDraft';

interface Loaded {
  draft: SettingsDraft;
  etag: string;
}

function SettingsForm({ loaded, onSaved, onReload }: { loaded: Loaded; onSaved(loaded: Loaded): void; onReload(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const flash = useFlash();
  const [draft, setDraft] = useState(loaded.draft);
  const [fieldError, setFieldError] = useState<{ field: string; message: string } | null>(null);
  const [formError, setFormError] = useState<{ message: string; stale: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFieldError(null);
    setFormError(null);
    try {
      const saved = await api.patch<Settings>('/settings', settingsPayload(draft, i18n), loaded.etag);
      flash.show(t('settings.saved'));
      onSaved({ draft: settingsDraft(saved.record), etag: saved.etag });
    } catch (failure) {
      const { field, fieldMessage, formMessage } = formErrors(withoutFieldPath(failure), settingsFields(draft), i18n);
      if (field !== undefined && fieldMessage !== undefined) setFieldError({ field, message: fieldMessage });
      else setFormError({ message: formMessage ?? '', stale: failure instanceof ApiError && failure.status === 412 });
    } finally {
      setBusy(false);
    }
  }

  const sections: SectionProps = {
    draft,
    change: (update) => setDraft(update),
    errorOn: (path) => (fieldError?.field === path ? fieldError.message : undefined),
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('settings.title')}>
      <Stack>
        {formError && (
          <Alert color="red" role="alert" data-testid="form-error">
            {formError.message}
            {formError.stale && (
              <Button size="xs" variant="white" color="red" ms="sm" onClick={onReload}>
                {t('common.reload')}
              </Button>
            )}
          </Alert>
        )}
        <CompanySection {...sections} />
        <NumberingSection {...sections} />
        <LimitsSection {...sections} />
        <SlaSection {...sections} />
        <CalendarSection {...sections} />
        <DunningSection {...sections} />
        <LoyaltySection {...sections} />
        <Group>
          <Button type="submit" loading={busy}>
            {t('settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function SettingsPage() {
  const me = useMe();
  const i18n = useI18n();
  const { t } = i18n;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);
  const admin = me.role === 'admin';

  useEffect(() => {
    if (!admin) return;
    let live = true;
    api.getVersioned<Settings>('/settings').then(
      (read) => live && setLoaded({ draft: settingsDraft(read.record), etag: read.etag }),
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [admin, generation]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  // The API lets everyone read the settings, but only admins change them: this page is theirs.
  if (!admin) {
    return (
      <Alert color="red" role="alert">
        {t('errors.forbidden')}
      </Alert>
    );
  }
  return (
    <Stack>
      <Title order={1}>{t('settings.title')}</Title>
      {error !== null && (
        <Alert color="red" role="alert">
          {describeError(error, i18n)}
        </Alert>
      )}
      {loaded ? (
        // A new version (saved or reloaded) starts the form again from what the server holds.
        <SettingsForm key={loaded.etag} loaded={loaded} onSaved={setLoaded} onReload={reload} />
      ) : (
        error === null && <Loader aria-label={t('app.loading')} />
      )}
    </Stack>
  );
}
