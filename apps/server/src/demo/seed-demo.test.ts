import {
  getStewardshipCoverage,
  listBatches,
  listRevisions,
  resolveResponsibilitiesOfDomains,
  searchTerms,
  signIn,
} from '@steward/core';
import { countAuditEvents } from '@steward/core/testing';
import {
  accounts,
  councilMembers,
  councils,
  type DbHandle,
  domains,
  glossaries,
  glossaryTerms,
  orgUnits,
  people,
  roleAssignments,
  termProposals,
} from '@steward/db';
import { createTestDb, testDrivers } from '@steward/db/testing';
import { systemActor } from '@steward/domain';
import { and, eq, sql } from 'drizzle-orm';
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
import { type DemoTerm, homebodyGlossary, homebodyGlossaryStory, homebodyTerms } from './homebody-glossary.js';
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
      glossaryTerms: homebodyTerms.length + homebodyGlossaryStory.importBatch.terms.length,
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

  describe('the business glossary', () => {
    const reader = systemActor('test');
    let glossaryId: string;
    const termNamed = async (name: string) => {
      const [term] = await handle.db
        .select()
        .from(glossaryTerms)
        .where(and(eq(glossaryTerms.glossaryId, glossaryId), eq(glossaryTerms.name, name)));
      return term!;
    };

    beforeAll(async () => {
      const [glossary] = await handle.db
        .select({ id: glossaries.id, second: glossaries.reviewerEditsNeedSecondReviewer })
        .from(glossaries)
        .where(eq(glossaries.name, homebodyGlossary.name));
      expect(glossary?.second).toBe(true);
      glossaryId = glossary!.id;
    });

    it('has a program in motion: mostly approved, some in review, one deprecated', async () => {
      const rows = await handle.db
        .select({ status: glossaryTerms.status, count: sql<number>`count(*)::int` })
        .from(glossaryTerms)
        .where(eq(glossaryTerms.glossaryId, glossaryId))
        .groupBy(glossaryTerms.status);
      const byStatus = Object.fromEntries(rows.map((row) => [row.status, row.count]));
      const total = rows.reduce((sum, row) => sum + row.count, 0);
      expect(total).toBe(summary.glossaryTerms);
      expect(total).toBeGreaterThanOrEqual(50);
      expect(byStatus.approved).toBeGreaterThanOrEqual(40);
      expect(byStatus.in_review).toBe(
        homebodyGlossaryStory.inReview.length + homebodyGlossaryStory.importBatch.terms.length,
      );
      expect(byStatus.deprecated).toBe(1);
      expect(Object.keys(byStatus).sort()).toEqual(['approved', 'deprecated', 'in_review']);
    });

    it('deprecates Client in favour of Customer', async () => {
      const client = await termNamed('Client');
      expect(client.status).toBe('deprecated');
      expect(client.replacedById).toBe((await termNamed('Customer')).id);
    });

    it('has a change waiting on an approved term', async () => {
      const pending = await handle.db
        .select({ termId: termProposals.termId, kind: termProposals.kind })
        .from(termProposals)
        .where(and(eq(termProposals.glossaryId, glossaryId), eq(termProposals.status, 'pending')));
      const updates = pending.filter((proposal) => proposal.kind === 'update');
      const phone = await termNamed(homebodyGlossaryStory.pendingChange.term);
      expect(updates).toEqual([{ termId: phone.id, kind: 'update' }]);
      expect(phone.status).toBe('approved');
    });

    it('has an import batch waiting for review as a whole', async () => {
      const batches = await listBatches(handle.db, reader, glossaryId);
      expect(batches).toHaveLength(1);
      expect(batches[0]).toMatchObject({
        source: homebodyGlossaryStory.importBatch.fileName,
        counts: { pending: homebodyGlossaryStory.importBatch.terms.length, approved: 0 },
      });
      for (const data of homebodyGlossaryStory.importBatch.terms) {
        expect((await termNamed(data.name)).status).toBe('in_review');
      }
    });

    it('keeps the history of a revised term: two approved revisions', async () => {
      const term = await termNamed(homebodyGlossaryStory.revised.term);
      const revisions = await listRevisions(handle.db, term.id);
      expect(revisions.map((revision) => revision.revision)).toEqual([2, 1]);
      expect(revisions[0]!.content.definition).toBe(homebodyGlossaryStory.revised.change.definition);
      expect(revisions[0]!.authorLabel).not.toBe(revisions[0]!.approvedByLabel);
      expect(revisions[0]!.selfApproved).toBe(false);
    });

    it('finds Installed base by a misspelt synonym', async () => {
      const { page } = await searchTerms(handle.db, reader, {
        query: 'Appliance flet',
        filter: { glossaryIds: [glossaryId] },
        first: 5,
      });
      const hit = page.nodes.find((candidate) => candidate.term.name === 'Installed base');
      expect(hit?.matchedSynonym).toBe('Appliance fleet');
    });

    it('builds a hierarchy of broader terms three levels deep', async () => {
      const washer = await termNamed('Washer');
      const appliance = await termNamed('Appliance');
      expect(washer.parentId).toBe(appliance.id);
      expect(appliance.parentId).toBe((await termNamed('Product')).id);
    });
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

describe('the demo glossary data', () => {
  const everyTerm: readonly DemoTerm[] = [...homebodyTerms, ...homebodyGlossaryStory.importBatch.terms];
  const names = new Set(everyTerm.map((term) => term.name.toLowerCase()));

  it('has 50 to 65 distinct terms, about ten of them critical', () => {
    expect(names.size).toBe(everyTerm.length);
    expect(everyTerm.length).toBeGreaterThanOrEqual(50);
    expect(everyTerm.length).toBeLessThanOrEqual(65);
    const critical = everyTerm.filter((term) => term.critical).length;
    expect(critical).toBeGreaterThanOrEqual(8);
    expect(critical).toBeLessThanOrEqual(12);
  });

  it('names only terms it has', () => {
    const story = homebodyGlossaryStory;
    const named = [
      ...story.inReview,
      story.revised.term,
      story.pendingChange.term,
      story.deprecated.term,
      story.deprecated.replacedBy,
      ...everyTerm.flatMap((term) => [
        ...(term.parent ? [term.parent] : []),
        ...(term.relations ?? []).map(([, name]) => name),
      ]),
    ];
    expect(named.filter((name) => !names.has(name.toLowerCase()))).toEqual([]);
  });

  it("gives each term a steward and owner who look after its domain (or a parent's)", () => {
    const ancestry = (key: string): string[] => {
      const domain = homebodyDomains.find((candidate) => candidate.key === key)!;
      return [key, ...(domain.parent ? ancestry(domain.parent) : [])];
    };
    const holds = (person: string, roles: string[], domain: string) =>
      homebodyRoleAssignments.some(
        (assignment) =>
          assignment.person === person &&
          roles.includes(assignment.role) &&
          assignment.domain !== null &&
          ancestry(domain).includes(assignment.domain),
      );
    for (const term of everyTerm) {
      if (term.domain === null) {
        expect([term.steward, term.owner]).toEqual([homebodyGlossary.leadReviewer, homebodyGlossary.leadReviewer]);
        continue;
      }
      expect(holds(term.steward, ['business_steward', 'technical_steward'], term.domain), term.name).toBe(true);
      expect(holds(term.owner, ['data_owner'], term.domain), term.name).toBe(true);
    }
  });

  it('keeps personal data out of the internal and public classes', () => {
    const personal = everyTerm.filter((term) => term.tags?.includes('PII'));
    expect(personal.length).toBeGreaterThanOrEqual(5);
    for (const term of personal) expect(['confidential', 'restricted'], term.name).toContain(term.classification);
  });
});
