// The product form: its fields in the order a person fills them, the record as form text, and the
// form's text as the API's body (money and the tax rate read in the person's language, exactly).

import type { Translation } from '../../i18n/translation';
import type { FieldSpec, FormValues } from '../../record/fields';
import { CURRENCIES, PRODUCT_KINDS, readMoney, readPercent, type Product, type ProductCreate } from './catalogue';

export function productFields({ t }: Pick<Translation, 't'>): FieldSpec[] {
  return [
    { name: 'sku', label: t('product.sku'), kind: 'text', required: true, hint: t('product.skuHint') },
    { name: 'name', label: t('product.name'), kind: 'text', required: true },
    {
      name: 'kind',
      label: t('product.kind'),
      kind: 'select',
      required: true,
      options: PRODUCT_KINDS.map((kind) => ({ value: kind, label: t(`product.kinds.${kind}`) })),
    },
    { name: 'unit', label: t('product.unit'), kind: 'text', required: true, hint: t('product.unitHint') },
    { name: 'price', label: t('product.price'), kind: 'amount', required: true },
    {
      name: 'currency',
      label: t('product.currency'),
      kind: 'select',
      required: true,
      options: CURRENCIES.map((code) => ({ value: code, label: code })),
    },
    { name: 'cost', label: t('product.cost'), kind: 'amount' },
    { name: 'tax_rate', label: t('product.taxRate'), kind: 'amount', hint: t('product.taxRateHint') },
    {
      name: 'active',
      label: t('product.active'),
      kind: 'select',
      required: true,
      options: [
        { value: 'true', label: t('product.activeYes') },
        { value: 'false', label: t('product.activeNo') },
      ],
    },
    { name: 'description', label: t('product.description'), kind: 'textarea' },
  ];
}

/** A product as the form's text (a new one: a good, in euros, offered). */
export function productValues(product?: Product): FormValues {
  if (!product) {
    return { sku: '', name: '', kind: 'good', unit: '', price: '', currency: 'EUR', cost: '', tax_rate: '', active: 'true', description: '' };
  }
  return {
    sku: product.sku,
    name: product.name,
    kind: product.kind,
    unit: product.unit,
    price: product.price.amount,
    currency: product.price.currency,
    cost: product.cost?.amount ?? '',
    tax_rate: product.tax_rate,
    active: String(product.active),
    description: product.description ?? '',
  };
}

/**
 * The body of a create, or of a PATCH (the same fields: the form shows them all). Cost and price share the
 * price's currency, as the API requires; an empty tax rate is 0 %.
 */
export function productPayload(values: FormValues, tools: Pick<Translation, 't' | 'format'>): ProductCreate {
  const text = (name: string) => (values[name] ?? '').trim();
  const currency = text('currency') || 'EUR';
  const kind = PRODUCT_KINDS.find((value) => value === text('kind')) ?? 'good';
  return {
    sku: text('sku'),
    name: text('name'),
    kind,
    unit: text('unit'),
    price: readMoney(text('price'), currency, 'price', tools),
    cost: text('cost') === '' ? null : readMoney(text('cost'), currency, 'cost', tools),
    tax_rate: text('tax_rate') === '' ? '0.00' : readPercent(text('tax_rate'), 'tax_rate', tools),
    active: text('active') !== 'false',
    description: text('description') === '' ? null : text('description'),
  };
}
