// The account's own fields: read, or edited in place with a clear conflict message.

import { Button, Card, Group, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Account } from '../../api/types';
import { useMe } from '../../auth/session';
import { useFlash } from '../../app/flash';
import { initialValues, toPayload, type FieldSpec } from '../../record/fields';
import { RecordForm } from '../../record/RecordForm';
import type { RecordState } from '../../record/useRecord';
import { useI18n } from '../../i18n/I18nProvider';
import type { Translate } from '../../i18n/messages';
import { useUsers } from '../user/users';
import { accountFields } from './accountFields';
import { forgetAccountName } from './accountNames';

function shown(account: Account, field: FieldSpec, nameOf: (id: string) => string, t: Translate): string {
  const value = account[field.name as keyof Account];
  if (field.name === 'owner_id') return nameOf(account.owner_id);
  if (field.name === 'status') return t(`account.statuses.${account.status}`);
  if (field.name === 'kind') return t(`account.kinds.${account.kind}`);
  if (Array.isArray(value)) return value.join(', ');
  return value === null || value === undefined || value === '' ? t('common.none') : String(value);
}

export function AccountDetails({ state }: { state: RecordState<Account> }) {
  const me = useMe();
  const { users, nameOf } = useUsers();
  const flash = useFlash();
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const account = state.record;
  if (!account) return null;
  const fields = accountFields(t, users, me.role !== 'manager');
  const readFields = fields.some((field) => field.name === 'owner_id')
    ? fields
    : [...fields.slice(0, 3), { name: 'owner_id', label: t('account.owner'), kind: 'text' } as FieldSpec, ...fields.slice(3)];
  const initial = initialValues(fields, account as unknown as Record<string, unknown>);

  return (
    <Card withBorder component="section" aria-labelledby="details-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="details-heading">
          {t('account.details')}
        </Title>
        {!editing && (
          <Button size="xs" variant="light" onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
        )}
      </Group>
      {editing ? (
        <RecordForm
          key={account.version}
          label={t('account.details')}
          fields={fields}
          initial={initial}
          submitLabel={t('common.save')}
          onCancel={() => setEditing(false)}
          onReload={() => {
            setEditing(false);
            state.reload();
          }}
          onSubmit={async (values) => {
            const changes = toPayload(fields, values, initial);
            if (Object.keys(changes).length > 0) {
              await state.save(changes);
              forgetAccountName(account.id);
              flash.show(t('account.saved'));
            }
            setEditing(false);
          }}
        />
      ) : (
        <dl className="field-grid details-list">
          {readFields.map((field) => (
            <div key={field.name}>
              <Text component="dt" size="xs" c="dimmed">
                {field.label}
              </Text>
              <Text component="dd" size="sm" m={0} data-field={field.name}>
                {shown(account, field, nameOf, t)}
              </Text>
            </div>
          ))}
        </dl>
      )}
    </Card>
  );
}
