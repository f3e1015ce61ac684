// One page of a collection at a time, walked with the API's opaque cursors. Going back re-reads the
// page from the cursor that led to it, so paging stays a keyset walk however far one goes.

import { startTransition, useCallback, useEffect, useState } from 'react';
import { api, type Query } from '../api/client';

export interface CursorList<T> {
  items: T[];
  loading: boolean;
  error: unknown;
  page: number;
  hasNext: boolean;
  hasPrevious: boolean;
  next(): void;
  previous(): void;
  reload(): void;
}

/** Lists `collection` with `query`; a new query starts again at page 1 and cancels the request in flight. */
export function useCursorList<T>(collection: string, query: Query, limit = 50): CursorList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(query);
  // walk.cursors[i] is the cursor that reads page i + 1 (page 1 has none); a new query starts a new walk.
  const [walk, setWalk] = useState<{ key: string; cursors: (string | undefined)[] }>({ key, cursors: [undefined] });
  const cursors = walk.key === key ? walk.cursors : [undefined];

  const cursor = cursors[cursors.length - 1];
  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    api
      .list<T>(collection, { ...(JSON.parse(key) as Query), limit, cursor }, controller.signal)
      .then((page) => {
        // A page of rows renders as a transition, in slices between which the browser stays responsive.
        startTransition(() => {
          setItems(page.items);
          setNextCursor(page.next_cursor);
          setError(null);
          setLoading(false);
        });
      })
      .catch((failure: unknown) => {
        if (controller.signal.aborted) return;
        setError(failure);
        setLoading(false);
      });
    return () => controller.abort();
  }, [collection, key, limit, cursor, generation]);

  const next = useCallback(() => {
    if (nextCursor !== null) setWalk({ key, cursors: [...cursors, nextCursor] });
  }, [key, cursors, nextCursor]);
  const previous = useCallback(() => {
    if (cursors.length > 1) setWalk({ key, cursors: cursors.slice(0, -1) });
  }, [key, cursors]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  return {
    items,
    loading,
    error,
    page: cursors.length,
    hasNext: nextCursor !== null,
    hasPrevious: cursors.length > 1,
    next,
    previous,
    reload,
  };
}
