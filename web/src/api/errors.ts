// Turns every failure the UI can meet into a sentence for a person: the API's error shape,
// a response that is not that shape (a proxy's HTML page), or no response at all. Raw JSON never
// reaches the screen.

import { strings } from '../strings';

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

/**
 * What to tell a person about `error`. Rule violations carry the server's own sentence (it names the
 * field and the rule); the rest get a sentence from the strings module chosen by status.
 */
export function describeError(error: unknown): string {
  const messages = strings.errors;
  if (!(error instanceof ApiError)) return messages.unexpected;
  switch (error.status) {
    case 0:
      return messages.network;
    case 401:
      return error.code === 'invalid_credentials' || error.message !== '' ? sentence(error.message) : messages.signedOut;
    case 403:
      return messages.forbidden;
    case 404:
      return messages.notFound;
    case 412:
      return messages.conflict;
    case 413:
      return messages.tooLarge;
    case 429:
      return messages.tooMany;
    default:
      if (error.status >= 500) return messages.server;
      return error.message !== '' ? sentence(error.message) : messages.unexpected;
  }
}

/** Splits an error into the message for a form field and the message for the whole form. */
export interface FormErrors {
  field?: string;
  fieldMessage?: string;
  formMessage?: string;
}

export function formErrors(error: unknown, fields: readonly string[]): FormErrors {
  const message = describeError(error);
  if (error instanceof ApiError && error.field !== undefined && fields.includes(error.field) && error.status !== 412) {
    return { field: error.field, fieldMessage: message };
  }
  return { formMessage: message };
}
