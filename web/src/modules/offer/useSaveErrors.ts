// A document form's save: runs it, and keeps its refusal either on the field or line cell the API names
// (described for that cell) or above the form, with whether it was a stale version (412: offer a reload).

import { useState } from 'react';
import { ApiError, formErrors } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { describeLineError } from './lineErrors';

export interface SaveErrors {
  busy: boolean;
  /** The refusal for the whole form, if it named no field the form shows. */
  formError: { message: string; stale: boolean } | null;
  errorOn(field: string): string | undefined;
  run(fields: readonly string[], save: () => Promise<void>): Promise<void>;
}

export function useSaveErrors(): SaveErrors {
  const i18n = useI18n();
  const [error, setError] = useState<{ field?: string; message: string; stale: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(fields: readonly string[], save: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await save();
    } catch (failure) {
      const { field, formMessage } = formErrors(failure, fields, i18n);
      const stale = failure instanceof ApiError && failure.status === 412;
      setError(field !== undefined ? { field, message: describeLineError(failure, i18n), stale } : { message: formMessage ?? '', stale });
    } finally {
      setBusy(false);
    }
  }

  return {
    busy,
    formError: error && error.field === undefined ? error : null,
    errorOn: (field) => (error?.field === field ? error.message : undefined),
    run,
  };
}
