import { randomUUID } from 'node:crypto';
import { auditEvents, type Database } from '@steward/db';
import type {
  Actor,
  AppRole,
  CreatePersonInput,
  Domain,
  GovernanceRole,
  OrgUnit,
  Person,
  Raci,
  TermContentInput,
} from '@steward/domain';
import { sql } from 'drizzle-orm';
import { createAccount } from '../auth/accounts.js';
import { createGlossary } from '../glossary/glossaries.js';
import { createCouncil } from '../stewardship/councils.js';
import { createDomain } from '../stewardship/domains.js';
import { createOrgUnit } from '../stewardship/org-units.js';
import { createPerson } from '../stewardship/people.js';
import { assignRole } from '../stewardship/role-assignments.js';

/** An actor of the given app role, not backed by an account row (enough for use cases). */
export function testActor(role: AppRole = 'admin', overrides: Partial<Actor> = {}): Actor {
  return {
    kind: 'account',
    accountId: randomUUID(),
    personId: null,
    role,
    label: `${role}@test.example`,
    requestId: `test-${randomUUID().slice(0, 8)}`,
    sessionId: null,
    ...overrides,
  };
}

const unique = () => randomUUID().slice(0, 8);
const admin = testActor('admin');

export async function buildPerson(db: Database, overrides: Partial<CreatePersonInput> = {}): Promise<Person> {
  const tag = unique();
  return createPerson(db, admin, { name: `Person ${tag}`, email: `person-${tag}@test.example`, ...overrides });
}

export async function buildDomain(
  db: Database,
  overrides: { name?: string; parentId?: string | null; description?: string } = {},
): Promise<Domain> {
  return createDomain(db, admin, { name: `Domain ${unique()}`, ...overrides });
}

export async function buildOrgUnit(
  db: Database,
  overrides: { name?: string; parentId?: string | null } = {},
): Promise<OrgUnit> {
  return createOrgUnit(db, admin, { name: `Unit ${unique()}`, ...overrides });
}

export async function buildCouncil(db: Database, overrides: { name?: string } = {}) {
  return createCouncil(db, admin, { name: `Council ${unique()}`, kind: 'governance_council', ...overrides });
}

export async function buildRoleAssignment(
  db: Database,
  input: { personId: string; domainId: string; role: GovernanceRole; raci?: Raci },
) {
  return assignRole(db, admin, {
    personId: input.personId,
    role: input.role,
    scope: { type: 'domain', id: input.domainId },
    raci: input.raci ?? null,
  });
}

export async function buildAccount(
  db: Database,
  overrides: { role?: AppRole; password?: string; email?: string; personId?: string } = {},
) {
  const password = overrides.password ?? 'correct horse battery staple';
  const { account } = await createAccount(db, admin, {
    email: overrides.email ?? `account-${unique()}@test.example`,
    displayName: 'Test account',
    role: overrides.role ?? 'steward',
    password,
    personId: overrides.personId ?? null,
  });
  return { account, password };
}

/** How many audit events exist, optionally for one entity. */
export async function countAuditEvents(db: Database, entityId?: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(auditEvents)
    .where(entityId ? sql`${auditEvents.entityId} = ${entityId}` : undefined);
  return row?.count ?? 0;
}

export async function buildGlossary(
  db: Database,
  overrides: {
    name?: string;
    reviewerIds?: string[];
    ownerIds?: string[];
    reviewerEditsNeedSecondReviewer?: boolean;
  } = {},
) {
  return createGlossary(db, admin, { name: `Glossary ${unique()}`, ...overrides });
}

/** Term content with defaults: a unique name and a definition. */
export function termContent(overrides: Partial<TermContentInput> = {}): TermContentInput {
  return { name: `Term ${unique()}`, definition: 'What it means, in business words.', ...overrides };
}
export * from './source.js';
