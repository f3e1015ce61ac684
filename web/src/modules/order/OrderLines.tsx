// An order's lines with how far each has come: ordered, reserved, shipped and delivered quantities, and
// the line's net. Quantities and amounts read left to right in every language.

import { Table } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';
import { LinesTable } from '../../record/LinesTable';
import { showQuantity } from '../product/catalogue';
import { productLabel, useProductsById } from '../product/useProducts';
import type { PricedOrderLine } from '../offer/commerce';

export function lineName(line: PricedOrderLine, products: Map<string, { sku: string; name: string }>): string {
  const product = line.product_id ? products.get(line.product_id) : undefined;
  return product ? productLabel(product) : (line.description ?? '');
}

export function OrderLines({ lines }: { lines: readonly PricedOrderLine[] }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const products = useProductsById(lines.flatMap((line) => (line.product_id ? [line.product_id] : [])));
  const quantity = (value: string | undefined, unit: string | undefined) => (
    <bdi>
      {showQuantity(value ?? '0', i18n)} {unit}
    </bdi>
  );
  return (
    <LinesTable
      caption={t('order.quantities')}
      testId="order-lines"
      columns={[
        { key: 'no', header: t('offer.lineNo'), width: '5%' },
        { key: 'product', header: t('offer.product'), width: '31%' },
        { key: 'ordered', header: t('order.ordered'), width: '12%' },
        { key: 'reserved', header: t('order.reserved'), width: '12%' },
        { key: 'shipped', header: t('order.shipped'), width: '12%' },
        { key: 'delivered', header: t('order.delivered'), width: '12%' },
        { key: 'net', header: t('offer.net'), width: '16%' },
      ]}
    >
      {lines.map((line, index) => (
        <Table.Tr key={line.line_no ?? index} data-line={line.line_no ?? index + 1}>
          <Table.Td>{line.line_no ?? index + 1}</Table.Td>
          <Table.Th scope="row" fw={400}>
            {lineName(line, products)}
          </Table.Th>
          <Table.Td data-quantity="ordered">{quantity(line.quantity, line.unit)}</Table.Td>
          <Table.Td data-quantity="reserved">{quantity(line.reserved_quantity, line.unit)}</Table.Td>
          <Table.Td data-quantity="shipped">{quantity(line.shipped_quantity, line.unit)}</Table.Td>
          <Table.Td data-quantity="delivered">{quantity(line.delivered_quantity, line.unit)}</Table.Td>
          <Table.Td>{line.net && <bdi>{format.money(line.net)}</bdi>}</Table.Td>
        </Table.Tr>
      ))}
    </LinesTable>
  );
}
