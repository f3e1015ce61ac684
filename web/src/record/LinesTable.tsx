// A record's lines as a table: the frame every lines table shares (a caption for screen readers, headers
// with fixed widths so the columns hold still as rows come and go), and the editor built on it — a row per
// line, a remove button at the end of each row, an add button below. The cells themselves are the
// record's own: a price list's line, an offer's line and a dunning step have nothing else in common.

import { ActionIcon, Button, Table, TextInput } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { HeaderRow } from './RecordTable';

export interface LineColumn {
  key: string;
  header: ReactNode;
  /** The column's share of the table's width, e.g. '12%'. */
  width?: string;
}

interface FrameProps {
  caption: string;
  columns: readonly LineColumn[];
  testId?: string | undefined;
  /** The table's widest, for tables of a few narrow inputs. */
  maw?: number | undefined;
  children: ReactNode;
}

export function LinesTable({ caption, columns, testId, maw, children }: FrameProps) {
  return (
    <div className="table-wrap">
      <Table layout="fixed" data-testid={testId} maw={maw}>
        <caption className="visually-hidden">{caption}</caption>
        <HeaderRow columns={columns} />
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </div>
  );
}

interface FigureProps {
  /** The input's accessible name, e.g. "Quantity of line 2": the column header alone does not say which row. */
  label: string;
  value: string;
  error: string | undefined;
  onChange(value: string): void;
  /** Whole numbers (days, levels) rather than decimals (amounts, percents). */
  whole?: boolean;
  /** The field's name as the API's error names it, e.g. "lines[1].quantity". */
  name?: string;
  placeholder?: string;
}

/** A figure typed into a line's cell: left to right in every language, the language's own separators accepted. */
export function FigureCell({ label, value, error, onChange, whole, name, placeholder }: FigureProps) {
  return (
    <Table.Td>
      <TextInput
        aria-label={label}
        inputMode={whole ? 'numeric' : 'decimal'}
        dir="ltr"
        name={name}
        placeholder={placeholder}
        value={value}
        error={error}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
    </Table.Td>
  );
}

/** A header that only screen readers hear, over a column of buttons. */
export function HiddenHeader({ children }: { children: string }) {
  return <span className="visually-hidden">{children}</span>;
}

interface EditorProps<T extends { key: number }> {
  caption: string;
  testId?: string;
  maw?: number;
  /** Every column but the last, which holds the remove buttons. */
  columns: readonly LineColumn[];
  remove: { header: string; width?: string; label(number: number): string };
  add: { label: string; line(lines: readonly T[]): T };
  lines: readonly T[];
  onChange(lines: T[]): void;
  /** The row's cells; `number` counts from 1, `update` changes this line only. */
  cells(line: T, index: number, update: (change: Partial<T>) => void): ReactNode;
  /** The row's own attributes, e.g. { 'data-line': 2 } for the e2e specs and the styles. */
  rowData?(number: number): Record<`data-${string}`, number>;
  /** Buttons shown before the remove button (an offer line's explanation). */
  actions?(line: T, number: number): ReactNode;
  /** A row under the line's row (its explanation, when open). */
  below?(line: T, number: number): ReactNode;
  /** What stands between the table and the add button (an error on the lines as a whole). */
  footer?: ReactNode;
}

export function EditableLines<T extends { key: number }>(props: EditorProps<T>) {
  const { lines, onChange, remove } = props;
  const update = (key: number) => (change: Partial<T>) => onChange(lines.map((line) => (line.key === key ? { ...line, ...change } : line)));
  const columns = [...props.columns, { key: 'remove', header: <HiddenHeader>{remove.header}</HiddenHeader>, width: remove.width }];
  return (
    <div>
      <LinesTable caption={props.caption} columns={columns} testId={props.testId} maw={props.maw}>
        {lines.map((line, index) => {
          const number = index + 1;
          return (
            <Fragment key={line.key}>
              <Table.Tr {...props.rowData?.(number)}>
                {props.cells(line, index, update(line.key))}
                <Table.Td>
                  {props.actions?.(line, number)}
                  <ActionIcon
                    variant="subtle"
                    color="red.8"
                    aria-label={remove.label(number)}
                    onClick={() => onChange(lines.filter((other) => other.key !== line.key))}
                  >
                    <span aria-hidden="true">×</span>
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
              {props.below?.(line, number)}
            </Fragment>
          );
        })}
      </LinesTable>
      {props.footer}
      <Button mt="xs" size="xs" variant="light" onClick={() => onChange([...lines, props.add.line(lines)])}>
        {props.add.label}
      </Button>
    </div>
  );
}
