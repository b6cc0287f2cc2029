import type {
  AppRole,
  Classification,
  CouncilKind,
  CouncilMemberRole,
  GovernanceRole,
  OrgUnitKind,
  ProposalStatus,
  Raci,
} from '../../gql/graphql';

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
  | { kind: 'catalogAsset' }
  | { kind: 'number'; value: number }
  | { kind: 'flag'; field: 'active' | 'disabled' | 'mustChangePassword' | 'criticalDataElement'; value: boolean }
  | { kind: 'secondReviewer'; value: boolean }
  | { kind: 'classification'; value: Classification }
  | { kind: 'list'; items: string[] }
  | { kind: 'people'; ids: string[] }
  | { kind: 'fieldNames'; fields: TermContentField[] }
  | { kind: 'outcome'; status: ProposalStatus; selfApproved: boolean }
  | { kind: 'counts'; create: number; update: number; unchanged: number; error: number }
  | { kind: 'date'; value: string }
  | { kind: 'governanceRole'; value: GovernanceRole }
  | { kind: 'raci'; value: Raci }
  | { kind: 'seat'; value: CouncilMemberRole }
  | { kind: 'appRole'; value: AppRole }
  | { kind: 'councilKind'; value: CouncilKind }
  | { kind: 'orgUnitKind'; value: OrgUnitKind }
  | { kind: RecordKind; id: string };

/** Records an event names by id, shown by their current name. */
export type RecordKind = 'person' | 'domain' | 'council' | 'orgUnit' | 'term' | 'glossary' | 'batch';

/** A term's fields by their names in the glossary's wording (glossary:field.*). */
export type TermContentField =
  | 'name'
  | 'definition'
  | 'abbreviation'
  | 'synonyms'
  | 'examples'
  | 'validValues'
  | 'businessRules'
  | 'domainId'
  | 'parentId'
  | 'ownerId'
  | 'stewardId'
  | 'reviewerIds'
  | 'criticalDataElement'
  | 'classification'
  | 'tags'
  | 'externalReferences'
  | 'relations';

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
  | 'endedSeats'
  | 'definition'
  | 'abbreviation'
  | 'synonyms'
  | 'broaderTerm'
  | 'domainId'
  | 'ownerId'
  | 'stewardId'
  | 'reviewerIds'
  | 'ownerIds'
  | 'classification'
  | 'criticalDataElement'
  | 'tags'
  | 'otherFields'
  | 'alsoSet'
  | 'secondReviewer'
  | 'outcome'
  | 'replacedBy'
  | 'comment'
  | 'decided'
  | 'counts'
  | 'fileName';

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
  | 'glossaryCreate'
  | 'glossaryUpdate'
  | 'termPropose'
  | 'termProposeChange'
  | 'termProposeDeprecation'
  | 'termProposeReinstatement'
  | 'proposalSubmit'
  | 'proposalWithdraw'
  | 'proposalRevise'
  | 'proposalApprove'
  | 'proposalReject'
  | 'batchApprove'
  | 'batchReject'
  | 'importStart'
  | 'importApply'
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
  'Glossary',
  'GlossaryTerm',
  'ProposalBatch',
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
  'glossary.glossary.create': 'glossaryCreate',
  'glossary.glossary.update': 'glossaryUpdate',
  'glossary.term.propose': 'termPropose',
  'glossary.term.proposeChange': 'termProposeChange',
  'glossary.term.proposeDeprecation': 'termProposeDeprecation',
  'glossary.term.proposeReinstatement': 'termProposeReinstatement',
  'glossary.proposal.submit': 'proposalSubmit',
  'glossary.proposal.withdraw': 'proposalWithdraw',
  'glossary.proposal.revise': 'proposalRevise',
  'glossary.import.start': 'importStart',
  'glossary.import.apply': 'importApply',
};

function asObject(value: unknown): Json | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null;
}

function text(value: unknown): AuditValue {
  return typeof value === 'string' && value.trim() ? { kind: 'text', text: value } : { kind: 'empty' };
}

function ref(kind: RecordKind, value: unknown, empty: AuditValue): AuditValue {
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
  definition: (value) => shortText(value),
  abbreviation: text,
  synonyms: list,
  broaderTerm: (value) => ref('term', value, { kind: 'topLevel' }),
  domainId: (value) => ref('domain', value, { kind: 'empty' }),
  ownerId: (value) => ref('person', value, { kind: 'empty' }),
  stewardId: (value) => ref('person', value, { kind: 'empty' }),
  reviewerIds: people,
  ownerIds: people,
  classification: (value) =>
    typeof value === 'string' ? { kind: 'classification', value: value as Classification } : { kind: 'empty' },
  criticalDataElement: (value) => ({ kind: 'flag', field: 'criticalDataElement', value: value === true }),
  tags: list,
  otherFields: () => ({ kind: 'empty' }),
  alsoSet: () => ({ kind: 'empty' }),
  secondReviewer: (value) => ({ kind: 'secondReviewer', value: value !== false }),
  outcome: () => ({ kind: 'empty' }),
  replacedBy: (value) => ref('term', value, { kind: 'empty' }),
  comment: (value) => shortText(value),
  decided: (value) => ({ kind: 'number', value: typeof value === 'number' ? value : 0 }),
  counts: (value) => countsOf(value),
  fileName: text,
};

