// The payment terms: search by code or name, a grade filter, sort and keyset paging. Everyone reads them;
// admins are offered a new one.

import { Anchor, Button, Group, Modal, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
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
import { GRADES, paymentTermFields, paymentTermPayload, paymentTermValues, showAdjustment, type PaymentTerm } from './paymentTermFields';

const SORTS: { value: string; label: MessageId }[] = [
  { value: 'days', label: 'paymentTerm.sortOptions.days' },
  { value: 'code', label: 'paymentTerm.sortOptions.code' },
  { value: 'name', label: 'paymentTerm.sortOptions.name' },
];

function CreatePaymentTerm({ onClose }: { onClose(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const flash = useFlash();
  const [, navigate] = useLocation();
  return (
    <RecordForm
      label={t('paymentTerm.createTitle')}
      fields={paymentTermFields(i18n)}
      initial={paymentTermValues()}
      submitLabel={t('common.create')}
      onCancel={onClose}
      onSubmit={async (values) => {
        const created = await api.post<PaymentTerm>('/payment_terms', paymentTermPayload(values, i18n));
        flash.show(t('paymentTerm.created'));
        navigate(`/payment-terms/${created.id}`);
      }}
    />
  );
}

export function PaymentTermsPage() {
  const me = useMe();
  const i18n = useI18n();
  const { t, format } = i18n;
  const [filters, setFilters] = useState({ q: '', min_grade: '', sort: 'days' });
  const [creating, setCreating] = useState(false);
  const [debounced] = useDebouncedValue(filters, 200);
  const query = useMemo(() => {
    const built: Query = {};
    for (const [key, value] of Object.entries(debounced)) if (value.trim() !== '') built[key] = value.trim();
    return built;
  }, [debounced]);
  const list = useCursorList<PaymentTerm>('payment_terms', query);
  const set = (key: keyof typeof filters) => (value: string) => setFilters((current) => ({ ...current, [key]: value }));

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
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('paymentTerm.listTitle')}</Title>
        {me.role === 'admin' && <Button onClick={() => setCreating(true)}>{t('paymentTerm.newTerm')}</Button>}
      </Group>
      <div className="toolbar" role="search">
        <TextInput label={t('paymentTerm.search')} type="search" value={filters.q} onChange={(event) => set('q')(event.currentTarget.value)} w={300} />
        <NativeSelect
          label={t('paymentTerm.minGrade')}
          value={filters.min_grade}
          onChange={(event) => set('min_grade')(event.currentTarget.value)}
          data={[{ value: '', label: t('paymentTerm.anyGrade') }, ...GRADES]}
        />
        <NativeSelect
          label={t('paymentTerm.sort')}
          value={filters.sort}
          onChange={(event) => set('sort')(event.currentTarget.value)}
          data={SORTS.map((sort) => ({ value: sort.value, label: t(sort.label) }))}
        />
      </div>
      <RecordTable caption={t('paymentTerm.listTitle')} columns={columns} list={list} empty={t('paymentTerm.empty')} placeholderRows={6} />
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('paymentTerm.createTitle')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {creating && <CreatePaymentTerm onClose={() => setCreating(false)} />}
      </Modal>
    </Stack>
  );
}
