// A document's totals as the server computed them (sums of rounded lines): subtotal, what the rules took
// off the list prices, tax and the total. Amounts are left-to-right islands in a right-to-left page.

import { Table } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';
import type { Money } from '../../lib/money';

export interface Totals {
  subtotal: Money;
  discount_total: Money;
  tax_total: Money;
  total: Money;
}

export function DocumentTotals({ totals, busy = false }: { totals: Totals | null; busy?: boolean }) {
  const { t, format } = useI18n();
  const rows: [string, keyof Totals][] = [
    [t('offer.subtotal'), 'subtotal'],
    [t('offer.discountTotal'), 'discount_total'],
    [t('offer.taxTotal'), 'tax_total'],
    [t('offer.total'), 'total'],
  ];
  return (
    <Table w="auto" ms="auto" withRowBorders={false} aria-busy={busy} data-testid="document-totals">
      <caption className="visually-hidden">{t('offer.totals')}</caption>
      <Table.Tbody>
        {rows.map(([label, key]) => (
          <Table.Tr key={key} data-total={key}>
            <Table.Th scope="row" fw={key === 'total' ? 700 : 500}>
              {label}
            </Table.Th>
            <Table.Td ta="end" fw={key === 'total' ? 700 : 400} miw={140}>
              <bdi>{totals ? format.money(totals[key]) : t('common.none')}</bdi>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
