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
import { strings } from '../../strings';
import { CoveringBadge } from '../user/CoveringBadge';
import { userOptions, useUsers } from '../user/users';
import { accountFields, STATUS_OPTIONS } from './accountFields';

const text = strings.account;

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
  const flash = useFlash();
  const [, navigate] = useLocation();
  const fields = accountFields(users, me.role !== 'manager');
  const initial = { ...initialValues(fields), kind: 'company', status: 'prospect', owner_id: me.id };

  return (
    <RecordForm
      label={text.createTitle}
      fields={fields}
      initial={initial}
      submitLabel={strings.common.create}
      onCancel={onClose}
      onSubmit={async (values) => {
        const created = await api.post<Account>('/accounts', toPayload(fields, values));
        flash.show(text.created);
        navigate(`/accounts/${created.id}`);
      }}
    />
  );
}

export function AccountsPage() {
  const { users, nameOf } = useUsers();
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
      header: text.name,
      cell: (account) => (
        <Group gap={6} wrap="nowrap">
          <Anchor component={Link} href={`/accounts/${account.id}`}>
            {account.name}
          </Anchor>
          <CoveringBadge ownerId={account.owner_id} />
        </Group>
      ),
    },
    { key: 'status', header: text.status, cell: (account) => text.statuses[account.status] ?? account.status },
    { key: 'industry', header: text.industry, cell: (account) => account.industry ?? '' },
    { key: 'owner', header: text.owner, cell: (account) => nameOf(account.owner_id) },
    {
      key: 'tags',
      header: text.tags,
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
        <Title order={1}>{text.listTitle}</Title>
        <Button onClick={() => setCreating(true)}>{text.newAccount}</Button>
      </Group>
      <div className="toolbar" role="search">
        <TextInput
          label={text.search}
          placeholder={text.searchPlaceholder}
          type="search"
          value={filters.q}
          onChange={(event) => set('q')(event.currentTarget.value)}
          w={300}
        />
        <NativeSelect
          label={text.owner}
          value={filters.owner_id}
          onChange={(event) => set('owner_id')(event.currentTarget.value)}
          data={[{ value: '', label: text.anyOwner }, ...userOptions(users)]}
        />
        <NativeSelect
          label={text.status}
          value={filters.status}
          onChange={(event) => set('status')(event.currentTarget.value)}
          data={[{ value: '', label: text.anyStatus }, ...STATUS_OPTIONS]}
        />
        <TextInput
          label={text.industry}
          value={filters.industry}
          onChange={(event) => set('industry')(event.currentTarget.value)}
          w={150}
        />
        <TextInput label={text.tag} value={filters.tags} onChange={(event) => set('tags')(event.currentTarget.value)} w={120} />
        <NativeSelect
          label={text.sort}
          value={filters.sort}
          onChange={(event) => set('sort')(event.currentTarget.value)}
          data={Object.entries(text.sortOptions).map(([value, label]) => ({ value, label }))}
        />
      </div>
      <RecordTable caption={text.listTitle} columns={columns} list={list} empty={text.empty} />
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={text.createTitle}
        size="xl"
        closeButtonProps={{ 'aria-label': strings.common.close }}
      >
        {creating && <CreateAccount onClose={() => setCreating(false)} />}
      </Modal>
    </Stack>
  );
}
