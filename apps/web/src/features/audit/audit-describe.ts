import type { AppRole, CouncilKind, CouncilMemberRole, GovernanceRole, OrgUnitKind, Raci } from '../../gql/graphql';

/** One event as the audit query returns it (`before`/`after` are the record as JSON). */
export interface AuditEventData {
  id: string;
  at: string;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

/** A value in a summary: plain text, an enum shown by its label, or a record shown by its name. */
export type AuditValue =
  | { kind: 'text'; text: string }
  | { kind: 'empty' }
  | { kind: 'topLevel' }
  | { kind: 'program' }
  | { kind: 'number'; value: number }
  | { kind: 'flag'; field: 'active' | 'disabled' | 'mustChangePassword'; value: boolean }
  | { kind: 'date'; value: string }
  | { kind: 'governanceRole'; value: GovernanceRole }
  | { kind: 'raci'; value: Raci }
  | { kind: 'seat'; value: CouncilMemberRole }
  | { kind: 'appRole'; value: AppRole }
  | { kind: 'councilKind'; value: CouncilKind }
  | { kind: 'orgUnitKind'; value: OrgUnitKind }
  | { kind: 'person' | 'domain' | 'council' | 'orgUnit'; id: string };

export type AuditField =
  | 'name'
  | 'email'
  | 'title'
  | 'orgUnitId'
  | 'active'
  | 'description'
  | 'parentId'
  | 'kind'
  | 'purpose'
  | 'cadence'
  | 'raci'
  | 'note'
  | 'seat'
  | 'role'
  | 'disabled'
  | 'displayName'
  | 'personId'
  | 'mustChangePassword'
  | 'expiresAt'
  | 'endedRoles'
  | 'endedSeats';

export interface AuditChange {
  field: AuditField;
  /** Absent when the field is set for the first time (a record was created). */
  from?: AuditValue;
  to?: AuditValue;
}

export type AuditActionKey =
  | 'personCreate'
  | 'personUpdate'
  | 'personDeactivate'
  | 'personReactivate'
  | 'councilCreate'
  | 'councilUpdate'
  | 'councilDelete'
  | 'councilSetMember'
  | 'councilChangeSeat'
  | 'councilRemoveMember'
  | 'roleAssign'
  | 'roleUpdate'
  | 'roleUnassign'
  | 'domainCreate'
  | 'domainUpdate'
  | 'domainMove'
  | 'domainDelete'
  | 'orgUnitCreate'
  | 'orgUnitUpdate'
  | 'orgUnitDelete'
  | 'apiTokenCreate'
  | 'apiTokenRevoke'
  | 'accountCreate'
  | 'accountUpdate'
  | 'accountResetPassword'
  | 'accountChangePassword'
  | 'signIn'
  | 'signOut'
  | 'other';

/** What the event did, in a sentence of its own, and the record it is about. */
export interface AuditSummary {
  action: AuditActionKey;
  subject: AuditValue[];
  changes: AuditChange[];
}

/** The record types the audit log can be filtered by (AuditEvent.entityType). */
export const auditEntityTypes = [
  'Domain',
  'RoleAssignment',
  'Person',
  'Council',
  'OrgUnit',
  'Account',
  'ApiToken',
] as const;
export type AuditEntityType = (typeof auditEntityTypes)[number];

type Json = Record<string, unknown>;

const plainActions: Record<string, AuditActionKey> = {
  'stewardship.person.create': 'personCreate',
  'stewardship.person.update': 'personUpdate',
  'stewardship.council.create': 'councilCreate',
  'stewardship.council.update': 'councilUpdate',
  'stewardship.council.delete': 'councilDelete',
  'stewardship.council.removeMember': 'councilRemoveMember',
  'stewardship.role.assign': 'roleAssign',
  'stewardship.role.update': 'roleUpdate',
  'stewardship.role.unassign': 'roleUnassign',
  'stewardship.domain.create': 'domainCreate',
  'stewardship.domain.delete': 'domainDelete',
  'stewardship.orgUnit.create': 'orgUnitCreate',
  'stewardship.orgUnit.update': 'orgUnitUpdate',
  'stewardship.orgUnit.delete': 'orgUnitDelete',
  'auth.apiToken.create': 'apiTokenCreate',
  'auth.apiToken.revoke': 'apiTokenRevoke',
  'auth.account.create': 'accountCreate',
  'auth.account.update': 'accountUpdate',
  'auth.account.resetPassword': 'accountResetPassword',
  'auth.account.changePassword': 'accountChangePassword',
  'auth.session.signIn': 'signIn',
  'auth.session.signOut': 'signOut',
};

function asObject(value: unknown): Json | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null;
}

