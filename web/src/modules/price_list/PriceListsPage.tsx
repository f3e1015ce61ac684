// The price lists: search by name, a currency filter, sort and keyset paging. Everyone reads them;
// admins are offered a new one (the API refuses anyone else).

import { Anchor, Button, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import type { Query } from '../../api/client';
import { useMe } from '../../auth/session';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageId } from '../../i18n/messages';
import { RecordTable, type Column } from '../../record/RecordTable';
import { useCursorList } from '../../record/useCursorList';
import { CURRENCIES } from '../product/catalogue';
import type { PriceList } from './priceListDraft';

const SORTS: { value: string; label: MessageId }[] = [
  { value: 'priority', label: 'priceList.sortOptions.priority' },
  { value: 'name', label: 'priceList.sortOptions.name' },
  { value: '-valid_from', label: 'priceList.sortOptions.latestStart' },
  { value: '-updated_at', label: 'priceList.sortOptions.recentlyChanged' },
];

interface Filters {
  q: string;
  currency: string;
  sort: string;
}

export function PriceListsPage() {
  const me = useMe();
  const { t, format } = useI18n();
  const [filters, setFilters] = useState<Filters>({ q: '', currency: '', sort: 'priority' });
  const [debounced] = useDebouncedValue(filters, 200);
  const query = useMemo(() => {
    const built: Query = {};
    for (const [key, value] of Object.entries(debounced)) if (value.trim() !== '') built[key] = value.trim();
    return built;
  }, [debounced]);
  const list = useCursorList<PriceList>('price_lists', query);
  const set = (key: keyof Filters) => (value: string) => setFilters((current) => ({ ...current, [key]: value }));

  const columns: Column<PriceList>[] = [
    {
      key: 'name',
      header: t('priceList.name'),
      width: '34%',
      cell: (priceList) => (
        <Anchor component={Link} href={`/price-lists/${priceList.id}`}>
          {priceList.name}
        </Anchor>
      ),
    },
    { key: 'currency', header: t('priceList.currency'), width: '10%', cell: (priceList) => priceList.currency },
    {
      key: 'valid_from',
      header: t('priceList.validFrom'),
      width: '15%',
      cell: (priceList) => (priceList.valid_from ? format.date(priceList.valid_from) : t('priceList.always')),
    },
    {
      key: 'valid_to',
      header: t('priceList.validTo'),
      width: '15%',
      cell: (priceList) => (priceList.valid_to ? format.date(priceList.valid_to) : t('priceList.openEnded')),
    },
    { key: 'priority', header: t('priceList.priority'), width: '10%', cell: (priceList) => format.number(priceList.priority) },
    {
      key: 'lines',
      header: t('priceList.lines'),
      width: '16%',
      cell: (priceList) => t('priceList.lineCount', { count: priceList.lines.length }),
    },
  ];

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('priceList.listTitle')}</Title>
        {me.role === 'admin' && (
          <Button component={Link} href="/price-lists/new">
            {t('priceList.newPriceList')}
          </Button>
        )}
      </Group>
      <div className="toolbar" role="search">
        <TextInput
          label={t('priceList.search')}
          type="search"
          value={filters.q}
          onChange={(event) => set('q')(event.currentTarget.value)}
          w={300}
        />
        <NativeSelect
          label={t('priceList.currency')}
          value={filters.currency}
          onChange={(event) => set('currency')(event.currentTarget.value)}
          data={[{ value: '', label: t('priceList.anyCurrency') }, ...CURRENCIES]}
        />
        <NativeSelect
          label={t('priceList.sort')}
          value={filters.sort}
          onChange={(event) => set('sort')(event.currentTarget.value)}
          data={SORTS.map((sort) => ({ value: sort.value, label: t(sort.label) }))}
        />
      </div>
      <RecordTable caption={t('priceList.listTitle')} columns={columns} list={list} empty={t('priceList.empty')} placeholderRows={8} />
    </Stack>
  );
}
