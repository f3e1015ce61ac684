// The only place that speaks HTTP. Same-origin requests carry the HttpOnly session cookie, so no
// token is ever kept in script-readable storage.

import { ApiError, errorFromBody, networkError } from './errors';

const BASE = '/api/v1';

export type Query = Record<string, string | number | undefined>;

/** A list page as the API returns it. */
export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

/** A record read together with the version its ETag names, for a later If-Match. */
export interface Versioned<T> {
  record: T;
  etag: string;
}

type Listener = (error: ApiError) => void;
const unauthorisedListeners = new Set<Listener>();

/** Calls `listener` whenever a request answers 401, e.g. when the session has expired. */
export function onUnauthorised(listener: Listener): () => void {
  unauthorisedListeners.add(listener);
  return () => unauthorisedListeners.delete(listener);
}

export function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

interface Options {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
  ifMatch?: string;
  signal?: AbortSignal;
}

async function send(path: string, options: Options = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.ifMatch !== undefined) headers['If-Match'] = options.ifMatch;
  let response: Response;
  try {
    response = await fetch(BASE + path, {
      method: options.method ?? 'GET',
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw networkError();
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    const error = errorFromBody(response.status, body);
    if (response.status === 401 && !path.startsWith('/auth/login')) {
      for (const listener of unauthorisedListeners) listener(error);
    }
    throw error;
  }
  return response;
}

async function json<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  async get<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> {
    return json<T>(await send(path + queryString(query), signal ? { signal } : {}));
  },

  async getVersioned<T>(path: string): Promise<Versioned<T>> {
    const response = await send(path);
    const record = await json<T>(response);
    return { record, etag: response.headers.get('ETag') ?? '' };
  },

  async list<T>(collection: string, query?: Query, signal?: AbortSignal): Promise<Page<T>> {
    return api.get<Page<T>>(`/${collection}`, query, signal);
  },

  /** Every page of a list (for small, bounded lists such as users or one account's deals). */
  async listAll<T>(collection: string, query: Query = {}, maxPages = 20): Promise<T[]> {
    const items: T[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < maxPages; page++) {
      const result = await api.list<T>(collection, { limit: 500, ...query, cursor });
      items.push(...result.items);
      if (result.next_cursor === null) break;
      cursor = result.next_cursor;
    }
    return items;
  },

  /** `ifMatch`: for an action on a record read at that version (a stale one is 412). */
  async post<T>(path: string, body: unknown, ifMatch?: string): Promise<T> {
    return json<T>(await send(path, ifMatch ? { method: 'POST', body, ifMatch } : { method: 'POST', body }));
  },

  async patch<T>(path: string, body: unknown, ifMatch?: string): Promise<Versioned<T>> {
    const response = await send(path, ifMatch ? { method: 'PATCH', body, ifMatch } : { method: 'PATCH', body });
    const record = await json<T>(response);
    return { record, etag: response.headers.get('ETag') ?? '' };
  },

  async remove(path: string): Promise<void> {
    await send(path, { method: 'DELETE' });
  },
};
