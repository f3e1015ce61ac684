// One record with the version it was read at, and a save that sends that version as If-Match, so a
// save over someone else's newer change fails (412) instead of silently overwriting it.

import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client';

export interface RecordState<T> {
  record: T | null;
  error: unknown;
  loading: boolean;
  reload(): void;
  /** PATCHes `changes` against the version read; the new version is kept on success. */
  save(changes: Record<string, unknown>): Promise<T>;
}

export function useRecord<T>(collection: string, id: string): RecordState<T> {
  const [record, setRecord] = useState<T | null>(null);
  const [etag, setEtag] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  const path = `/${collection}/${encodeURIComponent(id)}`;

  useEffect(() => {
    let live = true;
    setLoading(true);
    api.getVersioned<T>(path).then(
      (result) => {
        if (!live) return;
        setRecord(result.record);
        setEtag(result.etag);
        setError(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!live) return;
        setError(failure);
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [path, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  const save = useCallback(
    async (changes: Record<string, unknown>) => {
      const result = await api.patch<T>(path, changes, etag);
      setRecord(result.record);
      setEtag(result.etag);
      return result.record;
    },
    [path, etag],
  );

  return { record, error, loading, reload, save };
}