function text(value: unknown): AuditValue {
  return typeof value === 'string' && value.trim() ? { kind: 'text', text: value } : { kind: 'empty' };
}

function ref(kind: 'person' | 'domain' | 'council' | 'orgUnit', value: unknown, empty: AuditValue): AuditValue {
  return typeof value === 'string' && value ? { kind, id: value } : empty;
}

/** How each field of a record reads in a summary. */
const fieldValue: Record<AuditField, (value: unknown) => AuditValue> = {
  name: text,
  email: text,
  title: text,
  description: text,
  purpose: text,
  cadence: text,
  note: text,
  displayName: text,
  orgUnitId: (value) => ref('orgUnit', value, { kind: 'empty' }),
  parentId: (value) => ref('domain', value, { kind: 'topLevel' }),
  personId: (value) => ref('person', value, { kind: 'empty' }),
  active: (value) => ({ kind: 'flag', field: 'active', value: value === true }),
  disabled: (value) => ({ kind: 'flag', field: 'disabled', value: value === true }),
  mustChangePassword: (value) => ({ kind: 'flag', field: 'mustChangePassword', value: value === true }),
  raci: (value) => (typeof value === 'string' ? { kind: 'raci', value: value as Raci } : { kind: 'empty' }),
  seat: (value) =>
    typeof value === 'string' ? { kind: 'seat', value: value as CouncilMemberRole } : { kind: 'empty' },
  role: (value) => (typeof value === 'string' ? { kind: 'appRole', value: value as AppRole } : { kind: 'empty' }),
  kind: text,
  expiresAt: (value) => (typeof value === 'string' ? { kind: 'date', value } : { kind: 'empty' }),
  endedRoles: (value) => ({ kind: 'number', value: Array.isArray(value) ? value.length : 0 }),
  endedSeats: (value) => ({ kind: 'number', value: Array.isArray(value) ? value.length : 0 }),
};

/** The fields worth showing per record type, in reading order; ids and bookkeeping are left out. */
const fieldsOf: Record<string, AuditField[]> = {
  Person: ['name', 'email', 'title', 'orgUnitId', 'active'],
  Domain: ['name', 'description', 'parentId'],
  OrgUnit: ['name', 'kind', 'description'],
  Council: ['name', 'kind', 'purpose', 'cadence'],
  RoleAssignment: ['raci', 'note'],
  Account: ['displayName', 'email', 'role', 'personId', 'disabled', 'mustChangePassword'],
  ApiToken: ['name', 'expiresAt'],
};

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Fields that differ between before and after; on a new record, the fields it was given. */
function changesOf(entityType: string, before: Json | null, after: Json | null): AuditChange[] {
  const fields = fieldsOf[entityType] ?? [];
  if (!after) return [];
  const readField = (field: AuditField, record: Json) => {
    const raw = record[field];
    if (field === 'kind' && entityType === 'Council') return { kind: 'councilKind', value: raw } as AuditValue;
    if (field === 'kind' && entityType === 'OrgUnit') return { kind: 'orgUnitKind', value: raw } as AuditValue;
    return fieldValue[field](raw);
  };
  if (!before) {
    return (
      fields
        .filter((field) => after[field] !== null && after[field] !== undefined && after[field] !== '')
        // A new record's defaults (active, enabled, no forced password change) say nothing.
        .filter((field) => !(field === 'active' && after[field] === true))
        .filter((field) => !(after[field] === false))
        .map((field) => ({ field, to: readField(field, after) }))
    );
  }
  return fields
    .filter((field) => field in after && !same(before[field], after[field]))
    .map((field) => ({ field, from: readField(field, before), to: readField(field, after) }));
}

