// The account list: instant search, filters, sort and keyset paging (fast at any depth), and the
// create form.

import { Anchor, Badge, Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import type { Account } from '../../api/types';
import { useMe } from '../../auth/session';
import { initialValues, toPayload } from '../../record/fields';
import { ChoiceFilter, CreateDialog, CreateRecordForm, ListPage, SearchFilter, SortFilter, useFilters, type SortOption } from '../../record/ListPage';
import { RecordTable, type Column } from '../../record/RecordTable';
import { useCursorList } from '../../record/useCursorList';
import { useI18n } from '../../i18n/I18nProvider';
import { CoveringBadge } from '../user/CoveringBadge';
import { userOptions, useUsers } from '../user/users';
import { accountFields, statusOptions } from './accountFields';

const SORTS: SortOption[] = [
  { value: '', label: 'account.sortOptions.oldest' },
  { value: '-created_at', label: 'account.sortOptions.newest' },
  { value: 'name', label: 'account.sortOptions.nameAscending' },
  { value: '-name', label: 'account.sortOptions.nameDescending' },
  { value: 'status', label: 'account.sortOptions.status' },
  { value: 'industry', label: 'account.sortOptions.industry' },
  { value: '-updated_at', label: 'account.sortOptions.recentlyChanged' },
];

const NO_FILTERS = { q: '', owner_id: '', status: '', industry: '', tags: '', sort: '' };

function CreateAccount({ onClose }: { onClose(): void }) {
  const me = useMe();
  const { users } = useUsers();
  const { t } = useI18n();
  const fields = accountFields(t, users, me.role !== 'manager');
  return (
    <CreateRecordForm
      label={t('account.createTitle')}
      fields={fields}
      initial={{ ...initialValues(fields), kind: 'company', status: 'prospect', owner_id: me.id }}
      path="/accounts"
      payload={(values) => toPayload(fields, values)}
      created={t('account.created')}
      href={(id) => `/accounts/${id}`}
      onClose={onClose}
    />
  );
}

export function AccountsPage() {
  const { users, nameOf } = useUsers();
  const { t } = useI18n();
  const { filters, set, query } = useFilters(NO_FILTERS);
  const [creating, setCreating] = useState(false);
  const list = useCursorList<Account>('accounts', query);

  const columns: Column<Account>[] = [
    {
      key: 'name',
      header: t('account.name'),
      width: '30%',
      cell: (account) => (
        <Group gap={6} wrap="nowrap">
          <Anchor component={Link} href={`/accounts/${account.id}`}>
            {account.name}
          </Anchor>
          <CoveringBadge ownerId={account.owner_id} />
        </Group>
      ),
    },
    { key: 'status', header: t('account.status'), width: '12%', cell: (account) => t(`account.statuses.${account.status}`) },
    { key: 'industry', header: t('account.industry'), width: '18%', cell: (account) => account.industry ?? '' },
    { key: 'owner', header: t('account.owner'), width: '18%', cell: (account) => nameOf(account.owner_id) },
    {
      key: 'tags',
      header: t('account.tags'),
      width: '22%',
      cell: (account) => (
        <Group gap={4}>
          {account.tags.map((tag) => (
            <Badge key={tag} size="sm" variant="outline">
              {tag}
            </Badge>
          ))}
        </Group>
      ),
    },
  ];

  return (
    <ListPage
      title={t('account.listTitle')}
      action={<Button onClick={() => setCreating(true)}>{t('account.newAccount')}</Button>}
      filters={
        <>
          <SearchFilter label={t('account.search')} placeholder={t('account.searchPlaceholder')} value={filters.q} onChange={set('q')} w={300} />
          <ChoiceFilter label={t('account.owner')} w={200} value={filters.owner_id} onChange={set('owner_id')} data={[{ value: '', label: t('account.anyOwner') }, ...userOptions(users)]} />
          <ChoiceFilter label={t('account.status')} value={filters.status} onChange={set('status')} data={[{ value: '', label: t('account.anyStatus') }, ...statusOptions(t)]} />
          <TextInput label={t('account.industry')} value={filters.industry} onChange={(event) => set('industry')(event.currentTarget.value)} w={150} />
          <TextInput label={t('account.tag')} value={filters.tags} onChange={(event) => set('tags')(event.currentTarget.value)} w={120} />
          <SortFilter label={t('account.sort')} value={filters.sort} onChange={set('sort')} sorts={SORTS} />
        </>
      }
    >
      <RecordTable caption={t('account.listTitle')} columns={columns} list={list} empty={t('account.empty')} />
      <CreateDialog title={t('account.createTitle')} size="xl" opened={creating} onClose={() => setCreating(false)}>
        <CreateAccount onClose={() => setCreating(false)} />
      </CreateDialog>
    </ListPage>
  );
}
