// A form's save: runs it, and keeps its refusal either on the field (or line cell) the API names, described
// for that place, or above the form, with whether it met a newer version (412: offer a reload).

import { useState } from 'react';
import { ApiError, describeError, formErrors, withoutFieldPath } from '../api/errors';
import { useI18n } from '../i18n/I18nProvider';
import type { Translation } from '../i18n/translation';

export interface FormSave {
  busy: boolean;
  /** The refusal for the whole form, if it named no field the form shows. */
  formError: { message: string; stale: boolean } | null;
  errorOn(field: string): string | undefined;
  /** Saves; a failure naming one of `fields` goes to that field, any other above the form. */
  run(fields: readonly string[], save: () => Promise<void>): Promise<void>;
}

/** How a refusal reads under the field it names. */
export type DescribeField = (failure: unknown, i18n: Translation) => string;

const underField: DescribeField = (failure, i18n) => describeError(withoutFieldPath(failure), i18n, true);

export interface Refusal {
  /** The field (one of the form's) the message shows under; none: above the form. */
  field?: string;
  message: string;
  /** Someone else saved a newer version (412): a reload is worth offering. */
  stale: boolean;
}

/** Where and how a failed save of a form showing `fields` is told. */
export function refusalOf(failure: unknown, fields: readonly string[], i18n: Translation, describeField: DescribeField = underField): Refusal {
  const { field, formMessage } = formErrors(failure, fields, i18n);
  const stale = failure instanceof ApiError && failure.status === 412;
  return field !== undefined ? { field, message: describeField(failure, i18n), stale } : { message: formMessage ?? '', stale };
}

export function useFormSave(describeField: DescribeField = underField): FormSave {
  const i18n = useI18n();
  const [error, setError] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(fields: readonly string[], save: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await save();
    } catch (failure) {
      setError(refusalOf(failure, fields, i18n, describeField));
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
