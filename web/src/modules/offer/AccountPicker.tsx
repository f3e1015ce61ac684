// Choosing the client of a new offer or order by typing: the server searches the accounts the person can
// see (GET /accounts?q=), twenty at a time; the chosen one stays named while the search moves on.

import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { Account } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';

interface Props {
  value: string;
  /** The chosen account's name when known (e.g. pre-filled from the account page). */
  chosenName: string | undefined;
  error?: string | undefined;
  onChange(account: { id: string; name: string } | null): void;
  /** A filter rather than a form field: it may be cleared, and is not required. */
  filter?: boolean;
  label?: string;
}

export function AccountPicker({ value, chosenName, error, onChange, filter = false, label }: Props) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [found, setFound] = useState<Pick<Account, 'id' | 'name'>[]>([]);

  useEffect(() => {
    const q = debounced.trim() === '' || debounced === chosenName ? undefined : debounced.trim();
    const controller = new AbortController();
    api
      .list<Account>('accounts', { q, sort: 'name', limit: 20 }, controller.signal)
      .then((page) => setFound(page.items))
      .catch(() => undefined);
    return () => controller.abort();
  }, [debounced, chosenName]);

  const data = found.map((account) => ({ value: account.id, label: account.name }));
  if (value !== '' && !found.some((account) => account.id === value)) data.unshift({ value, label: chosenName ?? t('common.pending') });

  return (
    <Select
      label={label ?? t('offer.account')}
      required={!filter}
      clearable={filter}
      searchable
      data={data}
      value={value === '' ? null : value}
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id, option) => onChange(id === null ? null : { id, name: option?.label ?? '' })}
      nothingFoundMessage={t('offer.noAccountFound')}
      placeholder={t('offer.accountPlaceholder')}
      error={error}
      allowDeselect={filter}
      comboboxProps={{ withinPortal: true }}
      name="account_id"
      miw={filter ? 220 : undefined}
    />
  );
}
