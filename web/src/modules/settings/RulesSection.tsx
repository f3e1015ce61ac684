// The rules that act on money owed and earned: the dunning levels (how many days overdue an invoice is due
// for a reminder, and which) and the loyalty tiers (revenue over the last 12 months → a discount).

import { ActionIcon, Button, Group, NativeSelect, Table, TextInput } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';
import { CURRENCIES } from '../product/catalogue';
import { Section, type SectionProps } from './SettingsSections';
import { ACTIONS, emptyDunningStep, emptyLoyaltyTier, type DunningAction } from './settingsDraft';

export function DunningSection({ draft, change, errorOn }: SectionProps) {
  const { t } = useI18n();
  type Step = (typeof draft.dunning)[number];
  const setStep = (key: number, update: Partial<Step>) =>
    change((current) => ({ ...current, dunning: current.dunning.map((step) => (step.key === key ? { ...step, ...update } : step)) }));
  return (
    <Section id="settings-dunning" title={t('settings.dunning')} hint={t('settings.dunningHint')}>
      <div className="table-wrap">
        <Table layout="fixed" maw={720}>
          <caption className="visually-hidden">{t('settings.dunning')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('settings.level')}</Table.Th>
              <Table.Th scope="col">{t('settings.daysOverdue')}</Table.Th>
              <Table.Th scope="col">{t('settings.action')}</Table.Th>
              <Table.Th scope="col" w="10%">
                <span className="visually-hidden">{t('settings.remove')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {draft.dunning.map((step, index) => (
              <Table.Tr key={step.key}>
                <Table.Td>
                  <TextInput aria-label={t('settings.levelOfStep', { number: index + 1 })} inputMode="numeric" dir="ltr" value={step.level} error={errorOn(`dunning[${index}].level`)} onChange={(e) => setStep(step.key, { level: e.currentTarget.value })} />
                </Table.Td>
                <Table.Td>
                  <TextInput aria-label={t('settings.daysOverdueOfStep', { number: index + 1 })} inputMode="numeric" dir="ltr" value={step.days_overdue} error={errorOn(`dunning[${index}].days_overdue`)} onChange={(e) => setStep(step.key, { days_overdue: e.currentTarget.value })} />
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    aria-label={t('settings.actionOfStep', { number: index + 1 })}
                    value={step.action}
                    error={errorOn(`dunning[${index}].action`)}
                    data={ACTIONS.map((action) => ({ value: action, label: t(`settings.actions.${action}`) }))}
                    onChange={(e) => setStep(step.key, { action: e.currentTarget.value as DunningAction })}
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon variant="subtle" color="red.8" aria-label={t('settings.removeStepNo', { number: index + 1 })} onClick={() => change((current) => ({ ...current, dunning: current.dunning.filter((other) => other.key !== step.key) }))}>
                    <span aria-hidden="true">×</span>
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      <Group mt="xs">
        <Button size="xs" variant="light" onClick={() => change((current) => ({ ...current, dunning: [...current.dunning, emptyDunningStep(current.dunning.length + 1)] }))}>
          {t('settings.addStep')}
        </Button>
      </Group>
    </Section>
  );
}

export function LoyaltySection({ draft, change, errorOn }: SectionProps) {
  const { t } = useI18n();
  type Tier = (typeof draft.loyalty)[number];
  const setTier = (key: number, update: Partial<Tier>) =>
    change((current) => ({ ...current, loyalty: current.loyalty.map((tier) => (tier.key === key ? { ...tier, ...update } : tier)) }));
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
      <div className="table-wrap">
        <Table layout="fixed" maw={640}>
          <caption className="visually-hidden">{t('settings.loyaltyTiers')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('settings.minRevenue', { currency: draft.loyalty_currency })}</Table.Th>
              <Table.Th scope="col">{t('settings.loyaltyPercent')}</Table.Th>
              <Table.Th scope="col" w="12%">
                <span className="visually-hidden">{t('settings.remove')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {draft.loyalty.map((tier, index) => (
              <Table.Tr key={tier.key}>
                <Table.Td>
                  <TextInput aria-label={t('settings.minRevenueOfTier', { number: index + 1 })} inputMode="decimal" dir="ltr" value={tier.min_revenue} error={errorOn(`loyalty_tiers[${index}].min_revenue`)} onChange={(e) => setTier(tier.key, { min_revenue: e.currentTarget.value })} />
                </Table.Td>
                <Table.Td>
                  <TextInput aria-label={t('settings.percentOfTier', { number: index + 1 })} inputMode="decimal" dir="ltr" value={tier.percent} error={errorOn(`loyalty_tiers[${index}].percent`)} onChange={(e) => setTier(tier.key, { percent: e.currentTarget.value })} />
                </Table.Td>
                <Table.Td>
                  <ActionIcon variant="subtle" color="red.8" aria-label={t('settings.removeTierNo', { number: index + 1 })} onClick={() => change((current) => ({ ...current, loyalty: current.loyalty.filter((other) => other.key !== tier.key) }))}>
                    <span aria-hidden="true">×</span>
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      <Group mt="xs">
        <Button size="xs" variant="light" onClick={() => change((current) => ({ ...current, loyalty: [...current.loyalty, emptyLoyaltyTier()] }))}>
          {t('settings.addLoyaltyTier')}
        </Button>
      </Group>
    </Section>
  );
}

