// Choosing a record by typing: the server searches the collection (GET /<collection>?q=) as the person
// types, twenty at a time, once the list is open; the chosen record stays named while the search moves on.
// Each kind of record says how it is labelled and what else its search asks.

import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { api, type Query } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';

interface Props<T extends { id: string }> {
  collection: string;
  /** What the search asks besides q and the limit, e.g. { sort: 'name' }. */
  query: Query;
  labelOf(record: T): string;
  value: string;
  /** The chosen record when known, so that it is named before any search. */
  chosen: T | undefined;
  onChange(record: T | null): void;
  /** Called with each page the server answers (e.g. to remember the records). */
  onFound?(records: readonly T[]): void;
  /** The Select as the kind of record wants it: label, placeholder, clearable, name… */
  select: Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter'>;
}

export function RecordPicker<T extends { id: string }>({ collection, query, labelOf, value, chosen, onChange, onFound, select }: Props<T>) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [found, setFound] = useState<T[]>([]);
  const [open, setOpen] = useState(false);
  const key = JSON.stringify(query);
  const chosenLabel = chosen ? labelOf(chosen) : undefined;

  useEffect(() => {
    if (!open) return;
    // The search box shows the chosen record's label when not typing: that is not a query.
    const q = debounced === chosenLabel ? '' : debounced.trim();
    const controller = new AbortController();
    api
      .list<T>(collection, { ...(JSON.parse(key) as Query), q: q === '' ? undefined : q, limit: 20 }, controller.signal)
      .then((page) => {
        onFound?.(page.items);
        setFound(page.items);
      })
      .catch(() => undefined);
    return () => controller.abort();
    // onFound is a side channel, not a reason to search again.
  }, [collection, key, debounced, open, chosenLabel]);

  const records = useMemo(() => {
    const all = new Map(found.map((record) => [record.id, record]));
    if (chosen) all.set(chosen.id, chosen);
    return all;
  }, [found, chosen]);
  const data = [...records.values()].map((record) => ({ value: record.id, label: labelOf(record) }));
  if (value !== '' && !records.has(value)) data.push({ value, label: t('common.pending') });

  return (
    <Select
      {...select}
      searchable
      data={data}
      value={value === '' ? null : value}
      // The server has filtered already; the picker shows what it answered.
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      onDropdownOpen={() => setOpen(true)}
      onDropdownClose={() => setOpen(false)}
      onChange={(id) => onChange(id === null ? null : (records.get(id) ?? null))}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
