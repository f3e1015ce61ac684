// What the offer and order forms share besides the form itself (record/FormShell): the client and deal
// fields, and the pre-fill a new document takes from its address (?account_id=…&deal_id=…, as the account
// page's "New offer" and a deal's row link to it).

import { Loader, NativeSelect, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useLocation, useSearch } from 'wouter';
import { api } from '../../api/client';
import { useFlash } from '../../app/flash';
import type { Deal } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { useAccountNames } from '../account/accountNames';
import { AccountPicker } from './AccountPicker';

export interface ClientChoice {
  account_id: string;
  account_name?: string | undefined;
  deal_id: string;
}

interface ClientProps {
  /** A saved document's client never changes: only a new one is offered the picker. */
  isNew: boolean;
  value: ClientChoice;
  deals: readonly Deal[];
  errorOn(field: string): string | undefined;
  onChange(change: Partial<ClientChoice>, accountChanged: boolean): void;
}

export function ClientFields({ isNew, value, deals, errorOn, onChange }: ClientProps) {
  const { t } = useI18n();
  return (
    <>
      {isNew && (
        <AccountPicker
          value={value.account_id}
          chosenName={value.account_name}
          error={errorOn('account_id')}
          onChange={(account) => onChange({ account_id: account?.id ?? '', account_name: account?.name, deal_id: '' }, true)}
        />
      )}
      <NativeSelect
        label={t('offer.deal')}
        name="deal_id"
        value={value.deal_id}
        error={errorOn('deal_id')}
        data={[{ value: '', label: t('common.none') }, ...deals.map((deal) => ({ value: deal.id, label: deal.title }))]}
        onChange={(event) => onChange({ deal_id: event.currentTarget.value }, false)}
      />
    </>
  );
}

interface EditorProps<T> {
  prefill: ClientChoice;
  save(body: unknown): Promise<T>;
  onSaved(created: T): void;
  onCancel(): void;
}

/**
 * A page for a new offer or order: the way back, the title, and the editor, pre-filled from the address and
 * saved by POST /<collection>; once saved, the new document's own page.
 */
export function NewDocumentPage<T extends { id: string; number: string }>({
  collection,
  back,
  title,
  created,
  editor,
}: {
  collection: 'offers' | 'orders';
  back: ReactNode;
  title: string;
  created(number: string): string;
  editor(props: EditorProps<T>): ReactNode;
}) {
  const { t } = useI18n();
  const flash = useFlash();
  const [, navigate] = useLocation();
  const prefill = usePrefill();
  if (!prefill) return <Loader aria-label={t('app.loading')} />;
  return (
    <Stack>
      {back}
      <Title order={1}>{title}</Title>
      {editor({
        prefill,
        save: (body) => api.post<T>(`/${collection}`, body),
        onSaved: (record) => {
          flash.show(created(record.number));
          navigate(`/${collection}/${record.id}`);
        },
        onCancel: () => history.back(),
      })}
    </Stack>
  );
}

/** The client and deal a new document starts with, from its address; null until the client's name is read. */
export function usePrefill(): ClientChoice | null {
  const params = new URLSearchParams(useSearch());
  const accountId = params.get('account_id') ?? '';
  const names = useAccountNames(accountId === '' ? [] : [accountId]);
  if (accountId !== '' && !names.has(accountId)) return null;
  return { account_id: accountId, account_name: names.get(accountId), deal_id: params.get('deal_id') ?? '' };
}
