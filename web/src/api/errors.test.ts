import { describe, expect, it } from 'vitest';
import { strings } from '../strings';
import { ApiError, describeError, errorFromBody, formErrors, networkError } from './errors';

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
    expect(describeError(new ApiError(422, 'validation_failed', 'email is not an e-mail address', 'email'))).toBe(
      'Email is not an e-mail address',
    );
    expect(describeError(new ApiError(409, 'conflict', 'a deal is won only from proposal or negotiation'))).toBe(
      'A deal is won only from proposal or negotiation',
    );
  });

  it('explains a stale edit instead of repeating the code', () => {
    expect(describeError(new ApiError(412, 'version_mismatch', 'version 3 is stale'))).toBe(strings.errors.conflict);
  });

  it('never shows JSON or internals for transport and server failures', () => {
    expect(describeError(networkError())).toBe(strings.errors.network);
    expect(describeError(new ApiError(500, 'internal', 'request 42 failed'))).toBe(strings.errors.server);
    expect(describeError(new TypeError('x is undefined'))).toBe(strings.errors.unexpected);
    expect(describeError(errorFromBody(400, '{"weird": true}'))).toBe(strings.errors.unexpected);
  });
});

describe('formErrors', () => {
  it('puts a message next to a field the form shows', () => {
    const error = new ApiError(422, 'validation_failed', 'name is required', 'name');

    expect(formErrors(error, ['name', 'email'])).toEqual({ field: 'name', fieldMessage: 'Name is required' });
  });

  it('puts it above the form when the field is not on the form', () => {
    const error = new ApiError(422, 'validation_failed', 'owner_id is not a user', 'owner_id');

    expect(formErrors(error, ['name'])).toEqual({ formMessage: 'Owner_id is not a user' });
  });
});
