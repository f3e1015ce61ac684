// An account's contacts on its page (by last name, read whole: a handful per account), and one added in place.

import { api } from '../../api/client';
import type { Contact, Id } from '../../api/types';
import { initialValues, toPayload, type FieldSpec } from '../../record/fields';
import { RecordListSection } from '../../record/RecordSection';
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
  const { t } = useI18n();
  const fields = contactFields(t);
  return (
    <RecordListSection<Contact>
      headingId="contacts-heading"
      title={t('account.contacts')}
      collection="contacts"
      query={{ account_id: accountId, sort: 'last_name' }}
      empty={t('account.noContacts')}
      add={{
        label: t('contact.add'),
        fields,
        initial: initialValues(fields),
        create: (values) => api.post('/contacts', { account_id: accountId, ...toPayload(fields, values) }),
      }}
      columns={[
        { key: 'name', header: t('contact.lastName'), cell: (contact) => [contact.first_name, contact.last_name].filter(Boolean).join(' ') },
        { key: 'title', header: t('contact.title'), cell: (contact) => contact.title },
        {
          key: 'email',
          header: t('contact.email'),
          cell: (contact) =>
            contact.email && (
              <a href={`mailto:${contact.email}`} dir="ltr">
                {contact.email}
              </a>
            ),
        },
        {
          key: 'phone',
          header: t('contact.phone'),
          cell: (contact) =>
            contact.phone && (
              <a href={`tel:${contact.phone}`} dir="ltr">
                {contact.phone}
              </a>
            ),
        },
      ]}
    />
  );
}
