// A price list's order tiers, edited in the page: from a document total of list prices (in the list's
// currency) up, a discount percent. Errors the API names ("order_tiers[0].discount_percent") show on the cell.

import { ActionIcon, Button, Table, TextInput } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';
import { cellName, emptyTier, type TierDraft } from './priceListDraft';

interface Props {
  tiers: TierDraft[];
  currency: string;
  errorOn(field: string): string | undefined;
  onChange(tiers: TierDraft[]): void;
}

export function TiersEditor({ tiers, currency, errorOn, onChange }: Props) {
  const { t } = useI18n();
  const update = (key: number, change: Partial<TierDraft>) =>
    onChange(tiers.map((tier) => (tier.key === key ? { ...tier, ...change } : tier)));

  return (
    <div>
      <div className="table-wrap">
        <Table layout="fixed" data-testid="price-list-tiers">
          <caption className="visually-hidden">{t('priceList.orderTiers')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w="8%">{t('priceList.lineNo')}</Table.Th>
              <Table.Th scope="col" w="42%">{t('priceList.minTotal', { currency })}</Table.Th>
              <Table.Th scope="col" w="40%">{t('priceList.discountPercent')}</Table.Th>
              <Table.Th scope="col" w="10%"><span className="visually-hidden">{t('priceList.removeTier')}</span></Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tiers.map((tier, index) => {
              const number = index + 1;
              return (
                <Table.Tr key={tier.key} data-tier={number}>
                  <Table.Td>{number}</Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('priceList.minTotalOfTier', { tier: number })}
                      inputMode="decimal"
                      dir="ltr"
                      value={tier.min_total}
                      error={errorOn(cellName('order_tiers', index, 'min_total'))}
                      onChange={(event) => update(tier.key, { min_total: event.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('priceList.discountOfTier', { tier: number })}
                      inputMode="decimal"
                      dir="ltr"
                      value={tier.discount_percent}
                      error={errorOn(cellName('order_tiers', index, 'discount_percent'))}
                      onChange={(event) => update(tier.key, { discount_percent: event.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red.8"
                      aria-label={t('priceList.removeTierNo', { tier: number })}
                      onClick={() => onChange(tiers.filter((other) => other.key !== tier.key))}
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
      <Button mt="xs" size="xs" variant="light" onClick={() => onChange([...tiers, emptyTier()])}>
        {t('priceList.addTier')}
      </Button>
    </div>
  );
}
