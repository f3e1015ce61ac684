// Activity use cases over the API: logging what happened, planning what comes next, closing a plan.

import { api } from '../../api/client';
import type { Activity, ActivityCreate, ActivityKind, ActivityPatch, Direction, Id } from '../../api/types';
import { rfc3339 } from '../../lib/dates';

export const LOGGABLE_KINDS: ActivityKind[] = ['call', 'meeting', 'email', 'note', 'task'];

export function hasDirection(kind: ActivityKind): boolean {
  return kind === 'call' || kind === 'email';
}

export interface NewActivity {
  account_id: Id;
  kind: ActivityKind;
  subject: string;
  direction?: Direction;
  body?: string;
  outcome?: string;
  deal_id?: Id | null;
  contact_id?: Id | null;
  /** Planned for (a follow-up), or absent for something that happened now. */
  due_at?: string;
}

/**
 * The create body, less the fields left empty. A required field left empty (a blank subject) goes out
 * missing, so that the API's message lands next to it.
 */
function createBody(activity: NewActivity): ActivityCreate {
  const body: ActivityCreate = { ...activity };
  const filled = Object.entries(body).filter(([, value]) => value !== undefined && value !== '' && value !== null);
  return Object.fromEntries(filled) as ActivityCreate;
}

/** Logs a touch that happened now, or plans one when `due_at` is given. */
export async function createActivity(activity: NewActivity, now = new Date()): Promise<Activity> {
  const body = createBody(activity);
  if (activity.due_at === undefined) body.done_at = rfc3339(now);
  return api.post<Activity>('/activities', body);
}

/** Marks a planned activity done with its outcome; a stale version fails with 412. */
export async function completeActivity(activity: Activity, outcome: string, now = new Date()): Promise<Activity> {
  const payload: ActivityPatch = { done_at: rfc3339(now) };
  if (outcome.trim() !== '') payload.outcome = outcome.trim();
  const { record } = await api.patch<Activity>(`/activities/${activity.id}`, payload, `"${activity.version}"`);
  return record;
}
