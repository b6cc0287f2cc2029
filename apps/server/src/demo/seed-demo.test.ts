import { getStewardshipCoverage, resolveResponsibilitiesOfDomains, signIn } from '@steward/core';
import { countAuditEvents } from '@steward/core/testing';
import {
  accounts,
  councilMembers,
  councils,
  type DbHandle,
  domains,
  orgUnits,
  people,
  roleAssignments,
} from '@steward/db';
import { createTestDb, testDrivers } from '@steward/db/testing';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_PASSWORD,
  demoSignIns,
  homebodyAccounts,
  homebodyCouncils,
  homebodyDomains,
  homebodyGaps,
  homebodyOrgUnits,
  homebodyPeople,
  homebodyRoleAssignments,
} from './homebody.js';
import { type DemoSeedSummary, isDemoSeeded, seedDemo } from './seed-demo.js';

const namedInTheCase = {
  'Yoshi Goto': 'COO',
  'Susan Notetaker': 'CIO',
  'Sarah Updown': 'Head of Data Governance',
  'Steve Panic': 'VP Customer Satisfaction',
  'Jose Makit': 'VP Manufacturing',
  'Barbara Futura': 'VP Strategy',
  'Tony Technology': 'VP Information Systems',
};

type CountedTable =
  | typeof people
  | typeof orgUnits
  | typeof domains
  | typeof councils
  | typeof councilMembers
  | typeof roleAssignments
  | typeof accounts;

describe.each(testDrivers())('demo seed on %s', (driver) => {
  let handle: DbHandle;
  let summary: DemoSeedSummary;

  beforeAll(async () => {
    handle = await createTestDb(driver);
    expect(await isDemoSeeded(handle.db)).toBe(false);
    summary = await seedDemo(handle.db);
  });
  afterAll(async () => handle?.close());

  const count = async (table: CountedTable) => {
    const [row] = await handle.db.select({ count: sql<number>`count(*)::int` }).from(table);
    return row?.count ?? 0;
  };

  const domainId = async (key: string) => {
    const data = homebodyDomains.find((domain) => domain.key === key)!;
    const [row] = await handle.db.select({ id: domains.id }).from(domains).where(eq(domains.name, data.name));
    return row!.id;
  };

  const personId = async (name: string) => {
    const [row] = await handle.db.select({ id: people.id }).from(people).where(eq(people.name, name));
    return row!.id;
  };

  it('creates everything in the demo data and says so', async () => {
    expect(summary).toEqual({
      seeded: true,
      people: homebodyPeople.length,
      orgUnits: homebodyOrgUnits.length,
      domains: homebodyDomains.length,
      councils: homebodyCouncils.length,
      councilMembers: homebodyCouncils.reduce((sum, council) => sum + council.members.length, 0),
      roleAssignments: homebodyRoleAssignments.length,
      accounts: homebodyAccounts.length,
    });
    expect(await count(people)).toBe(summary.people);
    expect(await count(orgUnits)).toBe(summary.orgUnits);
    expect(await count(domains)).toBe(summary.domains);
    expect(await count(councils)).toBe(summary.councils);
    expect(await count(councilMembers)).toBe(summary.councilMembers);
    expect(await count(roleAssignments)).toBe(summary.roleAssignments);
    expect(await count(accounts)).toBe(summary.accounts);
    expect(await isDemoSeeded(handle.db)).toBe(true);
  });

  it('has the seven people of the training case with their titles', async () => {
    const rows = await handle.db.select({ name: people.name, title: people.title, email: people.email }).from(people);
    for (const [name, title] of Object.entries(namedInTheCase)) {
      const email = `${name.toLowerCase().replace(' ', '.')}@homebody.example`;
      expect(rows).toContainEqual({ name, title, email });
    }
  });

  it('makes Steve Panic the accountable data owner of Customer', async () => {
    const [effective] = await resolveResponsibilitiesOfDomains(handle.db, [await domainId('customer')]);
    const owners = effective!.filter((entry) => entry.assignment.role === 'data_owner');
    expect(owners).toHaveLength(1);
    expect(owners[0]).toMatchObject({
      inherited: false,
      assignment: { personId: await personId('Steve Panic'), raci: 'A' },
    });
  });

  it("leaves one sub-domain to its parent's steward", async () => {
    const customerId = await domainId('customer');
    const [effective] = await resolveResponsibilitiesOfDomains(handle.db, [
      await domainId(homebodyGaps.inheritsSteward),
    ]);
    const steward = effective!.find((entry) => entry.assignment.role === 'business_steward');
    expect(steward).toMatchObject({
      inherited: true,
      heldOnDomainId: customerId,
      assignment: { personId: await personId('Carmen Loyola') },
    });
  });

  it('reports the Supplier gap in stewardship coverage', async () => {
    const coverage = await getStewardshipCoverage(handle.db);
    const supplierId = await domainId(homebodyGaps.noBusinessSteward);
    expect(coverage.domainCount).toBe(homebodyDomains.length);
    expect(coverage.ratio).toBeLessThan(1);
    expect(coverage.covered).toBe(homebodyDomains.length - 1);
    expect(coverage.domains.filter((domain) => !domain.hasSteward).map((domain) => domain.domainId)).toEqual([
      supplierId,
    ]);
    expect(coverage.withOwner).toBe(homebodyDomains.length);
  });

  it('lets every demo account sign in with the demo password, as its person', async () => {
    expect(demoSignIns.map((entry) => entry.role).sort()).toEqual([
      'admin',
      'architect',
      'executive',
      'steward',
      'steward',
      'viewer',
    ]);
    for (const entry of demoSignIns) {
      const { account } = await signIn(handle.db, { email: entry.email, password: DEMO_PASSWORD });
      expect(account).toMatchObject({
        email: entry.email,
        role: entry.role,
        mustChangePassword: false,
        disabled: false,
      });
      const [person] = await handle.db
        .select({ email: people.email })
        .from(people)
        .where(eq(people.id, account.personId!));
      expect(person?.email).toBe(entry.email);
    }
  });

  it('writes nothing when run again', async () => {
    const before = await countAuditEvents(handle.db);
    const peopleBefore = await count(people);
    const again = await seedDemo(handle.db);
    expect(again.seeded).toBe(false);
    expect(await countAuditEvents(handle.db)).toBe(before);
    expect(await count(people)).toBe(peopleBefore);
  });
});
