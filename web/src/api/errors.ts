// Turns every failure the UI can meet into a sentence for a person, in their language: the API's error
// shape, a response that is not that shape (a proxy's HTML page), or no response at all. Raw JSON never
// reaches the screen. The API's messages are English; its codes are stable, so other languages get
// the UI's own sentence for the code (and for validation, for the kind of rule the message names).

import type { Translation } from '../i18n/translation';

/** A failed API call, in the API's own terms. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;

  constructor(status: number, code: string, message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

/** A failure the UI found itself, before asking the API, already in the person's language. */
export class LocalError extends ApiError {
  constructor(message: string, field?: string) {
    super(422, 'validation_failed', message, field);
    this.name = 'LocalError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The API's `{"error": {...}}` from a response body, or a generic error for the status. */
export function errorFromBody(status: number, body: unknown): ApiError {
  if (isRecord(body) && isRecord(body.error)) {
    const { code, message, field } = body.error;
    if (typeof code === 'string' && typeof message === 'string') {
      return new ApiError(status, code, message, typeof field === 'string' && field !== '' ? field : undefined);
    }
  }
  return new ApiError(status, 'http_' + status, '');
}

/** The network failed before any answer came. */
export function networkError(): ApiError {
  return new ApiError(0, 'network', '');
}

function sentence(text: string): string {
  return text === '' ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** What describes an error: the language's messages, and whether the server's own (English) words fit. */
export type ErrorLanguage = Pick<Translation, 't' | 'language'>;

/**
 * A rule violation in the UI's words. English keeps the server's sentence (it names the field and the
 * rule); other languages say which kind of rule failed, read from the message's shape, since the API has
 * one code (validation_failed) for them all.
 */
function validationSentence(error: ApiError, i18n: ErrorLanguage, shownNextToField: boolean): string {
  if (i18n.language === 'en') return error.message !== '' ? sentence(error.message) : i18n.t('errors.unexpected');
  if (!shownNextToField && error.field !== undefined) return i18n.t('errors.otherFieldInvalid', { field: error.field });
  if (/ is required\b/.test(error.message)) return i18n.t('errors.fieldRequired');
  if (/e-mail address/.test(error.message)) return i18n.t('errors.fieldEmail');
  return i18n.t('errors.fieldInvalid');
}

/**
 * What to tell a person about `error`: rule violations as described above, the rest by status in the UI's
 * own sentences. `shownNextToField`: the sentence sits under the field the error names.
 */
export function describeError(error: unknown, i18n: ErrorLanguage, shownNextToField = false): string {
  const t = i18n.t;
  if (!(error instanceof ApiError)) return t('errors.unexpected');
  if (error instanceof LocalError) return error.message;
  switch (error.status) {
    case 0:
      return t('errors.network');
    case 401:
      if (error.code === 'invalid_credentials' || error.message !== '') {
        return i18n.language === 'en' && error.message !== '' ? sentence(error.message) : t('errors.wrongCredentials');
      }
      return t('errors.signedOut');
    case 403:
      return t('errors.forbidden');
    case 404:
      return t('errors.notFound');
    case 409:
      return i18n.language === 'en' && error.message !== '' ? sentence(error.message) : t('errors.stateConflict');
    case 412:
      return t('errors.conflict');
    case 413:
      return t('errors.tooLarge');
    case 429:
      return t('errors.tooMany');
    default:
      if (error.status >= 500) return t('errors.server');
      if (error.status === 422 || error.code === 'validation_failed') return validationSentence(error, i18n, shownNextToField);
      if (i18n.language === 'en' && error.message !== '') return sentence(error.message);
      return error.field !== undefined ? t('errors.otherFieldInvalid', { field: error.field }) : t('errors.unexpected');
  }
}

/** Splits an error into the message for a form field and the message for the whole form. */
export interface FormErrors {
  field?: string;
  fieldMessage?: string;
  formMessage?: string;
}

export function formErrors(error: unknown, fields: readonly string[], i18n: ErrorLanguage): FormErrors {
  if (error instanceof ApiError && error.field !== undefined && fields.includes(error.field) && error.status !== 412) {
    return { field: error.field, fieldMessage: describeError(error, i18n, true) };
  }
  return { formMessage: describeError(error, i18n) };
}

/**
 * The API's sentence about a field starts with the field's path ("lines[1].discount_percent must be …",
 * counted from 0). Shown under the field itself, the sentence drops the path ("Must be …").
 */
export function withoutFieldPath(failure: unknown): unknown {
  if (!(failure instanceof ApiError) || failure.field === undefined || !/[.[]/.test(failure.field)) return failure;
  if (!failure.message.startsWith(`${failure.field} `)) return failure;
  return new ApiError(failure.status, failure.code, failure.message.slice(failure.field.length + 1), failure.field);
}
