// Who is signed in. The session itself is the server's HttpOnly cookie; this only mirrors
// GET /auth/me so that every screen knows the user's name, role and whom they stand in for.

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, onUnauthorised } from '../api/client';
import { ApiError } from '../api/errors';
import type { Login, Me } from '../api/types';

interface Session {
  me: Me | null;
  /** True until the first /auth/me has answered. */
  checking: boolean;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  refresh(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [checking, setChecking] = useState(true);

  const refresh = useCallback(async () => {
    try {
      setMe(await api.get<Me>('/auth/me'));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) setMe(null);
      else throw error;
    } finally {
      setChecking(false);
    }
  }, []);

  useEffect(() => {
    refresh().catch(() => setChecking(false));
    return onUnauthorised(() => setMe(null));
  }, [refresh]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const login: Login = { email, password };
      await api.post('/auth/login', login);
      await refresh();
    },
    [refresh],
  );

  const signOut = useCallback(async () => {
    try {
      await api.post('/auth/logout', {});
    } finally {
      setMe(null);
    }
  }, []);

  const value = useMemo(() => ({ me, checking, signIn, signOut, refresh }), [me, checking, signIn, signOut, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user; only for screens behind the sign-in gate. */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error('useMe without a signed-in user');
  return me;
}
