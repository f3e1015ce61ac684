import type { User } from '../../api/types';
import type { FieldSpec } from '../../record/fields';
import { strings } from '../../strings';
import { userOptions } from '../user/users';

const text = strings.account;

export const STATUS_OPTIONS = Object.entries(text.statuses).map(([value, label]) => ({ value, label }));
const KIND_OPTIONS = Object.entries(text.kinds).map(([value, label]) => ({ value, label }));

/** The account fields a person edits, in the order a form shows them. */
export function accountFields(users: readonly User[], withOwner: boolean): FieldSpec[] {
  const fields: FieldSpec[] = [
    { name: 'name', label: text.name, kind: 'text', required: true },
    { name: 'kind', label: text.kind, kind: 'select', options: KIND_OPTIONS, required: true },
    { name: 'status', label: text.status, kind: 'select', options: STATUS_OPTIONS, required: true },
    { name: 'industry', label: text.industry, kind: 'text' },
    { name: 'source', label: text.source, kind: 'text' },
    { name: 'phone', label: text.phone, kind: 'tel' },
    { name: 'email', label: text.emailField, kind: 'email' },
    { name: 'website', label: text.website, kind: 'url' },
    { name: 'address', label: text.address, kind: 'textarea' },
    { name: 'tags', label: text.tags, kind: 'tags', hint: text.tagsHint },
  ];
  if (withOwner) {
    fields.splice(3, 0, { name: 'owner_id', label: text.owner, kind: 'select', options: userOptions(users), required: true });
  }
  return fields;
}
