// One product: its fields for everyone; for admins the form that edits them and the archive, which keeps
// the product for old documents and takes it out of lists.

import { Badge } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';
import type { Translation } from '../../i18n/translation';
import { showPercent, type Product } from './catalogue';
import { CatalogueRecordPage, type Fact } from './CatalogueRecordPage';
import { productFields, productPayload, productValues } from './productFields';
import { forgetProduct } from './useProducts';

function facts(product: Product, i18n: Translation): Fact[] {
  const { t, format } = i18n;
  return [
    { name: 'sku', label: t('product.sku'), value: product.sku, ltr: true },
    { name: 'kind', label: t('product.kind'), value: t(`product.kinds.${product.kind}`) },
    { name: 'unit', label: t('product.unit'), value: product.unit },
    { name: 'price', label: t('product.price'), value: format.money(product.price) },
    { name: 'cost', label: t('product.cost'), value: product.cost ? format.money(product.cost) : t('common.none') },
    { name: 'tax_rate', label: t('product.taxRate'), value: showPercent(product.tax_rate, i18n) },
    { name: 'active', label: t('product.active'), value: product.active ? t('product.activeYes') : t('product.activeNo') },
    { name: 'description', label: t('product.description'), value: product.description ?? t('common.none') },
  ];
}

export function ProductPage({ id }: { id: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <CatalogueRecordPage<Product>
      kind="product"
      collection="products"
      id={id}
      listHref="/products"
      badges={(product) =>
        !product.active && (
          <Badge variant="outline" color="gray.8">
            {t('product.inactive')}
          </Badge>
        )
      }
      facts={(product) => facts(product, i18n)}
      onArchived={(product) => forgetProduct(product.id)}
      form={{
        fields: productFields(i18n),
        values: productValues,
        payload: (values) => ({ ...productPayload(values, i18n) }),
        onSaved: (product) => forgetProduct(product.id),
      }}
    />
  );
}
