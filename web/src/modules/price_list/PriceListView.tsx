// A price list as everyone reads it: its validity and priority, each line's product and rule, and the
// order tiers. Money and percentages in the reader's language, exactly.

import { Card, Table, Text, Title } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';
import { showPercent, showQuantity } from '../product/catalogue';
import { productLabel, useProductsById } from '../product/useProducts';
import type { PriceList } from './priceListDraft';

const ONE_LINE = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;

export function PriceListView({ list }: { list: PriceList }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const products = useProductsById(list.lines.map((line) => line.product_id));
  const facts = [
    { name: 'currency', label: t('priceList.currency'), value: list.currency },
    { name: 'valid_from', label: t('priceList.validFrom'), value: list.valid_from ? format.date(list.valid_from) : t('priceList.always') },
    { name: 'valid_to', label: t('priceList.validTo'), value: list.valid_to ? format.date(list.valid_to) : t('priceList.openEnded') },
    { name: 'priority', label: t('priceList.priority'), value: format.number(list.priority) },
  ];

  return (
    <>
      <Card withBorder component="section" aria-labelledby="price-list-fields">
        <Title order={2} size="h4" id="price-list-fields" mb="sm">
          {t('priceList.details')}
        </Title>
        <dl className="field-grid details-list">
          {facts.map((fact) => (
            <div key={fact.name}>
              <Text component="dt" size="xs" c="dimmed">
                {fact.label}
              </Text>
              <Text component="dd" size="sm" m={0} data-field={fact.name}>
                {fact.value}
              </Text>
            </div>
          ))}
        </dl>
      </Card>
      <Card withBorder component="section" aria-labelledby="price-list-lines">
        <Title order={2} size="h4" id="price-list-lines" mb="sm">
          {t('priceList.lines')}
        </Title>
        {list.lines.length === 0 ? (
          <Text>{t('priceList.noLines')}</Text>
        ) : (
          <div className="table-wrap">
            {/* Fixed columns and one-line cells: the product names, which arrive after the list, shift nothing. */}
            <Table layout="fixed" data-testid="price-list-lines">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w="8%">
                    {t('priceList.lineNo')}
                  </Table.Th>
                  <Table.Th scope="col" w="50%">
                    {t('priceList.product')}
                  </Table.Th>
                  <Table.Th scope="col" w="15%">
                    {t('priceList.minQuantity')}
                  </Table.Th>
                  <Table.Th scope="col" w="27%">
                    {t('priceList.rule')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.lines.map((line, index) => {
                  const product = products.get(line.product_id);
                  return (
                    <Table.Tr key={line.line_no ?? index}>
                      <Table.Td>{line.line_no ?? index + 1}</Table.Td>
                      <Table.Th scope="row" fw={500} style={ONE_LINE} title={product ? productLabel(product) : undefined}>
                        {product ? productLabel(product) : t('common.pending')}
                      </Table.Th>
                      <Table.Td>
                        <bdi>{showQuantity(line.min_quantity, i18n)}</bdi>
                      </Table.Td>
                      <Table.Td>
                        <bdi>
                          {line.price
                            ? format.money(line.price)
                            : t('priceList.discountOff', { percent: showPercent(line.discount_percent, i18n) })}
                        </bdi>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </div>
        )}
      </Card>
      <Card withBorder component="section" aria-labelledby="price-list-tiers">
        <Title order={2} size="h4" id="price-list-tiers" mb="sm">
          {t('priceList.orderTiers')}
        </Title>
        {list.order_tiers.length === 0 ? (
          <Text>{t('priceList.noTiers')}</Text>
        ) : (
          <ul data-testid="price-list-tiers">
            {list.order_tiers.map((tier, index) => (
              <li key={tier.line_no ?? index}>
                {t('priceList.tierSentence', { total: format.money(tier.min_total), percent: showPercent(tier.discount_percent, i18n) })}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
