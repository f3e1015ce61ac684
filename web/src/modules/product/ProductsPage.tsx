// The product catalogue: search, filters, sort and keyset paging like every list. Everyone signed in
// reads it; only admins are offered the create form, since the API refuses anyone else (403).

import { Anchor, Badge, Button } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import { useMe } from '../../auth/session';
import { useI18n } from '../../i18n/I18nProvider';
import { ChoiceFilter, CreateDialog, CreateRecordForm, ListPage, SearchFilter, SortFilter, useFilters, type SortOption } from '../../record/ListPage';
import { RecordTable, type Column } from '../../record/RecordTable';
import { useCursorList } from '../../record/useCursorList';
import { PRODUCT_KINDS, showPercent, type Product } from './catalogue';
import { productFields, productPayload, productValues } from './productFields';

const SORTS: SortOption[] = [
  { value: 'name', label: 'product.sortOptions.name' },
  { value: 'sku', label: 'product.sortOptions.sku' },
  { value: 'price', label: 'product.sortOptions.priceAscending' },
  { value: '-price', label: 'product.sortOptions.priceDescending' },
  { value: '-created_at', label: 'product.sortOptions.newest' },
  { value: '-updated_at', label: 'product.sortOptions.recentlyChanged' },
];

const START = { q: '', kind: '', active: 'true', sort: 'name' };

export function ProductsPage() {
  const me = useMe();
  const i18n = useI18n();
  const { t, format } = i18n;
  const { filters, set, query } = useFilters(START);
  const [creating, setCreating] = useState(false);
  const list = useCursorList<Product>('products', query);

  const columns: Column<Product>[] = [
    {
      key: 'name',
      header: t('product.name'),
      width: '34%',
      cell: (product) => (
        <Anchor component={Link} href={`/products/${product.id}`}>
          {product.name}
        </Anchor>
      ),
    },
    { key: 'sku', header: t('product.sku'), width: '18%', cell: (product) => <bdi dir="ltr">{product.sku}</bdi> },
    { key: 'kind', header: t('product.kind'), width: '10%', cell: (product) => t(`product.kinds.${product.kind}`) },
    { key: 'unit', header: t('product.unit'), width: '8%', cell: (product) => product.unit },
    { key: 'price', header: t('product.price'), width: '16%', cell: (product) => <bdi>{format.money(product.price)}</bdi> },
    { key: 'tax', header: t('product.taxRate'), width: '8%', cell: (product) => <bdi>{showPercent(product.tax_rate, i18n)}</bdi> },
    {
      key: 'active',
      header: t('product.active'),
      width: '10%',
      cell: (product) =>
        product.active ? (
          t('product.activeYes')
        ) : (
          <Badge variant="outline" color="gray.8">
            {t('product.inactive')}
          </Badge>
        ),
    },
  ];

  return (
    <ListPage
      title={t('product.listTitle')}
      action={me.role === 'admin' && <Button onClick={() => setCreating(true)}>{t('product.newProduct')}</Button>}
      filters={
        <>
          <SearchFilter label={t('product.search')} placeholder={t('product.searchPlaceholder')} value={filters.q} onChange={set('q')} w={300} />
          <ChoiceFilter
            label={t('product.kind')}
            value={filters.kind}
            onChange={set('kind')}
            data={[{ value: '', label: t('product.anyKind') }, ...PRODUCT_KINDS.map((kind) => ({ value: kind, label: t(`product.kinds.${kind}`) }))]}
          />
          <ChoiceFilter
            label={t('product.offered')}
            value={filters.active}
            onChange={set('active')}
            data={[
              { value: 'true', label: t('product.onlyActive') },
              { value: 'false', label: t('product.onlyInactive') },
              { value: '', label: t('product.activeOrNot') },
            ]}
          />
          <SortFilter label={t('product.sort')} value={filters.sort} onChange={set('sort')} sorts={SORTS} />
        </>
      }
    >
      <RecordTable caption={t('product.listTitle')} columns={columns} list={list} empty={t('product.empty')} />
      <CreateDialog title={t('product.createTitle')} size="xl" opened={creating} onClose={() => setCreating(false)}>
        <CreateRecordForm
          label={t('product.createTitle')}
          fields={productFields(i18n)}
          initial={productValues()}
          path="/products"
          payload={(values) => productPayload(values, i18n)}
          created={t('product.created')}
          href={(id) => `/products/${id}`}
          onClose={() => setCreating(false)}
        />
      </CreateDialog>
    </ListPage>
  );
}
