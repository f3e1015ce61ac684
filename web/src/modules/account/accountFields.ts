import type { AccountKind, AccountStatus, User } from '../../api/types';
import type { Translate } from '../../i18n/messages';
import type { FieldSpec, Option } from '../../record/fields';
import { userOptions } from '../user/users';

const STATUSES: AccountStatus[] = ['prospect', 'active', 'inactive', 'lost'];
const KINDS: AccountKind[] = ['company', 'person'];

export function statusOptions(t: Translate): Option[] {
  return STATUSES.map((value) => ({ value, label: t(`account.statuses.${value}`) }));
}

/** The account fields a person edits, in the order a form shows them. */
export function accountFields(t: Translate, users: readonly User[], withOwner: boolean): FieldSpec[] {
  const kinds = KINDS.map((value) => ({ value, label: t(`account.kinds.${value}`) }));
  const fields: FieldSpec[] = [
    { name: 'name', label: t('account.name'), kind: 'text', required: true },
    { name: 'kind', label: t('account.kind'), kind: 'select', options: kinds, required: true },
    { name: 'status', label: t('account.status'), kind: 'select', options: statusOptions(t), required: true },
    { name: 'industry', label: t('account.industry'), kind: 'text' },
    { name: 'source', label: t('account.source'), kind: 'text' },
    { name: 'phone', label: t('account.phone'), kind: 'tel' },
    { name: 'email', label: t('account.emailField'), kind: 'email' },
    { name: 'website', label: t('account.website'), kind: 'url' },
    { name: 'address', label: t('account.address'), kind: 'textarea' },
    { name: 'tags', label: t('account.tags'), kind: 'tags', hint: t('account.tagsHint') },
  ];
  if (withOwner) {
    fields.splice(3, 0, { name: 'owner_id', label: t('account.owner'), kind: 'select', options: userOptions(users), required: true });
  }
  return fields;
}
