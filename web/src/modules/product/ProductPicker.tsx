// Choosing a product by typing: the server searches (GET /products?q=, offered products only) as the person
// types, a few at a time; the chosen product stays named while the search moves on.

import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { api } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import type { Product } from './catalogue';
import { productLabel, rememberProduct } from './useProducts';

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

export function ProductPicker({ label, value, chosen, error, onChange, hideLabel }: Props) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [found, setFound] = useState<Product[]>([]);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!open) return;
    // The search box shows the chosen product's label when not typing: that is not a query.
    const q = chosen && debounced === productLabel(chosen) ? '' : debounced.trim();
    const controller = new AbortController();
    api
      .list<Product>('products', { q: q === '' ? undefined : q, active: 'true', sort: 'name', limit: 20 }, controller.signal)
      .then((page) => {
        page.items.forEach(rememberProduct);
        setFound(page.items);
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [debounced, open, chosen]);

  const products = useMemo(() => {
    const all = new Map(found.map((product) => [product.id, product]));
    if (chosen) all.set(chosen.id, chosen);
    return all;
  }, [found, chosen]);
  const data = [...products.values()].map((product) => ({ value: product.id, label: productLabel(product) }));
  if (value !== '' && !products.has(value)) data.push({ value, label: t('common.pending') });

  return (
    <Select
      label={label}
      aria-label={hideLabel ? label : undefined}
      labelProps={hideLabel ? { className: 'visually-hidden' } : undefined}
      searchable
      data={data}
      value={value === '' ? null : value}
      // The server has filtered already; the picker shows what it answered.
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      onDropdownOpen={() => setOpen(true)}
      onDropdownClose={() => setOpen(false)}
      onChange={(id) => onChange(id === null ? null : (products.get(id) ?? null))}
      nothingFoundMessage={t('product.noneFound')}
      placeholder={t('product.pickerPlaceholder')}
      error={error}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
      miw={220}
    />
  );
}
