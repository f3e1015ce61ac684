// The records the UI reads and writes, named after the types generated from the server's OpenAPI document
// (openapi.gen.ts, written by scripts/web-api-types): when the server adds, drops or retypes a field, these
// types follow and the type check points at the UI code that must follow too. Ids are opaque strings.
// Each record X comes as X (as read, every field present), XCreate (a create body) and XPatch (a PATCH
// body, every field optional).

import type { components } from './openapi.gen';

type Schemas = components['schemas'];

export type Id = string;

export type User = Schemas['User'];
export type UserCreate = Schemas['UserCreate'];
export type UserPatch = Schemas['UserPatch'];
export type Role = User['role'];
/** A language of the UI (users.locale); null in the record: the browser's. */
export type Locale = NonNullable<User['locale']>;

/** The signed-in user, with the colleagues whose absence today names them deputy. */
export type Me = Schemas['Me'];
export type Login = Schemas['Login'];

export type Team = Schemas['Team'];
export type TeamCreate = Schemas['TeamCreate'];
export type TeamPatch = Schemas['TeamPatch'];

export type Account = Schemas['Account'];
export type AccountCreate = Schemas['AccountCreate'];
export type AccountPatch = Schemas['AccountPatch'];
export type AccountKind = Account['kind'];
export type AccountStatus = Account['status'];

export type Contact = Schemas['Contact'];
export type ContactCreate = Schemas['ContactCreate'];
export type ContactPatch = Schemas['ContactPatch'];

export type Deal = Schemas['Deal'];
export type DealCreate = Schemas['DealCreate'];
export type DealPatch = Schemas['DealPatch'];
export type Stage = Deal['stage'];

/**
 * The values of a string union in the order the UI shows them. It fails to compile, naming the value,
 * when the list misses one of the union's values, e.g. a stage the document has added.
 */
function allOf<T extends string>() {
  return <const L extends readonly T[]>(
    values: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> }),
  ): L => values;
}

/** The pipeline's stages in funnel order; won and lost are the closed ones. */
export const STAGES = allOf<Stage>()(['new', 'qualified', 'proposal', 'negotiation', 'won', 'lost']);
export const OPEN_STAGES: readonly Stage[] = ['new', 'qualified', 'proposal', 'negotiation'];

export type Activity = Schemas['Activity'];
export type ActivityCreate = Schemas['ActivityCreate'];
export type ActivityPatch = Schemas['ActivityPatch'];
export type ActivityKind = Activity['kind'];
export type Direction = NonNullable<Activity['direction']>;

export type Absence = Schemas['Absence'];
export type AbsenceCreate = Schemas['AbsenceCreate'];
export type AbsencePatch = Schemas['AbsencePatch'];
export type AbsenceReason = Absence['reason'];

export type AuditEntry = Schemas['AuditEntry'];

export type PipelineReport = Schemas['Pipeline'];
export type FunnelReport = Schemas['Funnel'];
export type ActivityReport = Schemas['ActivityCounts'];
