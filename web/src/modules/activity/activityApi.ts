// Activity use cases over the API: logging what happened, planning what comes next, closing a plan.

import { api } from '../../api/client';
import type { Activity, ActivityKind, Id } from '../../api/types';
import { rfc3339 } from '../../lib/dates';

export const LOGGABLE_KINDS: ActivityKind[] = ['call', 'meeting', 'email', 'note', 'task'];

export function hasDirection(kind: ActivityKind): boolean {
  return kind === 'call' || kind === 'email';
}

export interface NewActivity {
  account_id: Id;
  kind: ActivityKind;
  subject: string;
  direction?: 'inbound' | 'outbound';
  body?: string;
  outcome?: string;
  deal_id?: Id | null;
  contact_id?: Id | null;
  /** Planned for (a follow-up), or absent for something that happened now. */
  due_at?: string;
}

function withoutEmpty(activity: NewActivity): Record<string, unknown> {
  return Object.fromEntries(Object.entries(activity).filter(([, value]) => value !== undefined && value !== '' && value !== null));
}

/** Logs a touch that happened now, or plans one when `due_at` is given. */
export async function createActivity(activity: NewActivity, now = new Date()): Promise<Activity> {
  const body = withoutEmpty(activity);
  if (activity.due_at === undefined) body.done_at = rfc3339(now);
  return api.post<Activity>('/activities', body);
}

/** Marks a planned activity done with its outcome; a stale version fails with 412. */
export async function completeActivity(activity: Activity, outcome: string, now = new Date()): Promise<Activity> {
  const payload: Record<string, string> = { done_at: rfc3339(now) };
  if (outcome.trim() !== '') payload.outcome = outcome.trim();
  const { record } = await api.patch<Activity>(`/activities/${activity.id}`, payload, `"${activity.version}"`);
  return record;
}
