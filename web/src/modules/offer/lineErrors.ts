// A refusal shown under the field or line cell it names, in the person's language. The API's sentence starts
// with the cell's path, which the cell itself makes redundant; a manual discount over the limit is said with
// the limit the API names ("… above the limit of 5.00 % for a level 1 manager").

import { ApiError, describeError, withoutFieldPath } from '../../api/errors';
import type { Translation } from '../../i18n/translation';
import { showPercent } from '../product/catalogue';

const OVER_LIMIT = /above the limit of (-?\d+(?:\.\d+)?) %/;

export function describeLineError(error: unknown, i18n: Pick<Translation, 't' | 'language' | 'format'>): string {
  if (error instanceof ApiError && error.status === 422) {
    const limit = OVER_LIMIT.exec(error.message)?.[1];
    if (limit !== undefined) return i18n.t('offer.overLimit', { limit: showPercent(limit, i18n) });
  }
  return describeError(withoutFieldPath(error), i18n, true);
}
