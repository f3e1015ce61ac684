// A section of a record's page that lists the records belonging to it (an account's contacts, deals,
// offers, orders): a card with its heading and its action, and for the short lists read whole, the table
// and the form that adds one in place.

import { Alert, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { api, type Query } from '../api/client';
import { describeError } from '../api/errors';
import { useI18n } from '../i18n/I18nProvider';
import type { FieldSpec, FormValues } from './fields';
import { RecordForm } from './RecordForm';
import { HeaderRow, RecordRow, type Column } from './RecordTable';

interface SectionProps {
  /** The heading's id, which names the section for screen readers. */
  headingId: string;
  title: string;
  action?: ReactNode;
  testId?: string;
  children: ReactNode;
}

export function RecordSection({ headingId, title, action, testId, children }: SectionProps) {
  return (
    <Card withBorder component="section" aria-labelledby={headingId} data-testid={testId}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Card>
  );
}

interface ListProps<T extends { id: string }> extends Omit<SectionProps, 'action' | 'children'> {
  collection: string;
  /** A handful of records (a few per account), read whole. */
  query: Query;
  columns: Column<T>[];
  empty: string;
  add: { label: string; fields: FieldSpec[]; initial: FormValues; create(values: FormValues): Promise<unknown> };
}

/** A short list read whole into a plain table, with an add button that opens the form in place. */
export function RecordListSection<T extends { id: string }>({ collection, query, columns, empty, add, ...section }: ListProps<T>) {
  const i18n = useI18n();
  const { t } = i18n;
  const [records, setRecords] = useState<T[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [adding, setAdding] = useState(false);
  const key = JSON.stringify(query);

  const load = useCallback(() => {
    api.listAll<T>(collection, JSON.parse(key) as Query).then(setRecords, setError);
  }, [collection, key]);
  useEffect(load, [load]);

  const action = !adding && (
    <Button size="xs" variant="light" onClick={() => setAdding(true)}>
      {add.label}
    </Button>
  );
  return (
    <RecordSection {...section} action={action}>
      {error !== null && <Alert color="red">{describeError(error, i18n)}</Alert>}
      {adding && (
        <RecordForm
          label={add.label}
          fields={add.fields}
          initial={add.initial}
          submitLabel={t('common.create')}
          onCancel={() => setAdding(false)}
          onSubmit={async (values) => {
            await add.create(values);
            setAdding(false);
            load();
          }}
        />
      )}
      {records.length === 0 ? <Text c="dimmed">{empty}</Text> : <PlainTable columns={columns} records={records} />}
    </RecordSection>
  );
}

/** A table of a few records, the first column each row's header for screen readers. */
function PlainTable<T extends { id: string }>({ columns, records }: { columns: Column<T>[]; records: T[] }) {
  return (
    <div className="table-wrap">
      <Table>
        <HeaderRow columns={columns} />
        <Table.Tbody>
          {records.map((record) => (
            <RecordRow key={record.id} columns={columns} record={record} />
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
