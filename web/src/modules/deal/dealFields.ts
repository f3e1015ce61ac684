import { ApiError } from '../../api/errors';
import { OPEN_STAGES, type DealCreate } from '../../api/types';
import { normaliseAmountInput } from '../../lib/money';
import type { FieldSpec, FormValues } from '../../record/fields';
import { strings } from '../../strings';

const text = strings.deal;
export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'PLN', 'JPY'];
const DECIMALS: Record<string, number> = { JPY: 0 };

export const DEAL_FIELDS: FieldSpec[] = [
  { name: 'title', label: text.title, kind: 'text', required: true },
  { name: 'amount', label: text.amount, kind: 'text', required: true },
  { name: 'currency', label: text.currency, kind: 'select', required: true, options: CURRENCIES.map((c) => ({ value: c, label: c })) },
  {
    name: 'stage',
    label: text.stage,
    kind: 'select',
    required: true,
    options: OPEN_STAGES.map((stage) => ({ value: stage, label: text.stages[stage] ?? stage })),
  },
  { name: 'expected_close', label: text.expectedClose, kind: 'date' },
];

/** The API payload of a new deal; an amount that is not a decimal fails here, next to its field. */
export function newDealPayload(accountId: string, values: FormValues): DealCreate {
  const currency = values.currency ?? 'EUR';
  const amount = normaliseAmountInput(values.amount ?? '', DECIMALS[currency] ?? 2);
  if (amount === null) throw new ApiError(422, 'validation_failed', strings.errors.invalidAmount, 'amount');
  const payload: DealCreate = { account_id: accountId, title: (values.title ?? '').trim(), amount: { amount, currency } };
  // The select offers the open stages only; anything else is left to the API's default (new).
  const stage = OPEN_STAGES.find((open) => open === values.stage);
  if (stage) payload.stage = stage;
  if (values.expected_close) payload.expected_close = values.expected_close;
  return payload;
}
