import { describe, expect, it } from 'vitest';
import { ApiError, LocalError } from '../api/errors';
import { makeTranslation } from '../i18n/translation';
import { refusalOf } from './useFormSave';

const en = makeTranslation('en');

describe('refusalOf', () => {
  it('puts a refusal naming one of the form’s fields under that field, without the path the cell makes redundant', () => {
    const failure = new ApiError(422, 'validation_failed', 'lines[1].price must not be negative', 'lines[1].price');

    expect(refusalOf(failure, ['name', 'lines[1].price'], en)).toEqual({ field: 'lines[1].price', message: 'Must not be negative', stale: false });
  });

  it('puts a refusal naming a field the form does not show above the form, path and all', () => {
    const failure = new ApiError(422, 'validation_failed', 'lines[7].price must not be negative', 'lines[7].price');

    expect(refusalOf(failure, ['name'], en)).toEqual({ message: 'Lines[7].price must not be negative', stale: false });
  });

  it('marks a save over a newer version as stale, above the form even when it names a field', () => {
    const refusal = refusalOf(new ApiError(412, 'precondition_failed', 'version mismatch', 'name'), ['name'], en);

    expect(refusal.field).toBeUndefined();
    expect(refusal.stale).toBe(true);
    expect(refusal.message).toBe(en.t('errors.conflict'));
  });

  it('describes a field’s refusal the form’s own way when it has one', () => {
    const refusal = refusalOf(new LocalError('Type an amount', 'price'), ['price'], en, () => 'said by the form');

    expect(refusal).toEqual({ field: 'price', message: 'said by the form', stale: false });
  });
});