const SHORT = 140;

/** Long text (a definition, a comment) cut to a line or two. */
function shortText(value: unknown): AuditValue {
  if (typeof value !== 'string' || !value.trim()) return { kind: 'empty' };
  const flat = value.replace(/\s+/g, ' ').trim();
  return { kind: 'text', text: flat.length > SHORT ? `${flat.slice(0, SHORT - 1).trimEnd()}…` : flat };
}

function list(value: unknown): AuditValue {
  const items = Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  return items.length ? { kind: 'list', items } : { kind: 'empty' };
}

function people(value: unknown): AuditValue {
  const ids = Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  return ids.length ? { kind: 'people', ids } : { kind: 'empty' };
}

function countsOf(value: unknown): AuditValue {
  const record = asObject(value);
  if (!record) return { kind: 'empty' };
  const number = (key: string) => (typeof record[key] === 'number' ? (record[key] as number) : 0);
  return {
    kind: 'counts',
    create: number('create'),
    update: number('update'),
    unchanged: number('unchanged'),
    error: number('error'),
  };
}

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
    scope?.type === 'domain'
      ? ref('domain', scope.id, { kind: 'program' })
      : scope?.type === 'asset'
        ? { kind: 'catalogAsset' }
        : { kind: 'program' },
  ];
}

/** A term's words as the audit keeps them (a proposal's content, or the term before a change). */
const termReaders: [AuditField, keyof Json & string][] = [
  ['name', 'name'],
  ['definition', 'definition'],
  ['abbreviation', 'abbreviation'],
  ['synonyms', 'synonyms'],
  ['broaderTerm', 'parentId'],
  ['domainId', 'domainId'],
  ['ownerId', 'ownerId'],
  ['stewardId', 'stewardId'],
  ['reviewerIds', 'reviewerIds'],
  ['classification', 'classification'],
  ['criticalDataElement', 'criticalDataElement'],
  ['tags', 'tags'],
];

/** Fields a summary names without their values (long or structured). */
const termOtherFields: TermContentField[] = [
  'examples',
  'validValues',
  'businessRules',
  'externalReferences',
  'relations',
];

