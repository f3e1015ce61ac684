// The lines of an offer or an order: each row a product (typeahead), a quantity and a manual discount, and
// what the price engine made of them — the unit price, the line's net and, one click away, the explanation
// rule by rule. Editable while a draft (the prices then come from the live quote), read-only otherwise (the
// prices as saved). An error the API names on a cell ("lines[1].manual_discount_percent") shows under it.

import { Button, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { Translate } from '../../i18n/messages';
import { EditableLines, FigureCell, HiddenHeader, LinesTable, type LineColumn } from '../../record/LinesTable';
import { cellName } from '../price_list/priceListDraft';
import { showPercent, showQuantity } from '../product/catalogue';
import { LineProductPicker } from '../product/ProductPicker';
import { productLabel, useProductsById } from '../product/useProducts';
import type { PricedLine } from './commerce';
import { emptyDocumentLine, type DocumentLineDraft } from './linesDraft';
import { PriceExplanation } from './PriceExplanation';

interface EditProps {
  lines: DocumentLineDraft[];
  priced: Map<number, PricedLine>;
  errorOn(field: string): string | undefined;
  onChange(lines: DocumentLineDraft[]): void;
}

/** A line's explanation, shown under its row on demand. */
function ExplainButton({ lineNo, open, onToggle, controls }: { lineNo: number; open: boolean; onToggle(): void; controls: string }) {
  const { t } = useI18n();
  return (
    <Button size="compact-xs" variant="subtle" aria-expanded={open} aria-controls={open ? controls : undefined} onClick={onToggle} aria-label={t('offer.explainLine', { line: lineNo })}>
      {t('offer.explain')}
    </Button>
  );
}

/** The columns of both tables: the editor's last one holds two buttons, so it takes a little more room. */
function columns(t: Translate, editable: boolean): LineColumn[] {
  return [
    { key: 'no', header: t('offer.lineNo'), width: '5%' },
    { key: 'product', header: t('offer.product'), width: editable ? '33%' : '35%' },
    { key: 'quantity', header: t('offer.quantity'), width: '12%' },
    { key: 'discount', header: t('offer.manualDiscount'), width: '12%' },
    { key: 'unit_price', header: t('offer.unitPrice'), width: '13%' },
    { key: 'net', header: t('offer.net'), width: '13%' },
  ];
}

function PriceCells({ line }: { line: PricedLine | undefined }) {
  const { format } = useI18n();
  return (
    <>
      <Table.Td>{line?.unit_price && <bdi>{format.money(line.unit_price)}</bdi>}</Table.Td>
      <Table.Td fw={500} data-testid="line-net">
        {line?.net && <bdi>{format.money(line.net)}</bdi>}
      </Table.Td>
    </>
  );
}

function ExplanationRow({ id, line, lineNo, columns }: { id: string; line: PricedLine; lineNo: number; columns: number }) {
  return (
    <Table.Tr id={id}>
      <Table.Td colSpan={columns} bg="gray.0">
        <PriceExplanation line={line} lineNo={lineNo} />
      </Table.Td>
    </Table.Tr>
  );
}

export function DocumentLinesEditor({ lines, priced, errorOn, onChange }: EditProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState<Set<number>>(new Set());
  const products = useProductsById(lines.map((line) => line.product_id).filter((id) => id !== ''));
  const toggle = (key: number) => setOpen((current) => new Set(current.has(key) ? [...current].filter((k) => k !== key) : [...current, key]));
  const explanationId = (line: DocumentLineDraft) => `explanation-row-${line.key}`;

  return (
    <EditableLines
      caption={t('offer.lines')}
      testId="document-lines"
      columns={columns(t, true)}
      remove={{ header: t('offer.explanation'), width: '12%', label: (line) => t('offer.removeLine', { line }) }}
      add={{ label: t('offer.addLine'), line: emptyDocumentLine }}
      lines={lines}
      onChange={onChange}
      rowData={(number) => ({ 'data-line': number })}
      cells={(line, index, update) => (
        <>
          <Table.Td>{index + 1}</Table.Td>
          <Table.Td>
            {line.own ? (
              <Text size="sm">{line.own.description}</Text>
            ) : (
              <LineProductPicker
                label={t('offer.productOfLine', { line: index + 1 })}
                productId={line.product_id}
                products={products}
                error={errorOn(cellName('lines', index, 'product_id'))}
                onChange={(product_id) => update({ product_id })}
              />
            )}
          </Table.Td>
          <FigureCell
            label={t('offer.quantityOfLine', { line: index + 1 })}
            name={cellName('lines', index, 'quantity')}
            value={line.quantity}
            error={errorOn(cellName('lines', index, 'quantity'))}
            onChange={(quantity) => update({ quantity })}
          />
          <FigureCell
            label={t('offer.discountOfLine', { line: index + 1 })}
            placeholder="0"
            name={cellName('lines', index, 'manual_discount_percent')}
            value={line.manual_discount_percent}
            error={errorOn(cellName('lines', index, 'manual_discount_percent'))}
            onChange={(manual_discount_percent) => update({ manual_discount_percent })}
          />
          <PriceCells line={priced.get(line.key)} />
        </>
      )}
      actions={(line, number) =>
        priced.has(line.key) && <ExplainButton lineNo={number} open={open.has(line.key)} onToggle={() => toggle(line.key)} controls={explanationId(line)} />
      }
      below={(line, number) => {
        const pricedLine = priced.get(line.key);
        return pricedLine && open.has(line.key) && <ExplanationRow id={explanationId(line)} line={pricedLine} lineNo={number} columns={7} />;
      }}
      footer={
        errorOn('lines') && (
          <Text c="red.8" size="sm" role="alert">
            {errorOn('lines')}
          </Text>
        )
      }
    />
  );
}

/** The lines as saved, read-only, each with its explanation a click away. */
export function DocumentLinesView({ lines }: { lines: readonly PricedLine[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [open, setOpen] = useState<Set<number>>(new Set());
  const products = useProductsById(lines.flatMap((line) => (line.product_id ? [line.product_id] : [])));
  const toggle = (no: number) => setOpen((current) => new Set(current.has(no) ? [...current].filter((k) => k !== no) : [...current, no]));
  return (
    <LinesTable
      caption={t('offer.lines')}
      testId="document-lines"
      columns={[...columns(t, false), { key: 'explain', header: <HiddenHeader>{t('offer.explanation')}</HiddenHeader>, width: '10%' }]}
    >
      {lines.map((line, index) => {
        const number = line.line_no ?? index + 1;
        const product = line.product_id ? products.get(line.product_id) : undefined;
        const explanationId = `explanation-row-${number}`;
        return (
          <Fragment key={number}>
            <Table.Tr data-line={number}>
              <Table.Td>{number}</Table.Td>
              <Table.Th scope="row" fw={400}>
                {product ? productLabel(product) : line.description}
              </Table.Th>
              <Table.Td>
                <bdi>
                  {showQuantity(line.quantity, i18n)} {line.unit}
                </bdi>
              </Table.Td>
              <Table.Td>
                <bdi>{showPercent(line.manual_discount_percent, i18n)}</bdi>
              </Table.Td>
              <PriceCells line={line} />
              <Table.Td>
                <ExplainButton lineNo={number} open={open.has(number)} onToggle={() => toggle(number)} controls={explanationId} />
              </Table.Td>
            </Table.Tr>
            {open.has(number) && <ExplanationRow id={explanationId} line={line} lineNo={number} columns={7} />}
          </Fragment>
        );
      })}
    </LinesTable>
  );
}
