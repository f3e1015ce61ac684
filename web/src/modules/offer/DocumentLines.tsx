// The lines of an offer or an order: each row a product (typeahead), a quantity and a manual discount, and
// what the price engine made of them — the unit price, the line's net and, one click away, the explanation
// rule by rule. Editable while a draft (the prices then come from the live quote), read-only otherwise (the
// prices as saved). An error the API names on a cell ("lines[1].manual_discount_percent") shows under it.

import { ActionIcon, Button, Table, Text, TextInput } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { cellName } from '../price_list/priceListDraft';
import { showPercent, showQuantity } from '../product/catalogue';
import { ProductPicker } from '../product/ProductPicker';
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

function Head({ editable }: { editable: boolean }) {
  const { t } = useI18n();
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th scope="col" w="5%">{t('offer.lineNo')}</Table.Th>
        <Table.Th scope="col" w={editable ? '33%' : '35%'}>{t('offer.product')}</Table.Th>
        <Table.Th scope="col" w="12%">{t('offer.quantity')}</Table.Th>
        <Table.Th scope="col" w="12%">{t('offer.manualDiscount')}</Table.Th>
        <Table.Th scope="col" w="13%">{t('offer.unitPrice')}</Table.Th>
        <Table.Th scope="col" w="13%">{t('offer.net')}</Table.Th>
        <Table.Th scope="col" w={editable ? '12%' : '10%'}><span className="visually-hidden">{t('offer.explanation')}</span></Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
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
  const update = (key: number, change: Partial<DocumentLineDraft>) => onChange(lines.map((line) => (line.key === key ? { ...line, ...change } : line)));
  const toggle = (key: number) => setOpen((current) => new Set(current.has(key) ? [...current].filter((k) => k !== key) : [...current, key]));

  return (
    <div>
      <div className="table-wrap">
        <Table layout="fixed" data-testid="document-lines">
          <caption className="visually-hidden">{t('offer.lines')}</caption>
          <Head editable />
          <Table.Tbody>
            {lines.map((line, index) => {
              const number = index + 1;
              const pricedLine = priced.get(line.key);
              const explanationId = `explanation-row-${line.key}`;
              return (
                <Fragment key={line.key}>
                  <Table.Tr data-line={number}>
                    <Table.Td>{number}</Table.Td>
                    <Table.Td>
                      {line.own ? (
                        <Text size="sm">{line.own.description}</Text>
                      ) : (
                        <ProductPicker
                          hideLabel
                          label={t('offer.productOfLine', { line: number })}
                          value={line.product_id}
                          chosen={products.get(line.product_id)}
                          error={errorOn(cellName('lines', index, 'product_id'))}
                          onChange={(product) => update(line.key, { product_id: product?.id ?? '' })}
                        />
                      )}
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={t('offer.quantityOfLine', { line: number })}
                        inputMode="decimal"
                        dir="ltr"
                        name={cellName('lines', index, 'quantity')}
                        value={line.quantity}
                        error={errorOn(cellName('lines', index, 'quantity'))}
                        onChange={(event) => update(line.key, { quantity: event.currentTarget.value })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={t('offer.discountOfLine', { line: number })}
                        inputMode="decimal"
                        dir="ltr"
                        placeholder="0"
                        name={cellName('lines', index, 'manual_discount_percent')}
                        value={line.manual_discount_percent}
                        error={errorOn(cellName('lines', index, 'manual_discount_percent'))}
                        onChange={(event) => update(line.key, { manual_discount_percent: event.currentTarget.value })}
                      />
                    </Table.Td>
                    <PriceCells line={pricedLine} />
                    <Table.Td>
                      {pricedLine && <ExplainButton lineNo={number} open={open.has(line.key)} onToggle={() => toggle(line.key)} controls={explanationId} />}
                      <ActionIcon
                        variant="subtle"
                        color="red.8"
                        aria-label={t('offer.removeLine', { line: number })}
                        onClick={() => onChange(lines.filter((other) => other.key !== line.key))}
                      >
                        <span aria-hidden="true">×</span>
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                  {pricedLine && open.has(line.key) && <ExplanationRow id={explanationId} line={pricedLine} lineNo={number} columns={7} />}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </div>
      {errorOn('lines') && (
        <Text c="red.8" size="sm" role="alert">
          {errorOn('lines')}
        </Text>
      )}
      <Button mt="xs" size="xs" variant="light" onClick={() => onChange([...lines, emptyDocumentLine()])}>
        {t('offer.addLine')}
      </Button>
    </div>
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
    <div className="table-wrap">
      <Table layout="fixed" data-testid="document-lines">
        <caption className="visually-hidden">{t('offer.lines')}</caption>
        <Head editable={false} />
        <Table.Tbody>
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
        </Table.Tbody>
      </Table>
    </div>
  );
}