function roleSubject(record: Json | null): AuditValue[] {
  if (!record) return [];
  const scope = asObject(record.scope);
  return [
    ref('person', record.personId, { kind: 'empty' }),
    { kind: 'governanceRole', value: record.role as GovernanceRole },
    scope?.type === 'domain' ? ref('domain', scope.id, { kind: 'program' }) : { kind: 'program' },
  ];
}

/** Turns a raw audit event into a label, the record it is about, and a before → after list. */
export function describeAuditEvent(event: AuditEventData): AuditSummary {
  const before = asObject(event.before);
  const after = asObject(event.after);
  const record = after ?? before;
  const named = record && typeof record.name === 'string' ? [text(record.name)] : [];

  switch (event.action) {
    case 'stewardship.role.assign':
    case 'stewardship.role.update':
    case 'stewardship.role.unassign':
      return {
        action: plainActions[event.action] ?? 'other',
        subject: roleSubject(record),
        changes: changesOf('RoleAssignment', before, after),
      };
    case 'stewardship.person.setActive': {
      const active = after?.active === true;
      const ended: AuditChange[] = [];
      if (!active && after) {
        const roles = fieldValue.endedRoles(after.endedRoleAssignments);
        const seats = fieldValue.endedSeats(after.endedCouncilSeats);
        if (roles.kind === 'number' && roles.value > 0) ended.push({ field: 'endedRoles', to: roles });
        if (seats.kind === 'number' && seats.value > 0) ended.push({ field: 'endedSeats', to: seats });
      }
      return { action: active ? 'personReactivate' : 'personDeactivate', subject: named, changes: ended };
    }
    case 'stewardship.council.setMember':
      return {
        action: before ? 'councilChangeSeat' : 'councilSetMember',
        subject: [ref('person', after?.personId, { kind: 'empty' }), ref('council', event.entityId, { kind: 'empty' })],
        changes: [
          before
            ? { field: 'seat', from: fieldValue.seat(before.role), to: fieldValue.seat(after?.role) }
            : { field: 'seat', to: fieldValue.seat(after?.role) },
        ],
      };
    case 'stewardship.council.removeMember':
      return {
        action: 'councilRemoveMember',
        subject: [
          ref('person', before?.personId, { kind: 'empty' }),
          ref('council', event.entityId, { kind: 'empty' }),
        ],
        changes: before ? [{ field: 'seat', from: fieldValue.seat(before.role) }] : [],
      };
    case 'stewardship.domain.update': {
      const moved = before && after && !same(before.parentId, after.parentId);
      return {
        action: moved ? 'domainMove' : 'domainUpdate',
        subject: named,
        changes: changesOf('Domain', before, after),
      };
    }
    case 'auth.apiToken.revoke':
      return { action: 'apiTokenRevoke', subject: named, changes: [] };
    case 'auth.account.resetPassword':
    case 'auth.account.changePassword':
    case 'auth.session.signIn':
    case 'auth.session.signOut':
      return { action: plainActions[event.action] ?? 'other', subject: [], changes: [] };
    default: {
      const accountName = record?.displayName ?? record?.email;
      const subject = event.entityType === 'Account' && accountName ? [text(accountName)] : named;
      const deleted = !after && before;
      return {
        action: plainActions[event.action] ?? 'other',
        subject,
        changes: deleted ? [] : changesOf(event.entityType, before, after),
      };
    }
  }
}
