// The records the UI reads and writes, as the API's JSON carries them. Ids are opaque strings.

import type { Money } from '../lib/money';

export type Id = string;

export interface RecordMeta {
  id: Id;
  version: number;
  created_at: string;
  updated_at: string;
  created_by: Id | null;
  updated_by: Id | null;
}

export type Role = 'manager' | 'head' | 'director' | 'admin' | 'operations';

export interface User extends RecordMeta {
  email: string;
  name: string;
  role: Role;
  team_id: Id | null;
  level: number | null;
  active: boolean;
}

export interface Me extends User {
  deputy_for: Id[];
}

export type AccountStatus = 'prospect' | 'active' | 'inactive' | 'lost';

export interface Account extends RecordMeta {
  name: string;
  kind: 'company' | 'person';
  owner_id: Id;
  status: AccountStatus;
  industry: string | null;
  source: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  address: string | null;
  tags: string[];
}

export interface Contact extends RecordMeta {
  account_id: Id;
  first_name: string | null;
  last_name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
}

export const STAGES = ['new', 'qualified', 'proposal', 'negotiation', 'won', 'lost'] as const;
export type Stage = (typeof STAGES)[number];
export const OPEN_STAGES: readonly Stage[] = ['new', 'qualified', 'proposal', 'negotiation'];

export interface Deal extends RecordMeta {
  account_id: Id;
  title: string;
  owner_id: Id;
  stage: Stage;
  amount: Money;
  probability: number;
  expected_close: string | null;
  closed_at: string | null;
  lost_reason: string | null;
}

export type ActivityKind = 'call' | 'meeting' | 'email' | 'task' | 'note';

export interface Activity extends RecordMeta {
  account_id: Id | null;
  deal_id: Id | null;
  contact_id: Id | null;
  kind: ActivityKind;
  direction: 'inbound' | 'outbound' | null;
  subject: string;
  body: string | null;
  due_at: string | null;
  done_at: string | null;
  owner_id: Id;
  outcome: string | null;
}

export interface Absence extends RecordMeta {
  user_id: Id;
  deputy_id: Id;
  starts_on: string;
  ends_on: string;
  reason: string | null;
}

export interface PipelineReport {
  stages: {
    stage: Stage;
    count: number;
    totals: { currency: string; count: number; total: Money; weighted: Money }[];
  }[];
}

export interface FunnelReport {
  from: string;
  to: string;
  stages: { stage: Stage; entered: number; conversion_from_previous?: string | null }[];
}

export interface ActivityReport {
  from: string;
  to: string;
  items: { owner_id: Id; week: string; kind: ActivityKind; count: number }[];
}
