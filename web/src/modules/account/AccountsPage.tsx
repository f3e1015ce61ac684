// The account list: instant search, filters, sort and keyset paging (fast at any depth), and the
// create form.

import { Anchor, Badge, Button, Group, Modal, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { api, type Query } from '../../api/client';
import type { Account } from '../../api/types';
import { useMe } from '../../auth/session';
import { useFlash } from '../../app/flash';
import { initialValues, toPayload } from '../../record/fields';
import { RecordForm } from '../../record/RecordForm';
import { RecordTable, type Column } from '../../record/RecordTable';
import { useCursorList } from '../../record/useCursorList';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageId } from '../../i18n/messages';
import { CoveringBadge } from '../user/CoveringBadge';
import { userOptions, useUsers } from '../user/users';
import { accountFields, statusOptions } from './accountFields';

const SORTS: { value: string; label: MessageId }[] = [
  { value: '', label: 'account.sortOptions.oldest' },
  { value: '-created_at', label: 'account.sortOptions.newest' },
  { value: 'name', label: 'account.sortOptions.nameAscending' },
  { value: '-name', label: 'account.sortOptions.nameDescending' },
  { value: 'status', label: 'account.sortOptions.status' },
  { value: 'industry', label: 'account.sortOptions.industry' },
  { value: '-updated_at', label: 'account.sortOptions.recentlyChanged' },
];


interface Filters {
  q: string;
  owner_id: string;
  status: string;
  industry: string;
  tags: string;
  sort: string;
}

const NO_FILTERS: Filters = { q: '', owner_id: '', status: '', industry: '', tags: '', sort: '' };

function toQuery(filters: Filters): Query {
  const query: Query = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value.trim() !== '') query[key] = value.trim();
  }
  return query;
}

function CreateAccount({ onClose }: { onClose(): void }) {
  const me = useMe();
  const { users } = useUsers();
  const { t } = useI18n();
  const flash = useFlash();
  const [, navigate] = useLocation();
  const fields = accountFields(t, users, me.role !== 'manager');
  const initial = { ...initialValues(fields), kind: 'company', status: 'prospect', owner_id: me.id };

  return (
    <RecordForm
      label={t('account.createTitle')}
      fields={fields}
      initial={initial}
      submitLabel={t('common.create')}
      onCancel={onClose}
      onSubmit={async (values) => {
        const created = await api.post<Account>('/accounts', toPayload(fields, values));
        flash.show(t('account.created'));
        navigate(`/accounts/${created.id}`);
      }}
    />
  );
}

export function AccountsPage() {
  const { users, nameOf } = useUsers();
  const { t } = useI18n();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [creating, setCreating] = useState(false);
  // Typing narrows the list as one types, without a request per keystroke.
  const [debounced] = useDebouncedValue(filters, 200);
  const query = useMemo(() => toQuery(debounced), [debounced]);
  const list = useCursorList<Account>('accounts', query);

  const set = (key: keyof Filters) => (value: string) => setFilters((current) => ({ ...current, [key]: value }));

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
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('account.listTitle')}</Title>
        <Button onClick={() => setCreating(true)}>{t('account.newAccount')}</Button>
      </Group>
      <div className="toolbar" role="search">
        <TextInput
          label={t('account.search')}
          placeholder={t('account.searchPlaceholder')}
          type="search"
          value={filters.q}
          onChange={(event) => set('q')(event.currentTarget.value)}
          w={300}
        />
        <NativeSelect
          label={t('account.owner')}
          w={200}
          value={filters.owner_id}
          onChange={(event) => set('owner_id')(event.currentTarget.value)}
          data={[{ value: '', label: t('account.anyOwner') }, ...userOptions(users)]}
        />
        <NativeSelect
          label={t('account.status')}
          value={filters.status}
          onChange={(event) => set('status')(event.currentTarget.value)}
          data={[{ value: '', label: t('account.anyStatus') }, ...statusOptions(t)]}
        />
        <TextInput
          label={t('account.industry')}
          value={filters.industry}
          onChange={(event) => set('industry')(event.currentTarget.value)}
          w={150}
        />
        <TextInput label={t('account.tag')} value={filters.tags} onChange={(event) => set('tags')(event.currentTarget.value)} w={120} />
        <NativeSelect
          label={t('account.sort')}
          value={filters.sort}
          onChange={(event) => set('sort')(event.currentTarget.value)}
          data={SORTS.map((sort) => ({ value: sort.value, label: t(sort.label) }))}
        />
      </div>
      <RecordTable caption={t('account.listTitle')} columns={columns} list={list} empty={t('account.empty')} />
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('account.createTitle')}
        size="xl"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {creating && <CreateAccount onClose={() => setCreating(false)} />}
      </Modal>
    </Stack>
  );
}
