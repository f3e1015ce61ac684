// A price list's order tiers, edited in the page: from a document total of list prices (in the list's
// currency) up, a discount percent. Errors the API names ("order_tiers[0].discount_percent") show on the cell.

import { Table } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';
import { EditableLines, FigureCell } from '../../record/LinesTable';
import { cellName, emptyTier, type TierDraft } from './priceListDraft';

interface Props {
  tiers: TierDraft[];
  currency: string;
  errorOn(field: string): string | undefined;
  onChange(tiers: TierDraft[]): void;
}

export function TiersEditor({ tiers, currency, errorOn, onChange }: Props) {
  const { t } = useI18n();
  return (
    <EditableLines
      caption={t('priceList.orderTiers')}
      testId="price-list-tiers"
      columns={[
        { key: 'no', header: t('priceList.lineNo'), width: '8%' },
        { key: 'min_total', header: t('priceList.minTotal', { currency }), width: '42%' },
        { key: 'discount', header: t('priceList.discountPercent'), width: '40%' },
      ]}
      remove={{ header: t('priceList.removeTier'), width: '10%', label: (tier) => t('priceList.removeTierNo', { tier }) }}
      add={{ label: t('priceList.addTier'), line: emptyTier }}
      lines={tiers}
      onChange={onChange}
      rowData={(number) => ({ 'data-tier': number })}
      cells={(tier, index, update) => (
        <>
          <Table.Td>{index + 1}</Table.Td>
          <FigureCell
            label={t('priceList.minTotalOfTier', { tier: index + 1 })}
            value={tier.min_total}
            error={errorOn(cellName('order_tiers', index, 'min_total'))}
            onChange={(min_total) => update({ min_total })}
          />
          <FigureCell
            label={t('priceList.discountOfTier', { tier: index + 1 })}
            value={tier.discount_percent}
            error={errorOn(cellName('order_tiers', index, 'discount_percent'))}
            onChange={(discount_percent) => update({ discount_percent })}
          />
        </>
      )}
    />
  );
}
