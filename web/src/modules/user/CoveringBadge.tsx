import { Badge } from '@mantine/core';
import type { Id } from '../../api/types';
import { useMe } from '../../auth/session';
import { useI18n } from '../../i18n/I18nProvider';
import { useUsers } from './users';

/** Marks a record that the signed-in user serves as deputy of its absent owner. */
export function CoveringBadge({ ownerId }: { ownerId: Id }) {
  const me = useMe();
  const { nameOf } = useUsers();
  const { t } = useI18n();
  if (!me.deputy_for.includes(ownerId)) return null;
  return (
    <Badge color="orange" variant="light" size="sm" data-testid="covering-badge">
      {t('common.coveringFor', { name: nameOf(ownerId) })}
    </Badge>
  );
}
