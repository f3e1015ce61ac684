// The product catalogue: search, filters, sort and keyset paging like every list. Everyone signed in
// reads it; only admins are offered the create form, since the API refuses anyone else (403).

import { Anchor, Badge, Button, Group, Modal, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { api, type Query } from '../../api/client';
import { useFlash } from '../../app/flash';
import { useMe } from '../../auth/session';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageId } from '../../i18n/messages';
import { RecordForm } from '../../record/RecordForm';
import { RecordTable, type Column } from '../../record/RecordTable';
import { useCursorList } from '../../record/useCursorList';
import { PRODUCT_KINDS, showPercent, type Product } from './catalogue';
import { productFields, productPayload, productValues } from './productFields';

const SORTS: { value: string; label: MessageId }[] = [
  { value: 'name', label: 'product.sortOptions.name' },
  { value: 'sku', label: 'product.sortOptions.sku' },
  { value: 'price', label: 'product.sortOptions.priceAscending' },
  { value: '-price', label: 'product.sortOptions.priceDescending' },
  { value: '-created_at', label: 'product.sortOptions.newest' },
  { value: '-updated_at', label: 'product.sortOptions.recentlyChanged' },
];

interface Filters {
  q: string;
  kind: string;
  active: string;
  sort: string;
}

const START: Filters = { q: '', kind: '', active: 'true', sort: 'name' };

function toQuery(filters: Filters): Query {
  const query: Query = {};
  for (const [key, value] of Object.entries(filters)) if (value.trim() !== '') query[key] = value.trim();
  return query;
}

function CreateProduct({ onClose }: { onClose(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const flash = useFlash();
  const [, navigate] = useLocation();
  return (
    <RecordForm
      label={t('product.createTitle')}
      fields={productFields(i18n)}
      initial={productValues()}
      submitLabel={t('common.create')}
      onCancel={onClose}
      onSubmit={async (values) => {
        const created = await api.post<Product>('/products', productPayload(values, i18n));
        flash.show(t('product.created'));
        navigate(`/products/${created.id}`);
      }}
    />
  );
}

export function ProductsPage() {
  const me = useMe();
  const i18n = useI18n();
  const { t, format } = i18n;
  const [filters, setFilters] = useState<Filters>(START);
  const [creating, setCreating] = useState(false);
  const [debounced] = useDebouncedValue(filters, 200);
  const query = useMemo(() => toQuery(debounced), [debounced]);
  const list = useCursorList<Product>('products', query);
  const set = (key: keyof Filters) => (value: string) => setFilters((current) => ({ ...current, [key]: value }));

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
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('product.listTitle')}</Title>
        {me.role === 'admin' && <Button onClick={() => setCreating(true)}>{t('product.newProduct')}</Button>}
      </Group>
      <div className="toolbar" role="search">
        <TextInput
          label={t('product.search')}
          placeholder={t('product.searchPlaceholder')}
          type="search"
          value={filters.q}
          onChange={(event) => set('q')(event.currentTarget.value)}
          w={300}
        />
        <NativeSelect
          label={t('product.kind')}
          value={filters.kind}
          onChange={(event) => set('kind')(event.currentTarget.value)}
          data={[{ value: '', label: t('product.anyKind') }, ...PRODUCT_KINDS.map((kind) => ({ value: kind, label: t(`product.kinds.${kind}`) }))]}
        />
        <NativeSelect
          label={t('product.offered')}
          value={filters.active}
          onChange={(event) => set('active')(event.currentTarget.value)}
          data={[
            { value: 'true', label: t('product.onlyActive') },
            { value: 'false', label: t('product.onlyInactive') },
            { value: '', label: t('product.activeOrNot') },
          ]}
        />
        <NativeSelect
          label={t('product.sort')}
          value={filters.sort}
          onChange={(event) => set('sort')(event.currentTarget.value)}
          data={SORTS.map((sort) => ({ value: sort.value, label: t(sort.label) }))}
        />
      </div>
      <RecordTable caption={t('product.listTitle')} columns={columns} list={list} empty={t('product.empty')} />
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('product.createTitle')}
        size="xl"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {creating && <CreateProduct onClose={() => setCreating(false)} />}
      </Modal>
    </Stack>
  );
}
