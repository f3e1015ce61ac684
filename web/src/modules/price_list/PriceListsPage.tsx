// The price lists: search by name, a currency filter, sort and keyset paging. Everyone reads them;
// admins are offered a new one (the API refuses anyone else).

import { Anchor, Button } from '@mantine/core';
import { Link } from 'wouter';
import { useMe } from '../../auth/session';
import { useI18n } from '../../i18n/I18nProvider';
import { ChoiceFilter, ListPage, SearchFilter, SortFilter, useFilters, type SortOption } from '../../record/ListPage';
import { RecordTable, type Column } from '../../record/RecordTable';
import { useCursorList } from '../../record/useCursorList';
import { CURRENCIES } from '../product/catalogue';
import type { PriceList } from './priceListDraft';

const SORTS: SortOption[] = [
  { value: 'priority', label: 'priceList.sortOptions.priority' },
  { value: 'name', label: 'priceList.sortOptions.name' },
  { value: '-valid_from', label: 'priceList.sortOptions.latestStart' },
  { value: '-updated_at', label: 'priceList.sortOptions.recentlyChanged' },
];

export function PriceListsPage() {
  const me = useMe();
  const { t, format } = useI18n();
  const { filters, set, query } = useFilters({ q: '', currency: '', sort: 'priority' });
  const list = useCursorList<PriceList>('price_lists', query);

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
    <ListPage
      title={t('priceList.listTitle')}
      action={
        me.role === 'admin' && (
          <Button component={Link} href="/price-lists/new">
            {t('priceList.newPriceList')}
          </Button>
        )
      }
      filters={
        <>
          <SearchFilter label={t('priceList.search')} value={filters.q} onChange={set('q')} w={300} />
          <ChoiceFilter
            label={t('priceList.currency')}
            value={filters.currency}
            onChange={set('currency')}
            data={[{ value: '', label: t('priceList.anyCurrency') }, ...CURRENCIES]}
          />
          <SortFilter label={t('priceList.sort')} value={filters.sort} onChange={set('sort')} sorts={SORTS} />
        </>
      }
    >
      <RecordTable caption={t('priceList.listTitle')} columns={columns} list={list} empty={t('priceList.empty')} placeholderRows={8} />
    </ListPage>
  );
}
