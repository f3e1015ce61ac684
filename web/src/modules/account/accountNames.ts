// Names of accounts referenced by other records (an activity's or a deal's account_id), read once
// each and kept for the session: lists show at most a page of them.

import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { Account, Id } from '../../api/types';

const cache = new Map<Id, Promise<string | null>>();

function nameOf(id: Id): Promise<string | null> {
  let pending = cache.get(id);
  if (!pending) {
    pending = api.get<Account>(`/accounts/${id}`).then(
      (account) => account.name,
      () => null,
    );
    cache.set(id, pending);
  }
  return pending;
}

/** Forgets a name, after the account was renamed. */
export function forgetAccountName(id: Id): void {
  cache.delete(id);
}

export function useAccountNames(ids: readonly (Id | null)[]): Map<Id, string> {
  const [names, setNames] = useState<Map<Id, string>>(new Map());
  const key = [...new Set(ids.filter((id): id is Id => id !== null))].sort().join(',');

  useEffect(() => {
    let live = true;
    const wanted = key === '' ? [] : key.split(',');
    void Promise.all(wanted.map(async (id) => [id, await nameOf(id)] as const)).then((pairs) => {
      if (!live) return;
      setNames(new Map(pairs.filter((pair): pair is readonly [Id, string] => pair[1] !== null)));
    });
    return () => {
      live = false;
    };
  }, [key]);

  return names;
}
