import {
  assignRole,
  createAccount,
  createCouncil,
  createDomain,
  createOrgUnit,
  createPerson,
  setCouncilMember,
} from '@steward/core';
import { type Database, people, type Queryable } from '@steward/db';
import { type Actor, systemActor } from '@steward/domain';
import { sql } from 'drizzle-orm';
import {
  DEMO_MARKER_EMAIL,
  DEMO_PASSWORD,
  demoPerson,
  homebodyAccounts,
  homebodyCouncils,
  homebodyDomains,
  homebodyOrgUnits,
  homebodyPeople,
  homebodyRoleAssignments,
} from './homebody.js';
import { seedGlossary } from './seed-glossary.js';

export interface DemoSeedSummary {
  /** False when the demo was already there and nothing was written. */
  seeded: boolean;
  people: number;
  orgUnits: number;
  domains: number;
  councils: number;
  councilMembers: number;
  roleAssignments: number;
  accounts: number;
  /** Terms of the business glossary, whatever their status. */
  glossaryTerms: number;
}

const nothingSeeded: DemoSeedSummary = {
  seeded: false,
  people: 0,
  orgUnits: 0,
  domains: 0,
  councils: 0,
  councilMembers: 0,
  roleAssignments: 0,
  accounts: 0,
  glossaryTerms: 0,
};

/** True when the demo company's governance lead is in the directory. */
export async function isDemoSeeded(db: Queryable): Promise<boolean> {
  const [marker] = await db
    .select({ id: people.id })
    .from(people)
    .where(sql`lower(${people.email}) = ${DEMO_MARKER_EMAIL}`)
    .limit(1);
  return Boolean(marker);
}

/** The id a data key was created under; a miss is a mistake in the demo data, not in the db. */
function idOf(ids: ReadonlyMap<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Demo data refers to ${what} "${key}" before it is created`);
  return id;
}

/**
 * Loads Homebody Appliances through the ordinary use cases, so the demo obeys the same rules
 * and leaves the same audit trail as a user would. All of it is one transaction (each use case
 * a savepoint inside it): a seed that dies half-way leaves nothing behind.
 */
export async function seedDemo(db: Database, options: { actor?: Actor } = {}): Promise<DemoSeedSummary> {
  const actor = options.actor ?? systemActor('demo-seed');
  return db.transaction(async (tx) => {
    // Two starts racing on a fresh server database must not both seed.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('steward.demo-seed'))`);
    if (await isDemoSeeded(tx)) return { ...nothingSeeded };
    return seedInto(tx, actor);
  });
}

async function seedInto(db: Database, actor: Actor): Promise<DemoSeedSummary> {
  const summary: DemoSeedSummary = { ...nothingSeeded, seeded: true };

  const orgUnitIds = new Map<string, string>();
  for (const unit of homebodyOrgUnits) {
    const created = await createOrgUnit(db, actor, {
      name: unit.name,
      kind: unit.kind,
      description: 'description' in unit ? unit.description : null,
      parentId: unit.parent ? idOf(orgUnitIds, unit.parent, 'org unit') : null,
    });
    orgUnitIds.set(unit.key, created.id);
    summary.orgUnits += 1;
  }

  const personIds = new Map<string, string>();
  for (const person of homebodyPeople) {
    const created = await createPerson(db, actor, {
      name: person.name,
      email: person.email,
      title: person.title,
      orgUnitId: idOf(orgUnitIds, person.orgUnit, 'org unit'),
    });
    personIds.set(person.name, created.id);
    summary.people += 1;
  }

  const domainIds = new Map<string, string>();
  for (const domain of homebodyDomains) {
    const created = await createDomain(db, actor, {
      name: domain.name,
      description: domain.description,
      parentId: domain.parent ? idOf(domainIds, domain.parent, 'domain') : null,
    });
    domainIds.set(domain.key, created.id);
    summary.domains += 1;
  }

  for (const council of homebodyCouncils) {
    let created = await createCouncil(db, actor, {
      name: council.name,
      kind: council.kind,
      purpose: council.purpose,
      cadence: council.cadence,
    });
    summary.councils += 1;
    for (const member of council.members) {
      // Every seat bumps the council's version; the next seat must name the new one.
      created = await setCouncilMember(db, actor, {
        councilId: created.id,
        councilVersion: created.version,
        personId: idOf(personIds, member.person, 'person'),
        role: member.role,
      });
      summary.councilMembers += 1;
    }
  }

  for (const assignment of homebodyRoleAssignments) {
    await assignRole(db, actor, {
      personId: idOf(personIds, assignment.person, 'person'),
      role: assignment.role,
      scope: assignment.domain
        ? { type: 'domain', id: idOf(domainIds, assignment.domain, 'domain') }
        : { type: 'program', id: null },
      raci: assignment.raci ?? null,
      note: assignment.note ?? null,
    });
    summary.roleAssignments += 1;
  }

  for (const account of homebodyAccounts) {
    const person = demoPerson(account.person);
    await createAccount(db, actor, {
      email: person.email,
      displayName: person.name,
      role: account.role,
      password: DEMO_PASSWORD,
      personId: idOf(personIds, person.name, 'person'),
    });
    summary.accounts += 1;
  }

  const glossary = await seedGlossary(db, { actor, personIds, domainIds });
  summary.glossaryTerms = glossary.terms;

  return summary;
}
