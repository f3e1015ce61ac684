import { Alert, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import { describeError } from '../../api/errors';
import type { Contact, Id } from '../../api/types';
import { initialValues, toPayload, type FieldSpec } from '../../record/fields';
import { RecordForm } from '../../record/RecordForm';
import { useI18n } from '../../i18n/I18nProvider';
import type { Translate } from '../../i18n/messages';

function contactFields(t: Translate): FieldSpec[] {
  return [
  { name: 'first_name', label: t('contact.firstName'), kind: 'text' },
  { name: 'last_name', label: t('contact.lastName'), kind: 'text', required: true },
  { name: 'title', label: t('contact.title'), kind: 'text' },
  { name: 'email', label: t('contact.email'), kind: 'email' },
  { name: 'phone', label: t('contact.phone'), kind: 'tel' },
  ];
}

export function ContactsSection({ accountId }: { accountId: Id }) {
  const i18n = useI18n();
  const { t } = i18n;
  const FIELDS = contactFields(t);
  const [contacts, setContacts] = useState<Contact[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [adding, setAdding] = useState(false);

  const load = useCallback(() => {
    api.listAll<Contact>('contacts', { account_id: accountId, sort: 'last_name' }).then(setContacts, setError);
  }, [accountId]);
  useEffect(load, [load]);

  return (
    <Card withBorder component="section" aria-labelledby="contacts-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="contacts-heading">
          {t('account.contacts')}
        </Title>
        {!adding && (
          <Button size="xs" variant="light" onClick={() => setAdding(true)}>
            {t('contact.add')}
          </Button>
        )}
      </Group>
      {error !== null && <Alert color="red">{describeError(error, i18n)}</Alert>}
      {adding && (
        <RecordForm
          label={t('contact.add')}
          fields={FIELDS}
          initial={initialValues(FIELDS)}
          submitLabel={t('common.create')}
          onCancel={() => setAdding(false)}
          onSubmit={async (values) => {
            await api.post('/contacts', { account_id: accountId, ...toPayload(FIELDS, values) });
            setAdding(false);
            load();
          }}
        />
      )}
      {contacts.length === 0 ? (
        <Text c="dimmed">{t('account.noContacts')}</Text>
      ) : (
        <div className="table-wrap">
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('contact.lastName')}</Table.Th>
                <Table.Th scope="col">{t('contact.title')}</Table.Th>
                <Table.Th scope="col">{t('contact.email')}</Table.Th>
                <Table.Th scope="col">{t('contact.phone')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {contacts.map((contact) => (
                <Table.Tr key={contact.id}>
                  <Table.Th scope="row" fw={500}>
                    {[contact.first_name, contact.last_name].filter(Boolean).join(' ')}
                  </Table.Th>
                  <Table.Td>{contact.title}</Table.Td>
                  <Table.Td>
                    {contact.email && (
                      <a href={`mailto:${contact.email}`} dir="ltr">
                        {contact.email}
                      </a>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {contact.phone && (
                      <a href={`tel:${contact.phone}`} dir="ltr">
                        {contact.phone}
                      </a>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </Card>
  );
}
