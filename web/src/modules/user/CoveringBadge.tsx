import { Badge } from '@mantine/core';
import type { Id } from '../../api/types';
import { useMe } from '../../auth/session';
import { strings } from '../../strings';
import { useUsers } from './users';

/** Marks a record that the signed-in user serves as deputy of its absent owner. */
export function CoveringBadge({ ownerId }: { ownerId: Id }) {
  const me = useMe();
  const { nameOf } = useUsers();
  if (!me.deputy_for.includes(ownerId)) return null;
  return (
    <Badge color="orange" variant="light" size="sm" data-testid="covering-badge">
      {strings.common.coveringFor(nameOf(ownerId))}
    </Badge>
  );
}