function isEmptyValue(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** What a new term's summary shows with its value; the other fields it has are only named. */
const newTermShown: readonly AuditField[] = ['definition', 'domainId', 'stewardId'];

const contentFieldOf: Partial<Record<AuditField, TermContentField>> = {
  abbreviation: 'abbreviation',
  synonyms: 'synonyms',
  broaderTerm: 'parentId',
  ownerId: 'ownerId',
  reviewerIds: 'reviewerIds',
  classification: 'classification',
  criticalDataElement: 'criticalDataElement',
  tags: 'tags',
};

/**
 * What a term's content says, compactly: on a new term its definition, domain and steward (the
 * other fields it has by name); on a change the fields that differ, before → after, with long and
 * structured fields by name only.
 */
function termContentChanges(before: Json | null, after: Json | null): AuditChange[] {
  if (!after) return [];
  const changes: AuditChange[] = [];
  const named: TermContentField[] = [];
  for (const [field, key] of termReaders) {
    const read = fieldValue[field];
    if (!before) {
      if (isEmptyValue(after[key]) || after[key] === false) continue;
      // A new term's name is the subject already, and "internal" is every term's default.
      if (field === 'name' || (field === 'classification' && after[key] === 'internal')) continue;
      if (newTermShown.includes(field)) changes.push({ field, to: read(after[key]) });
      else {
        const name = contentFieldOf[field];
        if (name) named.push(name);
      }
    } else if (!same(before[key], after[key])) {
      changes.push({ field, from: read(before[key]), to: read(after[key]) });
    }
  }
  named.push(...termOtherFields.filter((key) => (before ? !same(before[key], after[key]) : !isEmptyValue(after[key]))));
  if (named.length) {
    changes.push({ field: before ? 'otherFields' : 'alsoSet', to: { kind: 'fieldNames', fields: named } });
  }
  return changes;
}

/** A glossary's settings: name, description, owners, reviewers, and whether reviewers' own edits need a second one. */
function glossaryChanges(before: Json | null, after: Json | null): AuditChange[] {
  if (!after) return [];
  const readers: [AuditField, string][] = [
    ['name', 'name'],
    ['description', 'description'],
    ['ownerIds', 'ownerIds'],
    ['reviewerIds', 'reviewerIds'],
    ['secondReviewer', 'reviewerEditsNeedSecondReviewer'],
  ];
  const changes: AuditChange[] = [];
  for (const [field, key] of readers) {
    const read = field === 'description' ? shortText : fieldValue[field];
    if (!before) {
      if (field === 'name' || isEmptyValue(after[key])) continue;
      // The default (a second reviewer) says nothing on a new glossary.
      if (field === 'secondReviewer' && after[key] !== false) continue;
      changes.push({ field, to: read(after[key]) });
    } else if (key in after && !same(before[key], after[key])) {
      changes.push({ field, from: read(before[key]), to: read(after[key]) });
    }
  }
  return changes;
}

/** "Waiting for review", "saved as a draft", "approved at once": what became of a proposal. */
function outcomeOf(status: unknown, selfApproved: unknown): AuditChange[] {
  const valid = ['draft', 'pending', 'approved', 'rejected', 'withdrawn'];
  if (typeof status !== 'string' || !valid.includes(status)) return [];
  return [
    {
      field: 'outcome',
      to: { kind: 'outcome', status: status as ProposalStatus, selfApproved: selfApproved === true },
    },
  ];
}

function commentOf(record: Json | null): AuditChange[] {
  return typeof record?.comment === 'string' && record.comment.trim()
    ? [{ field: 'comment', to: shortText(record.comment) }]
    : [];
}

/** The glossary's audit events: proposals, decisions, batches and imports. */
function describeGlossaryEvent(event: AuditEventData, before: Json | null, after: Json | null): AuditSummary | null {
  const termRef = ref('term', event.entityId, { kind: 'empty' });
  const proposal = asObject(after?.proposal);
  const proposed = asObject(proposal?.content);
  switch (event.action) {
    case 'glossary.glossary.create':
    case 'glossary.glossary.update': {
      const record = after ?? before;
      return {
        action: event.action === 'glossary.glossary.create' ? 'glossaryCreate' : 'glossaryUpdate',
        subject: record && typeof record.name === 'string' ? [text(record.name)] : [],
        changes: glossaryChanges(before, after),
      };
    }
    case 'glossary.term.propose':
      return {
        action: 'termPropose',
        subject: proposed?.name ? [text(proposed.name)] : [termRef],
        changes: [...termContentChanges(null, proposed), ...outcomeOf(proposal?.status, after?.selfApproved)],
      };
    case 'glossary.term.proposeChange':
      return {
        action: 'termProposeChange',
        subject: [termRef],
        changes: [...termContentChanges(before, proposed), ...outcomeOf(proposal?.status, after?.selfApproved)],
      };
    case 'glossary.term.proposeDeprecation':
      return {
        action: 'termProposeDeprecation',
        subject: [termRef],
        changes: [
          ...(proposal?.replacedById
            ? [{ field: 'replacedBy' as const, to: fieldValue.replacedBy(proposal.replacedById) }]
            : []),
          ...outcomeOf(proposal?.status, after?.selfApproved),
        ],
      };
    case 'glossary.term.proposeReinstatement':
      return {
        action: 'termProposeReinstatement',
        subject: [termRef],
        changes: outcomeOf(proposal?.status, after?.selfApproved),
      };
    case 'glossary.proposal.submit':
      return { action: 'proposalSubmit', subject: [termRef], changes: outcomeOf(after?.status, after?.selfApproved) };
    case 'glossary.proposal.withdraw':
      return { action: 'proposalWithdraw', subject: [termRef], changes: [] };
    case 'glossary.proposal.revise':
      return {
        action: 'proposalRevise',
        subject: [termRef],
        changes: termContentChanges(before, asObject(after?.content)),
      };
    case 'glossary.proposal.decide':
      return {
        action: after?.decision === 'reject' ? 'proposalReject' : 'proposalApprove',
        subject: [termRef],
        changes: commentOf(after),
      };
    case 'glossary.batch.decide':
      return {
        action: after?.decision === 'reject' ? 'batchReject' : 'batchApprove',
        subject: [ref('batch', event.entityId, { kind: 'empty' })],
        changes: [{ field: 'decided', to: fieldValue.decided(after?.decided) }, ...commentOf(after)],
      };
    case 'glossary.import.start':
    case 'glossary.import.apply': {
      const fileName = after?.fileName ?? after?.import;
      const subject =
        event.entityType === 'ProposalBatch'
          ? [ref('batch', event.entityId, { kind: 'empty' })]
          : [ref('glossary', event.entityId, { kind: 'empty' })];
      const changes: AuditChange[] = [];
      if (typeof fileName === 'string' && fileName) changes.push({ field: 'fileName', to: text(fileName) });
      changes.push({ field: 'counts', to: countsOf(after?.counts) });
      if (after?.selfApproved === true) {
        changes.push({ field: 'outcome', to: { kind: 'outcome', status: 'approved', selfApproved: true } });
      }
      return { action: event.action === 'glossary.import.start' ? 'importStart' : 'importApply', subject, changes };
    }
    default:
      return null;
  }
}

/** Turns a raw audit event into a label, the record it is about, and a before → after list. */
export function describeAuditEvent(event: AuditEventData): AuditSummary {
  const before = asObject(event.before);
  const after = asObject(event.after);
  const record = after ?? before;
  const named = record && typeof record.name === 'string' ? [text(record.name)] : [];
  if (event.action.startsWith('glossary.')) {
    const summary = describeGlossaryEvent(event, before, after);
    if (summary) return summary;
  }

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
