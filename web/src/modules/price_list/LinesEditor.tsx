// A price list's lines, edited in the page: each row a product (typeahead), the quantity from which the
// line applies, and either a unit price in the list's currency or a discount off the list price. An error
// the API names on a line ("lines[1].price") shows under that row's cell.

import { NativeSelect, Table } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';
import { EditableLines, FigureCell } from '../../record/LinesTable';
import type { Product } from '../product/catalogue';
import { LineProductPicker } from '../product/ProductPicker';
import { cellName, emptyLine, type LineDraft, type LineMode } from './priceListDraft';

interface Props {
  lines: LineDraft[];
  products: Map<string, Product>;
  currency: string;
  errorOn(field: string): string | undefined;
  onChange(lines: LineDraft[]): void;
}

export function LinesEditor({ lines, products, currency, errorOn, onChange }: Props) {
  const { t } = useI18n();
  return (
    <EditableLines
      caption={t('priceList.lines')}
      testId="price-list-lines"
      columns={[
        { key: 'no', header: t('priceList.lineNo'), width: '6%' },
        { key: 'product', header: t('priceList.product'), width: '38%' },
        { key: 'min_quantity', header: t('priceList.minQuantity'), width: '14%' },
        { key: 'rule', header: t('priceList.rule'), width: '16%' },
        { key: 'value', header: t('priceList.value'), width: '18%' },
      ]}
      remove={{ header: t('priceList.removeLine'), width: '8%', label: (line) => t('priceList.removeLineNo', { line }) }}
      add={{ label: t('priceList.addLine'), line: emptyLine }}
      lines={lines}
      onChange={onChange}
      rowData={(number) => ({ 'data-line': number })}
      cells={(line, index, update) => {
        const number = index + 1;
        const valueField = cellName('lines', index, line.mode === 'price' ? 'price' : 'discount_percent');
        // The API names whichever of the two the line gave, or price when it gave neither.
        const valueError = errorOn(valueField) ?? errorOn(cellName('lines', index, line.mode === 'price' ? 'discount_percent' : 'price'));
        return (
          <>
            <Table.Td>{number}</Table.Td>
            <Table.Td>
              <LineProductPicker
                label={t('priceList.productOfLine', { line: number })}
                productId={line.product_id}
                products={products}
                error={errorOn(cellName('lines', index, 'product_id'))}
                onChange={(product_id) => update({ product_id })}
              />
            </Table.Td>
            <FigureCell
              label={t('priceList.minQuantityOfLine', { line: number })}
              value={line.min_quantity}
              error={errorOn(cellName('lines', index, 'min_quantity'))}
              onChange={(min_quantity) => update({ min_quantity })}
            />
            <Table.Td>
              <NativeSelect
                aria-label={t('priceList.ruleOfLine', { line: number })}
                value={line.mode}
                data={[
                  { value: 'price', label: t('priceList.modes.price', { currency }) },
                  { value: 'discount', label: t('priceList.modes.discount') },
                ]}
                onChange={(event) => update({ mode: event.currentTarget.value as LineMode })}
              />
            </Table.Td>
            <FigureCell
              label={line.mode === 'price' ? t('priceList.priceOfLine', { line: number }) : t('priceList.discountOfLine', { line: number })}
              name={valueField}
              value={line.value}
              error={valueError}
              onChange={(value) => update({ value })}
            />
          </>
        );
      }}
    />
  );
}
