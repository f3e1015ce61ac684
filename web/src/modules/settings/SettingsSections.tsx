// The settings page's simple sections: the company's details as documents print them, the number prefixes
// per series, the manual discount limits per seniority and the complaint answer times per severity.

import { Card, Text, TextInput, Textarea, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { COMPANY, LIMITS, SERIES, SEVERITIES, type SettingsDraft } from './settingsDraft';

export interface SectionProps {
  draft: SettingsDraft;
  change(update: (draft: SettingsDraft) => SettingsDraft): void;
  errorOn(path: string): string | undefined;
}

export function Section({ id, title, hint, children }: { id: string; title: string; hint?: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb={hint ? 2 : 'sm'}>
        {title}
      </Title>
      {hint && (
        <Text size="sm" mb="sm">
          {hint}
        </Text>
      )}
      {children}
    </Card>
  );
}

export function CompanySection({ draft, change, errorOn }: SectionProps) {
  const { t } = useI18n();
  return (
    <Section id="settings-company" title={t('settings.company')} hint={t('settings.companyHint')}>
      <div className="field-grid">
        {COMPANY.map((key) => {
          const common = {
            key,
            label: t(`settings.companyFields.${key}`),
            name: `company.${key}`,
            value: draft.company[key],
            error: errorOn(`company.${key}`),
          };
          const set = (value: string) => change((current) => ({ ...current, company: { ...current.company, [key]: value } }));
          if (key === 'address' || key === 'bank') return <Textarea {...common} autosize minRows={2} onChange={(e) => set(e.currentTarget.value)} />;
          const ltr = key === 'email' || key === 'phone' || key === 'tax_id';
          return <TextInput {...common} dir={ltr ? 'ltr' : undefined} type={key === 'email' ? 'email' : 'text'} onChange={(e) => set(e.currentTarget.value)} />;
        })}
      </div>
    </Section>
  );
}

export function NumberingSection({ draft, change, errorOn }: SectionProps) {
  const { t } = useI18n();
  return (
    <Section id="settings-numbering" title={t('settings.numbering')} hint={t('settings.numberingHint')}>
      <div className="field-grid">
        {SERIES.map((series) => (
          <TextInput
            key={series}
            label={t(`settings.series.${series}`)}
            name={`numbering.${series}`}
            dir="ltr"
            value={draft.numbering[series]}
            error={errorOn(`numbering.${series}`)}
            onChange={(e) => {
              const value = e.currentTarget.value;
              change((current) => ({ ...current, numbering: { ...current.numbering, [series]: value } }));
            }}
          />
        ))}
      </div>
    </Section>
  );
}

export function LimitsSection({ draft, change, errorOn }: SectionProps) {
  const { t } = useI18n();
  return (
    <Section id="settings-limits" title={t('settings.discountLimits')} hint={t('settings.discountLimitsHint')}>
      <div className="field-grid">
        {LIMITS.map((limit) => (
          <TextInput
            key={limit}
            label={limit === 'head' || limit === 'director' ? t(`roles.${limit}`) : t('settings.managerLevel', { level: limit })}
            name={`manual_discount_limits.${limit}`}
            inputMode="decimal"
            dir="ltr"
            rightSection={<span aria-hidden="true">%</span>}
            value={draft.limits[limit]}
            error={errorOn(`manual_discount_limits.${limit}`)}
            onChange={(e) => {
              const value = e.currentTarget.value;
              change((current) => ({ ...current, limits: { ...current.limits, [limit]: value } }));
            }}
          />
        ))}
      </div>
    </Section>
  );
}

export function SlaSection({ draft, change, errorOn }: SectionProps) {
  const { t } = useI18n();
  return (
    <Section id="settings-sla" title={t('settings.complaintSla')} hint={t('settings.complaintSlaHint')}>
      <div className="field-grid">
        {SEVERITIES.map((severity) => (
          <TextInput
            key={severity}
            label={t(`settings.severities.${severity}`)}
            name={`complaint_sla_hours.${severity}`}
            inputMode="numeric"
            dir="ltr"
            value={draft.sla[severity]}
            error={errorOn(`complaint_sla_hours.${severity}`)}
            onChange={(e) => {
              const value = e.currentTarget.value;
              change((current) => ({ ...current, sla: { ...current.sla, [severity]: value } }));
            }}
          />
        ))}
      </div>
    </Section>
  );
}
