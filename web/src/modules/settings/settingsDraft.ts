// The company's settings (API.md, "Settings") as the settings page holds them — every value as the text of
// its input, list rows with keys of their own — and back as the API's body, read in the admin's language.
// A value that cannot be read fails here, naming the path the API would name ("dunning[1].days_overdue").

import type { components } from '../../api/openapi.gen';
import type { Translation } from '../../i18n/translation';
import { newKey } from '../price_list/priceListDraft';
import { readMoney, readPercent, readWholeNumber, trimZeros } from '../product/catalogue';

export const SERIES = ['offers', 'orders', 'contracts', 'invoices', 'complaints'] as const;
export const LIMITS = ['1', '2', '3', '4', 'head', 'director'] as const;
export const SEVERITIES = ['critical', 'high', 'normal', 'low'] as const;
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const COMPANY = ['name', 'address', 'tax_id', 'bank', 'email', 'phone'] as const;
export const ACTIONS = ['email', 'call', 'letter'] as const;

type Series = (typeof SERIES)[number];
type Limit = (typeof LIMITS)[number];
type Severity = (typeof SEVERITIES)[number];
type Weekday = (typeof WEEKDAYS)[number];
type CompanyField = (typeof COMPANY)[number];
export type DunningAction = (typeof ACTIONS)[number];

/** The settings as read (every member, with the version its ETag names). */
export type Settings = components['schemas']['Settings'];
/** The body of a save: every member, whole. */
export type SettingsBody = Required<components['schemas']['SettingsPatch']>;

export interface DayDraft {
  open: boolean;
  opens: string;
  closes: string;
}

export interface SettingsDraft {
  company: Record<CompanyField, string>;
  numbering: Record<Series, string>;
  limits: Record<Limit, string>;
  sla: Record<Severity, string>;
  time_zone: string;
  days: Record<Weekday, DayDraft>;
  holidays: { key: number; date: string }[];
  dunning: { key: number; level: string; days_overdue: string; action: DunningAction }[];
  loyalty_currency: string;
  loyalty: { key: number; min_revenue: string; percent: string }[];
}

function each<K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, V>;
}

export function settingsDraft(settings: Settings): SettingsDraft {
  return {
    company: each(COMPANY, (key) => settings.company[key] ?? ''),
    numbering: each(SERIES, (key) => settings.numbering[key]),
    limits: each(LIMITS, (key) => trimZeros(settings.manual_discount_limits[key])),
    sla: each(SEVERITIES, (key) => String(settings.complaint_sla_hours[key])),
    time_zone: settings.working_hours.time_zone,
    days: each(WEEKDAYS, (day) => {
      const hours = settings.working_hours.days[day];
      // A day the answer leaves out (or a short one, which the API never writes) is closed.
      return hours && hours.length === 2 ? { open: true, opens: hours[0]!, closes: hours[1]! } : { open: false, opens: '09:00', closes: '17:00' };
    }),
    holidays: settings.holidays.map((date) => ({ key: newKey(), date })),
    dunning: settings.dunning.map((step) => ({ key: newKey(), level: String(step.level), days_overdue: String(step.days_overdue), action: step.action })),
    loyalty_currency: settings.loyalty_tiers[0]?.min_revenue.currency ?? 'EUR',
    loyalty: settings.loyalty_tiers.map((tier) => ({ key: newKey(), min_revenue: tier.min_revenue.amount, percent: trimZeros(tier.percent) })),
  };
}

/** The body of PATCH /settings: every member, whole (the API replaces each member it is sent). */
export function settingsPayload(draft: SettingsDraft, tools: Pick<Translation, 't' | 'format'>): SettingsBody {
  const text = (value: string) => value.trim();
  return {
    company: each(COMPANY, (key) => (text(draft.company[key]) === '' ? null : text(draft.company[key]))),
    numbering: each(SERIES, (key) => text(draft.numbering[key])),
    manual_discount_limits: each(LIMITS, (key) => readPercent(draft.limits[key], `manual_discount_limits.${key}`, tools)),
    complaint_sla_hours: each(SEVERITIES, (key) => readWholeNumber(draft.sla[key], `complaint_sla_hours.${key}`, tools)),
    working_hours: {
      time_zone: text(draft.time_zone),
      days: each(WEEKDAYS, (day) => (draft.days[day].open ? [draft.days[day].opens, draft.days[day].closes] : null)),
    },
    holidays: draft.holidays.map((holiday) => holiday.date),
    dunning: draft.dunning.map((step, index) => ({
      level: readWholeNumber(step.level, `dunning[${index}].level`, tools),
      days_overdue: readWholeNumber(step.days_overdue, `dunning[${index}].days_overdue`, tools),
      action: step.action,
    })),
    loyalty_tiers: draft.loyalty.map((tier, index) => ({
      min_revenue: readMoney(tier.min_revenue, draft.loyalty_currency, `loyalty_tiers[${index}].min_revenue`, tools),
      percent: readPercent(tier.percent, `loyalty_tiers[${index}].percent`, tools),
    })),
  };
}

/** Every path the page shows an input for, so that an error naming one shows under that input. */
export function settingsFields(draft: SettingsDraft): string[] {
  return [
    ...COMPANY.map((key) => `company.${key}`),
    ...SERIES.map((key) => `numbering.${key}`),
    ...LIMITS.map((key) => `manual_discount_limits.${key}`),
    ...SEVERITIES.map((key) => `complaint_sla_hours.${key}`),
    'working_hours.time_zone',
    ...WEEKDAYS.flatMap((day) => [`working_hours.days.${day}`, `working_hours.days.${day}[0]`, `working_hours.days.${day}[1]`]),
    ...draft.holidays.map((_, index) => `holidays[${index}]`),
    ...draft.dunning.flatMap((_, index) => [`dunning[${index}].level`, `dunning[${index}].days_overdue`, `dunning[${index}].action`]),
    ...draft.loyalty.flatMap((_, index) => [`loyalty_tiers[${index}].min_revenue`, `loyalty_tiers[${index}].percent`]),
  ];
}

export const emptyHoliday = () => ({ key: newKey(), date: '' });
export const emptyDunningStep = (level: number) => ({ key: newKey(), level: String(level), days_overdue: '', action: 'email' as DunningAction });
export const emptyLoyaltyTier = () => ({ key: newKey(), min_revenue: '', percent: '' });
