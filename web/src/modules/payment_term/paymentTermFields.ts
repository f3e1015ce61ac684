// Payment terms (API.md, "Products and prices"): the form's fields, the record as form text, the form's
// text as the API's body, and how an adjustment reads (a negative one is a discount for paying early).

import type { components } from '../../api/openapi.gen';
import type { Translation } from '../../i18n/translation';
import type { FieldSpec, FormValues } from '../../record/fields';
import { readPercent, readWholeNumber, showPercent, trimZeros } from '../product/catalogue';

type Schemas = components['schemas'];
export type PaymentTerm = Schemas['PaymentTerm'];
export type PaymentTermBody = Schemas['PaymentTermCreate'];
/** A client's solvency grade, A the best. */
export type Grade = NonNullable<PaymentTerm['min_grade']>;
export const GRADES: readonly Grade[] = ['A', 'B', 'C', 'D'];

export function paymentTermFields({ t }: Pick<Translation, 't'>): FieldSpec[] {
  return [
    { name: 'code', label: t('paymentTerm.code'), kind: 'text', required: true, hint: t('paymentTerm.codeHint') },
    { name: 'name', label: t('paymentTerm.name'), kind: 'text', required: true },
    { name: 'days', label: t('paymentTerm.days'), kind: 'amount', hint: t('paymentTerm.daysHint') },
    { name: 'adjust_percent', label: t('paymentTerm.adjustPercent'), kind: 'amount', hint: t('paymentTerm.adjustHint') },
    {
      name: 'min_grade',
      label: t('paymentTerm.minGrade'),
      kind: 'select',
      hint: t('paymentTerm.minGradeHint'),
      options: GRADES.map((grade) => ({ value: grade, label: grade })),
    },
  ];
}

export function paymentTermValues(term?: PaymentTerm): FormValues {
  if (!term) return { code: '', name: '', days: '0', adjust_percent: '0', min_grade: '' };
  return {
    code: term.code,
    name: term.name,
    days: String(term.days),
    adjust_percent: trimZeros(term.adjust_percent),
    min_grade: term.min_grade ?? '',
  };
}

export function paymentTermPayload(values: FormValues, tools: Pick<Translation, 't' | 'format'>): PaymentTermBody {
  const text = (name: string) => (values[name] ?? '').trim();
  return {
    code: text('code'),
    name: text('name'),
    days: text('days') === '' ? 0 : readWholeNumber(text('days'), 'days', tools),
    adjust_percent: text('adjust_percent') === '' ? '0.00' : readPercent(text('adjust_percent'), 'adjust_percent', tools),
    min_grade: GRADES.find((grade) => grade === text('min_grade')) ?? null,
  };
}

/** "2% discount", "1.5% surcharge" or "none": the sign of the adjustment in words. */
export function showAdjustment(percent: string, tools: Pick<Translation, 't' | 'format'>): string {
  const trimmed = trimZeros(percent);
  if (trimmed === '0' || trimmed === '-0' || trimmed === '') return tools.t('paymentTerm.noAdjustment');
  if (trimmed.startsWith('-')) return tools.t('paymentTerm.discountOf', { percent: showPercent(trimmed.slice(1), tools) });
  return tools.t('paymentTerm.surchargeOf', { percent: showPercent(trimmed, tools) });
}
