// The payment terms: search by code or name, a grade filter, sort and keyset paging. Everyone reads them;
// admins are offered a new one.

import { Anchor, Button } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import { useMe } from '../../auth/session';
import { useI18n } from '../../i18n/I18nProvider';
import { ChoiceFilter, CreateDialog, CreateRecordForm, ListPage, SearchFilter, SortFilter, useFilters, type SortOption } from '../../record/ListPage';
import { RecordTable, type Column } from '../../record/RecordTable';
import { useCursorList } from '../../record/useCursorList';
import { GRADES, paymentTermFields, paymentTermPayload, paymentTermValues, showAdjustment, type PaymentTerm } from './paymentTermFields';

const SORTS: SortOption[] = [
  { value: 'days', label: 'paymentTerm.sortOptions.days' },
  { value: 'code', label: 'paymentTerm.sortOptions.code' },
  { value: 'name', label: 'paymentTerm.sortOptions.name' },
];

export function PaymentTermsPage() {
  const me = useMe();
  const i18n = useI18n();
  const { t, format } = i18n;
  const { filters, set, query } = useFilters({ q: '', min_grade: '', sort: 'days' });
  const [creating, setCreating] = useState(false);
  const list = useCursorList<PaymentTerm>('payment_terms', query);

  const columns: Column<PaymentTerm>[] = [
    {
      key: 'name',
      header: t('paymentTerm.name'),
      width: '32%',
      cell: (term) => (
        <Anchor component={Link} href={`/payment-terms/${term.id}`}>
          {term.name}
        </Anchor>
      ),
    },
    { key: 'code', header: t('paymentTerm.code'), width: '16%', cell: (term) => <bdi dir="ltr">{term.code}</bdi> },
    { key: 'days', header: t('paymentTerm.days'), width: '12%', cell: (term) => format.number(term.days) },
    { key: 'adjust', header: t('paymentTerm.adjustPercent'), width: '24%', cell: (term) => showAdjustment(term.adjust_percent, i18n) },
    { key: 'grade', header: t('paymentTerm.minGrade'), width: '16%', cell: (term) => term.min_grade ?? t('paymentTerm.anyGrade') },
  ];

  return (
    <ListPage
      title={t('paymentTerm.listTitle')}
      action={me.role === 'admin' && <Button onClick={() => setCreating(true)}>{t('paymentTerm.newTerm')}</Button>}
      filters={
        <>
          <SearchFilter label={t('paymentTerm.search')} value={filters.q} onChange={set('q')} w={300} />
          <ChoiceFilter
            label={t('paymentTerm.minGrade')}
            value={filters.min_grade}
            onChange={set('min_grade')}
            data={[{ value: '', label: t('paymentTerm.anyGrade') }, ...GRADES]}
          />
          <SortFilter label={t('paymentTerm.sort')} value={filters.sort} onChange={set('sort')} sorts={SORTS} />
        </>
      }
    >
      <RecordTable caption={t('paymentTerm.listTitle')} columns={columns} list={list} empty={t('paymentTerm.empty')} placeholderRows={6} />
      <CreateDialog title={t('paymentTerm.createTitle')} size="lg" opened={creating} onClose={() => setCreating(false)}>
        <CreateRecordForm
          label={t('paymentTerm.createTitle')}
          fields={paymentTermFields(i18n)}
          initial={paymentTermValues()}
          path="/payment_terms"
          payload={(values) => paymentTermPayload(values, i18n)}
          created={t('paymentTerm.created')}
          href={(id) => `/payment-terms/${id}`}
          onClose={() => setCreating(false)}
        />
      </CreateDialog>
    </ListPage>
  );
}
