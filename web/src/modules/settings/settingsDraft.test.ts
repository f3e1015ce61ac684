import { describe, expect, it } from 'vitest';
import { LocalError } from '../../api/errors';
import { makeTranslation } from '../../i18n/translation';
import { settingsDraft, settingsFields, settingsPayload, type Settings } from './settingsDraft';

const defaults: Settings = {
  version: 1,
  updated_at: null,
  updated_by: null,
  company: { name: 'Stahlhandel Nord', address: '', tax_id: '', bank: '', email: 'info@example.com', phone: '' },
  numbering: { offers: 'OF', orders: 'OR', contracts: 'CT', invoices: 'INV', complaints: 'CMP' },
  manual_discount_limits: { '1': '5.00', '2': '10.00', '3': '15.00', '4': '20.00', head: '25.00', director: '100.00' },
  complaint_sla_hours: { critical: 4, high: 8, normal: 24, low: 72 },
  working_hours: {
    time_zone: 'UTC',
    days: { mon: ['09:00', '17:00'], tue: ['09:00', '17:00'], wed: ['09:00', '17:00'], thu: ['09:00', '17:00'], fri: ['09:00', '17:00'] },
  },
  holidays: ['2026-12-25'],
  dunning: [
    { level: 1, days_overdue: 15, action: 'email' },
    { level: 2, days_overdue: 30, action: 'call' },
  ],
  loyalty_tiers: [{ min_revenue: { amount: '100000.00', currency: 'EUR' }, percent: '2.00' }],
};

describe('the settings draft', () => {
  it('goes back to the settings it came from, every member whole, a closed day as null', () => {
    const { version, updated_at, updated_by, ...members } = defaults;
    void [version, updated_at, updated_by];

    const body = settingsPayload(settingsDraft(defaults), makeTranslation('en'));

    expect(body).toEqual({
      ...members,
      company: { name: 'Stahlhandel Nord', address: null, tax_id: null, bank: null, email: 'info@example.com', phone: null },
      working_hours: { time_zone: 'UTC', days: { ...members.working_hours.days, sat: null, sun: null } },
    });
  });

  it('reads limits and revenue as a Hindi reader types them', () => {
    const draft = settingsDraft(defaults);
    draft.limits['1'] = '7.5';
    draft.loyalty_currency = 'INR';
    draft.loyalty[0]!.min_revenue = '12,34,567';

    const body = settingsPayload(draft, makeTranslation('hi'));

    expect(body.manual_discount_limits['1']).toBe('7.50');
    expect(body.loyalty_tiers[0]!.min_revenue).toEqual({ amount: '1234567.00', currency: 'INR' });
  });

  it('names the path the API would name for a value it cannot read', () => {
    const draft = settingsDraft(defaults);
    draft.dunning[1]!.days_overdue = 'thirty';

    let failure: unknown = null;
    try {
      settingsPayload(draft, makeTranslation('en'));
    } catch (error) {
      failure = error;
    }

    expect(failure).toBeInstanceOf(LocalError);
    expect((failure as LocalError).field).toBe('dunning[1].days_overdue');
    expect(settingsFields(draft)).toContain('dunning[1].days_overdue');
  });
});
