import { describe, expect, it } from 'vitest';
import { makeTranslation } from '../i18n/translation';
import { ApiError, describeError, errorFromBody, formErrors, LocalError, networkError } from './errors';

const en = makeTranslation('en');
const he = makeTranslation('he', {
  ...en.intl.messages,
  'errors.fieldRequired': 'שדה חובה.',
  'errors.fieldEmail': 'כתובת דוא״ל.',
  'errors.fieldInvalid': 'ערך לא תקין.',
  'errors.otherFieldInvalid': 'הערך של {field} לא תקין.',
  'errors.stateConflict': 'לא אפשרי.',
} as typeof en.intl.messages as never);

describe('errorFromBody', () => {
  it('reads the API error shape', () => {
    const error = errorFromBody(422, { error: { code: 'validation_failed', message: 'name is required', field: 'name' } });

    expect(error).toMatchObject({ status: 422, code: 'validation_failed', message: 'name is required', field: 'name' });
  });

  it('falls back to a status-only error for bodies of any other shape', () => {
    expect(errorFromBody(502, '<html>Bad gateway</html>')).toMatchObject({ status: 502, code: 'http_502', message: '' });
    expect(errorFromBody(400, { error: 'oops' }).field).toBeUndefined();
  });
});

describe('describeError', () => {
  it('shows rule violations in the server’s words, as a sentence', () => {
    expect(describeError(new ApiError(422, 'validation_failed', 'email is not an e-mail address', 'email'), en)).toBe(
      'Email is not an e-mail address',
    );
    expect(describeError(new ApiError(409, 'conflict', 'a deal is won only from proposal or negotiation'), en)).toBe(
      'A deal is won only from proposal or negotiation',
    );
  });

  it('explains a stale edit instead of repeating the code', () => {
    expect(describeError(new ApiError(412, 'version_mismatch', 'version 3 is stale'), en)).toBe(en.t('errors.conflict'));
  });

  it('never shows JSON or internals for transport and server failures', () => {
    expect(describeError(networkError(), en)).toBe(en.t('errors.network'));
    expect(describeError(new ApiError(500, 'internal', 'request 42 failed'), en)).toBe(en.t('errors.server'));
    expect(describeError(new TypeError('x is undefined'), en)).toBe(en.t('errors.unexpected'));
    expect(describeError(errorFromBody(400, '{"weird": true}'), en)).toBe(en.t('errors.unexpected'));
  });
});

describe('formErrors', () => {
  it('puts a message next to a field the form shows', () => {
    const error = new ApiError(422, 'validation_failed', 'name is required', 'name');

    expect(formErrors(error, ['name', 'email'], en)).toEqual({ field: 'name', fieldMessage: 'Name is required' });
  });

  it('puts it above the form when the field is not on the form', () => {
    const error = new ApiError(422, 'validation_failed', 'owner_id is not a user', 'owner_id');

    expect(formErrors(error, ['name'], en)).toEqual({ formMessage: 'Owner_id is not a user' });
  });
});

describe('errors in other languages', () => {
  it('gives the UI’s own sentence for a rule the server states in English', () => {
    const required = new ApiError(422, 'validation_failed', 'name is required', 'name');
    const email = new ApiError(422, 'validation_failed', 'email must be an e-mail address', 'email');
    const other = new ApiError(422, 'validation_failed', 'level must be 1, 2, 3 or 4', 'level');

    expect(formErrors(required, ['name'], he)).toEqual({ field: 'name', fieldMessage: 'שדה חובה.' });
    expect(formErrors(email, ['email'], he)).toEqual({ field: 'email', fieldMessage: 'כתובת דוא״ל.' });
    expect(formErrors(other, ['level'], he)).toEqual({ field: 'level', fieldMessage: 'ערך לא תקין.' });
    expect(formErrors(other, ['name'], he)).toEqual({ formMessage: 'הערך של level לא תקין.' });
    expect(describeError(new ApiError(409, 'conflict', 'a deal is won only from proposal or negotiation'), he)).toBe('לא אפשרי.');
  });

  it('passes a sentence the UI wrote itself through as it is', () => {
    expect(describeError(new LocalError('סכום לא תקין', 'amount'), he)).toBe('סכום לא תקין');
  });
});
