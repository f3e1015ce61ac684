// The company's settings, for admins: read once with their version, edited in the page, and saved whole
// in one PATCH with If-Match, so that another admin's newer save is never overwritten. An error the API
// names ("dunning[1].days_overdue") shows under that input; any other above the form.

import { Alert, Loader, Stack, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import { describeError } from '../../api/errors';
import { useFlash } from '../../app/flash';
import { useMe } from '../../auth/session';
import { useI18n } from '../../i18n/I18nProvider';
import { FormShell } from '../../record/FormShell';
import { useFormSave } from '../../record/useFormSave';
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
  const saving = useFormSave();

  const submit = () =>
    void saving.run(settingsFields(draft), async () => {
      const saved = await api.patch<Settings>('/settings', settingsPayload(draft, i18n), loaded.etag);
      flash.show(t('settings.saved'));
      onSaved({ draft: settingsDraft(saved.record), etag: saved.etag });
    });

  const sections: SectionProps = {
    draft,
    change: (update) => setDraft(update),
    errorOn: saving.errorOn,
  };
  return (
    <FormShell label={t('settings.title')} saving={saving} submitLabel={t('settings.save')} onSubmit={submit} onReload={onReload}>
      <CompanySection {...sections} />
      <NumberingSection {...sections} />
      <LimitsSection {...sections} />
      <SlaSection {...sections} />
      <CalendarSection {...sections} />
      <DunningSection {...sections} />
      <LoyaltySection {...sections} />
    </FormShell>
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
