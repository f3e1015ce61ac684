// Why a line costs what it costs, as the price engine explains it: the list value (list price × quantity),
// then each rule in the order it applied — what it is, its name, the percent it took (a surcharge shows as
// a negative discount) and what it did to the whole line (−: taken off, +: added) — and the net that is left. Amounts, percents and
// names of codes read left to right even in Hebrew.

import { Table, Text } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';
import { multiplyMoney, negate } from './totals';
import type { PricedLine } from './commerce';
import { showPercent, showQuantity } from '../product/catalogue';

export function PriceExplanation({ line, lineNo }: { line: PricedLine; lineNo: number }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const listValue = line.list_price ? multiplyMoney(line.list_price, line.quantity) : null;
  return (
    <Table withRowBorders={false} verticalSpacing={2} fz="sm" data-testid={`explanation-${lineNo}`}>
      <caption className="visually-hidden">{t('offer.explanationOf', { line: lineNo })}</caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('offer.rule')}</Table.Th>
          <Table.Th scope="col">{t('offer.ruleName')}</Table.Th>
          <Table.Th scope="col">{t('offer.rulePercent')}</Table.Th>
          <Table.Th scope="col">{t('offer.ruleAmount')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        <Table.Tr>
          <Table.Th scope="row" fw={400}>
            {t('offer.listValue')}
          </Table.Th>
          <Table.Td>
            {line.list_price && (
              <bdi>
                {showQuantity(line.quantity, i18n)} × {format.money(line.list_price)}
              </bdi>
            )}
          </Table.Td>
          <Table.Td />
          <Table.Td>{listValue && <bdi>{format.money(listValue)}</bdi>}</Table.Td>
        </Table.Tr>
        {(line.pricing ?? []).map((rule, index) => (
          <Table.Tr key={index} data-rule={rule.kind}>
            <Table.Th scope="row" fw={400}>
              {t(`offer.rules.${rule.kind}`)}
            </Table.Th>
            <Table.Td>{rule.name}</Table.Td>
            <Table.Td>
              <bdi>{showPercent(rule.percent, i18n)}</bdi>
            </Table.Td>
            <Table.Td>
              <bdi>{format.money(negate(rule.amount))}</bdi>
            </Table.Td>
          </Table.Tr>
        ))}
        {(line.pricing ?? []).length === 0 && (
          <Table.Tr>
            <Table.Td colSpan={4}>
              <Text size="sm">{t('offer.noRules')}</Text>
            </Table.Td>
          </Table.Tr>
        )}
        <Table.Tr>
          <Table.Th scope="row">{t('offer.net')}</Table.Th>
          <Table.Td />
          <Table.Td />
          <Table.Td fw={600}>{line.net && <bdi>{format.money(line.net)}</bdi>}</Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}
