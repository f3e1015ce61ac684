// A promotion as its form holds it, and as the API's body: a discount off every line of a product (or of
// any product, when it names none) from a quantity up, in force from starts_on to ends_on. Promotions do not
// stack: the price engine takes the best one for a line.

import type { components } from '../../api/openapi.gen';
import type { Translation } from '../../i18n/translation';
import type { FormValues } from '../../record/fields';
import { readPercent, readQuantity, trimZeros } from '../product/catalogue';

type Schemas = components['schemas'];
export type Promotion = Schemas['Promotion'];
export type PromotionBody = Schemas['PromotionCreate'];

export const PROMOTION_FIELDS = ['name', 'starts_on', 'ends_on', 'min_quantity', 'discount_percent'] as const;

export function promotionValues(promotion?: Promotion): FormValues {
  if (!promotion) return { name: '', starts_on: '', ends_on: '', min_quantity: '1', discount_percent: '' };
  return {
    name: promotion.name,
    starts_on: promotion.starts_on,
    ends_on: promotion.ends_on,
    min_quantity: trimZeros(promotion.min_quantity),
    discount_percent: trimZeros(promotion.discount_percent),
  };
}

export function promotionPayload(values: FormValues, productIds: readonly string[], tools: Pick<Translation, 't' | 'format'>): PromotionBody {
  const text = (name: string) => (values[name] ?? '').trim();
  return {
    name: text('name'),
    starts_on: text('starts_on'),
    ends_on: text('ends_on'),
    product_ids: [...productIds],
    min_quantity: readQuantity(text('min_quantity') === '' ? '1' : text('min_quantity'), 'min_quantity', tools),
    discount_percent: readPercent(text('discount_percent'), 'discount_percent', tools),
  };
}

/** Every field name the form can show an error on: its fields, and each product it names. */
export function promotionErrorFields(productIds: readonly string[]): string[] {
  return [...PROMOTION_FIELDS, 'product_ids', ...productIds.map((_, index) => `product_ids[${index}]`)];
}
