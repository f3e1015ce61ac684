// Choosing a product by typing: the server searches (GET /products?q=, offered products only) as the person
// types, a few at a time; the chosen product stays named while the search moves on.

import { useI18n } from '../../i18n/I18nProvider';
import { RecordPicker } from '../../record/RecordPicker';
import type { Product } from './catalogue';
import { productLabel, rememberProduct } from './useProducts';

const OFFERED_BY_NAME = { active: 'true', sort: 'name' };

interface Props {
  label: string;
  value: string;
  /** The chosen product, when known, so that it is named before any search. */
  chosen: Product | undefined;
  error?: string | undefined;
  onChange(product: Product | null): void;
  /** Hide the label visually (in a table, the column header names the cell). */
  hideLabel?: boolean;
}

/**
 * A line's product, in the line's cell: the column header names it for the eye, `label` ("Product of
 * line 2") for screen readers; `products` names the chosen one before any search.
 */
export function LineProductPicker(props: { label: string; productId: string; products: Map<string, Product>; error: string | undefined; onChange(id: string): void }) {
  return (
    <ProductPicker
      hideLabel
      label={props.label}
      value={props.productId}
      chosen={props.products.get(props.productId)}
      error={props.error}
      onChange={(product) => props.onChange(product?.id ?? '')}
    />
  );
}

export function ProductPicker({ label, value, chosen, error, onChange, hideLabel }: Props) {
  const { t } = useI18n();
  return (
    <RecordPicker<Product>
      collection="products"
      query={OFFERED_BY_NAME}
      labelOf={productLabel}
      value={value}
      chosen={chosen}
      onChange={onChange}
      onFound={(products) => products.forEach(rememberProduct)}
      select={{
        label,
        'aria-label': hideLabel ? label : undefined,
        labelProps: hideLabel ? { className: 'visually-hidden' } : undefined,
        nothingFoundMessage: t('product.noneFound'),
        placeholder: t('product.pickerPlaceholder'),
        error,
        allowDeselect: false,
        miw: 220,
      }}
    />
  );
}
