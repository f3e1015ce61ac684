import { LocalError } from '../../api/errors';
import { OPEN_STAGES, type DealCreate } from '../../api/types';
import type { Translation } from '../../i18n/translation';
import type { FieldSpec, FormValues } from '../../record/fields';

export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'PLN', 'JPY', 'INR', 'ILS', 'PHP', 'RUB'];
const DECIMALS: Record<string, number> = { JPY: 0 };

export function dealFields({ t }: Pick<Translation, 't'>): FieldSpec[] {
  return [
    { name: 'title', label: t('deal.title'), kind: 'text', required: true },
    { name: 'amount', label: t('deal.amount'), kind: 'amount', required: true },
    { name: 'currency', label: t('deal.currency'), kind: 'select', required: true, options: CURRENCIES.map((c) => ({ value: c, label: c })) },
    {
      name: 'stage',
      label: t('deal.stage'),
      kind: 'select',
      required: true,
      options: OPEN_STAGES.map((stage) => ({ value: stage, label: t(`deal.stages.${stage}`) })),
    },
    { name: 'expected_close', label: t('deal.expectedClose'), kind: 'date' },
  ];
}

/**
 * The API payload of a new deal. The amount is read as the person writes numbers in their language
 * ("12,34,567.50" in Hindi) and sent as the API's decimal; one that cannot be read fails here, next to its field.
 */
export function newDealPayload(
  accountId: string,
  values: FormValues,
  { t, format }: Pick<Translation, 't' | 'format'>,
): DealCreate {
  const currency = values.currency ?? 'EUR';
  const decimals = DECIMALS[currency] ?? 2;
  const amount = format.amountInput(values.amount ?? '', decimals);
  if (amount === null) {
    throw new LocalError(t('errors.invalidAmount', { example: format.decimal('1250', decimals) }), 'amount');
  }
  const payload: DealCreate = { account_id: accountId, title: (values.title ?? '').trim(), amount: { amount, currency } };
  // The select offers the open stages only; anything else is left to the API's default (new).
  const stage = OPEN_STAGES.find((open) => open === values.stage);
  if (stage) payload.stage = stage;
  if (values.expected_close) payload.expected_close = values.expected_close;
  return payload;
}
