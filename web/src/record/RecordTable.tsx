// A generic table of records with keyset paging controls. Columns say how to render a cell; the
// first column is the row's header cell for screen readers.

import { Alert, Button, Group, Loader, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { describeError } from '../api/errors';
import { useI18n } from '../i18n/I18nProvider';
import type { CursorList } from './useCursorList';

export interface Column<T> {
  key: string;
  header: ReactNode;
  cell(record: T): ReactNode;
  /** The column's share of the table's width, e.g. '30%': the widths stay put while the rows load. */
  width?: string;
}

interface Props<T extends { id: string }> {
  caption: string;
  columns: Column<T>[];
  list: CursorList<T>;
  empty: string;
  /** How many placeholder rows, of a record row's height, hold the table's place while its first page loads. */
  placeholderRows?: number;
}

// Rows of the height of a record's row, shown while the first page loads, so that what is below the
// table does not jump when the records arrive (Lighthouse's cumulative layout shift). With the table's
// fixed layout, the columns keep their widths too.
const ROW_HEIGHT = 40;

function PlaceholderRows({ columns, rows }: { columns: number; rows: number }) {
  // Plain elements, not Mantine's: they are the first thing the page renders, before any record.
  return Array.from({ length: rows }, (_, row) => (
    <tr key={row} aria-hidden="true" data-placeholder style={{ height: ROW_HEIGHT }}>
      {Array.from({ length: columns }, (_, column) => (
        <td key={column}>
          <div className="placeholder-bar" style={{ width: column === 0 ? '80%' : '60%' }} />
        </td>
      ))}
    </tr>
  ));
}

/** A table's header row; the widths keep a fixed-layout table's columns in place. */
export function HeaderRow({ columns }: { columns: readonly { key: string; header: ReactNode; width?: string | undefined }[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((column) => (
          <Table.Th key={column.key} scope="col" w={column.width}>
            {column.header}
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}

/** A record's row, its first cell the row's header for screen readers. */
export function RecordRow<T>({ columns, record }: { columns: readonly Column<T>[]; record: T }) {
  return (
    <Table.Tr>
      {columns.map((column, index) =>
        index === 0 ? (
          <Table.Th key={column.key} scope="row" fw={500}>
            {column.cell(record)}
          </Table.Th>
        ) : (
          <Table.Td key={column.key}>{column.cell(record)}</Table.Td>
        ),
      )}
    </Table.Tr>
  );
}

export function RecordTable<T extends { id: string }>({ caption, columns, list, empty, placeholderRows = 20 }: Props<T>) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div>
      {list.error !== null && (
        <Alert color="red" role="alert" mb="sm">
          {describeError(list.error, i18n)}
        </Alert>
      )}
      <div className="table-wrap">
        <Table striped highlightOnHover layout="fixed" aria-busy={list.loading} data-testid="record-table">
          <caption className="visually-hidden">{caption}</caption>
          <HeaderRow columns={columns} />
          <Table.Tbody>
            {list.loading && list.items.length === 0 && <PlaceholderRows columns={columns.length} rows={placeholderRows} />}
            {list.items.map((record) => (
              <RecordRow key={record.id} columns={columns} record={record} />
            ))}
          </Table.Tbody>
        </Table>
      </div>
      {!list.loading && list.error === null && list.items.length === 0 && (
        <Text c="dimmed" py="md">
          {empty}
        </Text>
      )}
      <Group justify="space-between" mt="sm">
        <Group gap="xs">
          <Button variant="default" size="xs" disabled={!list.hasPrevious || list.loading} onClick={list.previous}>
            {t('common.previousPage')}
          </Button>
          <Button variant="default" size="xs" disabled={!list.hasNext || list.loading} onClick={list.next}>
            {t('common.nextPage')}
          </Button>
          {list.loading && <Loader size="xs" aria-label={t('app.loading')} />}
        </Group>
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('common.pageNumber', { page: list.page })}
        </Text>
      </Group>
    </div>
  );
}
