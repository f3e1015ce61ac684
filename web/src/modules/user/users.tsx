// The user directory: every user is visible to every signed-in user, and screens need names for
// owner ids, so the list is loaded once per session and shared.

import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from '../../api/client';
import type { Id, User } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';

interface Directory {
  users: User[];
  nameOf(id: Id | null | undefined): string;
  byId: Map<Id, User>;
}

const DirectoryContext = createContext<Directory>({ users: [], nameOf: () => '', byId: new Map() });

export function UserDirectoryProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [users, setUsers] = useState<User[] | null>(null);

  useEffect(() => {
    let live = true;
    api
      .listAll<User>('users', { sort: 'name' })
      .then((list) => live && setUsers(list))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const value = useMemo(() => {
    const byId = new Map((users ?? []).map((user) => [user.id, user]));
    // Until the directory has answered, a name is shown as an ellipsis rather than as unknown.
    const nameOf = (id: Id | null | undefined) => {
      if (id === null || id === undefined) return t('common.none');
      if (users === null) return t('common.pending');
      return byId.get(id)?.name ?? t('common.unknownUser');
    };
    return { users: users ?? [], nameOf, byId };
  }, [users, t]);

  return <DirectoryContext.Provider value={value}>{children}</DirectoryContext.Provider>;
}

export function useUsers(): Directory {
  return useContext(DirectoryContext);
}

/** Select options for choosing a user, active users first by name. */
export function userOptions(users: readonly User[]): { value: string; label: string }[] {
  return users.filter((user) => user.active).map((user) => ({ value: user.id, label: user.name }));
}
