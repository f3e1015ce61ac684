// One price list, or a new one (/price-lists/new). Admins edit it in the page — its fields, lines and
// tiers saved together — everyone else reads it.

import { Alert, Badge, Group, Loader, Stack, Title } from '@mantine/core';
import { useLocation } from 'wouter';
import { api } from '../../api/client';
import { describeError } from '../../api/errors';
import { useFlash } from '../../app/flash';
import { useMe } from '../../auth/session';
import { useI18n } from '../../i18n/I18nProvider';
import { ArchiveButton, BackLink } from '../../record/RecordPage';
import { useRecord } from '../../record/useRecord';
import { PriceListEditor } from './PriceListEditor';
import type { PriceList } from './priceListDraft';
import { PriceListView } from './PriceListView';

function BackToList() {
  const { t } = useI18n();
  return <BackLink href="/price-lists" label={t('priceList.listTitle')} />;
}

export function NewPriceListPage() {
  const { t } = useI18n();
  const flash = useFlash();
  const [, navigate] = useLocation();
  return (
    <Stack>
      <BackToList />
      <Title order={1}>{t('priceList.createTitle')}</Title>
      <PriceListEditor
        save={(body) => api.post<PriceList>('/price_lists', body)}
        onSaved={(created) => {
          flash.show(t('priceList.created'));
          navigate(`/price-lists/${created.id}`);
        }}
        onCancel={() => navigate('/price-lists')}
      />
    </Stack>
  );
}

export function PriceListPage({ id }: { id: string }) {
  const me = useMe();
  const i18n = useI18n();
  const { t } = i18n;
  const flash = useFlash();
  const state = useRecord<PriceList>('price_lists', id);
  const list = state.record;

  if (state.loading && !list) return <Loader aria-label={t('app.loading')} />;
  if (!list) {
    return (
      <Stack>
        <BackToList />
        <Alert color="red" role="alert">
          {describeError(state.error, i18n)}
        </Alert>
      </Stack>
    );
  }
  const admin = me.role === 'admin';

  return (
    <Stack>
      <BackToList />
      <Group gap="sm">
        <Title order={1}>{list.name}</Title>
        <Badge variant="light">{list.currency}</Badge>
        {admin && (
          <ArchiveButton
            path={`/price_lists/${encodeURIComponent(list.id)}`}
            listHref="/price-lists"
            texts={{
              archive: t('priceList.archive'),
              archiveTitle: t('priceList.archiveTitle'),
              archiveExplained: t('priceList.archiveExplained', { name: list.name }),
              archived: t('priceList.archived'),
            }}
          />
        )}
      </Group>
      {admin ? (
        <PriceListEditor
          // A new version (saved here or reloaded) starts the draft again from what the server holds.
          key={list.version}
          list={list}
          save={(body) => state.save({ ...body })}
          onSaved={() => flash.show(t('priceList.saved'))}
          onReload={state.reload}
        />
      ) : (
        <PriceListView list={list} />
      )}
    </Stack>
  );
}
