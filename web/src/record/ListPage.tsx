// What every list page of records shares: its title with the page's main action, a search toolbar of
// filters read debounced into the list's query, the record table, and the dialog that creates a record
// and opens its page. The columns and the filters are each page's own.

import { Group, Modal, NativeSelect, Stack, TextInput, Title, type ModalProps, type NativeSelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { api, type Query } from '../api/client';
import { useFlash } from '../app/flash';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageId } from '../i18n/messages';
import type { FieldSpec, FormValues } from './fields';
import { RecordForm } from './RecordForm';

/** The API's query of the filters: each one set, trimmed; the empty ones left out. */
export function trimmedQuery(filters: object): Query {
  const query: Query = {};
  for (const [key, value] of Object.entries(filters)) if (typeof value === 'string' && value.trim() !== '') query[key] = value.trim();
  return query;
}

/**
 * Filters as the person types them and the query they make, 200 ms after the typing stops: the list
 * narrows as one types, without a request per keystroke. `toQuery` should be a function of the filters only.
 */
export function useFilters<F extends Partial<Record<keyof F, string>>>(start: F, toQuery: (filters: F) => Query = trimmedQuery) {
  const [filters, setFilters] = useState<F>(start);
  const [debounced] = useDebouncedValue(filters, 200);
  // Keyed on the filters alone: a page may pass toQuery inline, and it reads nothing else.
  const query = useMemo(() => toQuery(debounced), [debounced]);
  const set = (key: keyof F) => (value: string) => setFilters((current) => ({ ...current, [key]: value }));
  return { filters, setFilters, set, query };
}

interface PageProps {
  title: string;
  /** The page's main action beside its title (a new record), when the person may take it. */
  action?: ReactNode;
  /** The search box and the filters, in the toolbar that screen readers find as the page's search. */
  filters: ReactNode;
  children: ReactNode;
}

export function ListPage({ title, action, filters, children }: PageProps) {
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{title}</Title>
        {action}
      </Group>
      <div className="toolbar" role="search">
        {filters}
      </div>
      {children}
    </Stack>
  );
}

export function SearchFilter(props: { label: string; value: string; onChange(value: string): void; w: number; placeholder?: string }) {
  return (
    <TextInput
      label={props.label}
      placeholder={props.placeholder}
      type="search"
      value={props.value}
      onChange={(event) => props.onChange(event.currentTarget.value)}
      w={props.w}
    />
  );
}

export function ChoiceFilter(props: { label: string; value: string; onChange(value: string): void; data: NativeSelectProps['data']; w?: number }) {
  return <NativeSelect label={props.label} w={props.w} value={props.value} onChange={(event) => props.onChange(event.currentTarget.value)} data={props.data} />;
}

export interface SortOption {
  value: string;
  label: MessageId;
}

export function SortFilter(props: { label: string; value: string; onChange(value: string): void; sorts: readonly SortOption[] }) {
  const { t } = useI18n();
  return <ChoiceFilter label={props.label} value={props.value} onChange={props.onChange} data={props.sorts.map((sort) => ({ value: sort.value, label: t(sort.label) }))} />;
}

/** The page's create dialog: its form is mounted only while it is open, so each opening starts afresh. */
export function CreateDialog({ title, size, opened, onClose, children }: { title: string; size: ModalProps['size']; opened: boolean; onClose(): void; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {opened && children}
    </Modal>
  );
}

interface CreateProps {
  label: string;
  fields: FieldSpec[];
  initial: FormValues;
  /** The collection's path, e.g. '/products'. */
  path: string;
  payload(values: FormValues): unknown;
  /** The flash once created. */
  created: string;
  /** The new record's page. */
  href(id: string): string;
  onClose(): void;
}

/** A record form that creates the record (POST), says so, and opens the new record's page. */
export function CreateRecordForm({ label, fields, initial, path, payload, created, href, onClose }: CreateProps) {
  const { t } = useI18n();
  const flash = useFlash();
  const [, navigate] = useLocation();
  return (
    <RecordForm
      label={label}
      fields={fields}
      initial={initial}
      submitLabel={t('common.create')}
      onCancel={onClose}
      onSubmit={async (values) => {
        const record = await api.post<{ id: string }>(path, payload(values));
        flash.show(created);
        navigate(href(record.id));
      }}
    />
  );
}
