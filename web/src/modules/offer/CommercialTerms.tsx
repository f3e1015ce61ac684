// The currency and the payment terms of a draft offer or order: empty means the server's default (the
// price list's currency, the account's terms), which the price engine then applies.

import { NativeSelect } from '@mantine/core';
import type { Contact } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import type { PaymentTerm } from '../payment_term/paymentTermFields';
import { CURRENCIES } from '../product/catalogue';

interface Props {
  draft: { currency: string; payment_terms: string };
  terms: readonly PaymentTerm[];
  errorOn(field: string): string | undefined;
  onChange(change: { currency?: string; payment_terms?: string }): void;
}

export function CommercialTerms({ draft, terms, errorOn, onChange }: Props) {
  const { t } = useI18n();
  return (
    <>
      <NativeSelect
        label={t('offer.currency')}
        name="currency"
        value={draft.currency}
        error={errorOn('currency')}
        data={[{ value: '', label: t('offer.currencyByPriceList') }, ...CURRENCIES]}
        onChange={(event) => onChange({ currency: event.currentTarget.value })}
      />
      <NativeSelect
        label={t('offer.paymentTerms')}
        name="payment_terms"
        value={draft.payment_terms}
        error={errorOn('payment_terms')}
        data={[{ value: '', label: t('offer.termsOfAccount') }, ...terms.map((term) => ({ value: term.code, label: term.name }))]}
        onChange={(event) => onChange({ payment_terms: event.currentTarget.value })}
      />
    </>
  );
}

/** An optional text field as the API takes it: empty is null. */
export const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

export function contactName(contact: Pick<Contact, 'first_name' | 'last_name'>): string {
  return [contact.first_name, contact.last_name].filter(Boolean).join(' ');
}
