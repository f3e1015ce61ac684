// A price list's lines, edited in the page: each row a product (typeahead), the quantity from which the
// line applies, and either a unit price in the list's currency or a discount off the list price. An error
// the API names on a line ("lines[1].price") shows under that row's cell.

import { ActionIcon, Button, NativeSelect, Table, TextInput } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';
import type { Product } from '../product/catalogue';
import { ProductPicker } from '../product/ProductPicker';
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
  const update = (key: number, change: Partial<LineDraft>) =>
    onChange(lines.map((line) => (line.key === key ? { ...line, ...change } : line)));

  return (
    <div>
      <div className="table-wrap">
        <Table layout="fixed" data-testid="price-list-lines">
          <caption className="visually-hidden">{t('priceList.lines')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w="6%">{t('priceList.lineNo')}</Table.Th>
              <Table.Th scope="col" w="38%">{t('priceList.product')}</Table.Th>
              <Table.Th scope="col" w="14%">{t('priceList.minQuantity')}</Table.Th>
              <Table.Th scope="col" w="16%">{t('priceList.rule')}</Table.Th>
              <Table.Th scope="col" w="18%">{t('priceList.value')}</Table.Th>
              <Table.Th scope="col" w="8%"><span className="visually-hidden">{t('priceList.removeLine')}</span></Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line, index) => {
              const number = index + 1;
              const valueField = cellName('lines', index, line.mode === 'price' ? 'price' : 'discount_percent');
              // The API names whichever of the two the line gave, or price when it gave neither.
              const valueError = errorOn(valueField) ?? errorOn(cellName('lines', index, line.mode === 'price' ? 'discount_percent' : 'price'));
              return (
                <Table.Tr key={line.key} data-line={number}>
                  <Table.Td>{number}</Table.Td>
                  <Table.Td>
                    <ProductPicker
                      hideLabel
                      label={t('priceList.productOfLine', { line: number })}
                      value={line.product_id}
                      chosen={products.get(line.product_id)}
                      error={errorOn(cellName('lines', index, 'product_id'))}
                      onChange={(product) => update(line.key, { product_id: product?.id ?? '' })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('priceList.minQuantityOfLine', { line: number })}
                      inputMode="decimal"
                      dir="ltr"
                      value={line.min_quantity}
                      error={errorOn(cellName('lines', index, 'min_quantity'))}
                      onChange={(event) => update(line.key, { min_quantity: event.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NativeSelect
                      aria-label={t('priceList.ruleOfLine', { line: number })}
                      value={line.mode}
                      data={[
                        { value: 'price', label: t('priceList.modes.price', { currency }) },
                        { value: 'discount', label: t('priceList.modes.discount') },
                      ]}
                      onChange={(event) => update(line.key, { mode: event.currentTarget.value as LineMode })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={
                        line.mode === 'price' ? t('priceList.priceOfLine', { line: number }) : t('priceList.discountOfLine', { line: number })
                      }
                      inputMode="decimal"
                      dir="ltr"
                      name={valueField}
                      value={line.value}
                      error={valueError}
                      onChange={(event) => update(line.key, { value: event.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red.8"
                      aria-label={t('priceList.removeLineNo', { line: number })}
                      onClick={() => onChange(lines.filter((other) => other.key !== line.key))}
                    >
                      <span aria-hidden="true">×</span>
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </div>
      <Button mt="xs" size="xs" variant="light" onClick={() => onChange([...lines, emptyLine()])}>
        {t('priceList.addLine')}
      </Button>
    </div>
  );
}
