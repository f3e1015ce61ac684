// The rules that act on money owed and earned: the dunning levels (how many days overdue an invoice is due
// for a reminder, and which) and the loyalty tiers (revenue over the last 12 months → a discount).

import { NativeSelect, Table } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';
import { EditableLines, FigureCell } from '../../record/LinesTable';
import { CURRENCIES } from '../product/catalogue';
import { Section, type SectionProps } from './SettingsSections';
import { ACTIONS, emptyDunningStep, emptyLoyaltyTier, type DunningAction } from './settingsDraft';

export function DunningSection({ draft, change, errorOn }: SectionProps) {
  const { t } = useI18n();
  return (
    <Section id="settings-dunning" title={t('settings.dunning')} hint={t('settings.dunningHint')}>
      <EditableLines
        caption={t('settings.dunning')}
        maw={720}
        columns={[
          { key: 'level', header: t('settings.level') },
          { key: 'days_overdue', header: t('settings.daysOverdue') },
          { key: 'action', header: t('settings.action') },
        ]}
        remove={{ header: t('settings.remove'), width: '10%', label: (number) => t('settings.removeStepNo', { number }) }}
        add={{ label: t('settings.addStep'), line: (steps) => emptyDunningStep(steps.length + 1) }}
        lines={draft.dunning}
        onChange={(dunning) => change((current) => ({ ...current, dunning }))}
        cells={(step, index, update) => (
          <>
            <FigureCell
              whole
              label={t('settings.levelOfStep', { number: index + 1 })}
              value={step.level}
              error={errorOn(`dunning[${index}].level`)}
              onChange={(level) => update({ level })}
            />
            <FigureCell
              whole
              label={t('settings.daysOverdueOfStep', { number: index + 1 })}
              value={step.days_overdue}
              error={errorOn(`dunning[${index}].days_overdue`)}
              onChange={(days_overdue) => update({ days_overdue })}
            />
            <Table.Td>
              <NativeSelect
                aria-label={t('settings.actionOfStep', { number: index + 1 })}
                value={step.action}
                error={errorOn(`dunning[${index}].action`)}
                data={ACTIONS.map((action) => ({ value: action, label: t(`settings.actions.${action}`) }))}
                onChange={(event) => update({ action: event.currentTarget.value as DunningAction })}
              />
            </Table.Td>
          </>
        )}
      />
    </Section>
  );
}

export function LoyaltySection({ draft, change, errorOn }: SectionProps) {
  const { t } = useI18n();
  return (
    <Section id="settings-loyalty" title={t('settings.loyaltyTiers')} hint={t('settings.loyaltyTiersHint')}>
      <NativeSelect
        label={t('settings.loyaltyCurrency')}
        w={200}
        mb="sm"
        value={draft.loyalty_currency}
        data={CURRENCIES}
        onChange={(e) => {
          const value = e.currentTarget.value;
          change((current) => ({ ...current, loyalty_currency: value }));
        }}
      />
      <EditableLines
        caption={t('settings.loyaltyTiers')}
        maw={640}
        columns={[
          { key: 'min_revenue', header: t('settings.minRevenue', { currency: draft.loyalty_currency }) },
          { key: 'percent', header: t('settings.loyaltyPercent') },
        ]}
        remove={{ header: t('settings.remove'), width: '12%', label: (number) => t('settings.removeTierNo', { number }) }}
        add={{ label: t('settings.addLoyaltyTier'), line: emptyLoyaltyTier }}
        lines={draft.loyalty}
        onChange={(loyalty) => change((current) => ({ ...current, loyalty }))}
        cells={(tier, index, update) => (
          <>
            <FigureCell
              label={t('settings.minRevenueOfTier', { number: index + 1 })}
              value={tier.min_revenue}
              error={errorOn(`loyalty_tiers[${index}].min_revenue`)}
              onChange={(min_revenue) => update({ min_revenue })}
            />
            <FigureCell
              label={t('settings.percentOfTier', { number: index + 1 })}
              value={tier.percent}
              error={errorOn(`loyalty_tiers[${index}].percent`)}
              onChange={(percent) => update({ percent })}
            />
          </>
        )}
      />
    </Section>
  );
}
