import type { DbHandle } from '@steward/db';
import { createTestDb, testDrivers } from '@steward/db/testing';
import type { Actor, TermContentInput } from '@steward/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGlossary, buildPerson, termContent, testActor } from '../testing/index.js';
import { decideProposal, proposeTerm } from './proposals.js';
import { searchTerms, suggestTerms, toPrefixTsquery } from './search.js';

describe.each(testDrivers())('glossary search on %s', (driver) => {
  let handle: DbHandle;
  let author: Actor;
  let reviewer: Actor;
  let glossaryId: string;
  let otherGlossaryId: string;

  async function approvedTerm(glossary: string, content: TermContentInput) {
    const { proposal } = await proposeTerm(handle.db, author, { glossaryId: glossary, content: termContent(content) });
    return (await decideProposal(handle.db, reviewer, { proposalId: proposal.id, decision: 'approve' })).term;
  }

  beforeAll(async () => {
    handle = await createTestDb(driver);
    const [a, r] = [await buildPerson(handle.db), await buildPerson(handle.db)];
    author = testActor('steward', { personId: a.id });
    reviewer = testActor('steward', { personId: r.id });
    glossaryId = (await buildGlossary(handle.db, { reviewerIds: [r.id] })).id;
    otherGlossaryId = (await buildGlossary(handle.db, { reviewerIds: [r.id] })).id;
    await approvedTerm(glossaryId, {
      name: 'Household',
      synonyms: ['Home', 'Family unit'],
      definition: 'People who live at one address and buy appliances together.',
    });
    await approvedTerm(glossaryId, {
      name: 'Warranty',
      abbreviation: 'WTY',
      definition: 'The promise to repair an appliance for free for a while.',
      criticalDataElement: true,
      classification: 'public',
    });
    await approvedTerm(glossaryId, {
      name: 'Service visit',
      definition: 'A technician visit, often under warranty, to repair an appliance at home.',
    });
    await approvedTerm(otherGlossaryId, { name: 'Warranty start date', definition: 'When the warranty begins.' });
    await proposeTerm(handle.db, author, { glossaryId, content: termContent({ name: 'Warranty claim' }) });
  });
  afterAll(async () => handle?.close());

  const names = (hits: { term: { name: string } }[]) => hits.map((hit) => hit.term.name);

  it('finds a term by a synonym typed with a typo, and says which synonym matched', async () => {
    const { page } = await searchTerms(handle.db, reviewer, { query: 'famly unit' });
    expect(page.nodes[0]).toMatchObject({ term: { name: 'Household' }, matchedSynonym: 'Family unit' });
  });

  it('ranks a match in the name above a match in the definition', async () => {
    const { page } = await searchTerms(handle.db, reviewer, {
      query: 'warranty',
      filter: { glossaryIds: [glossaryId] },
    });
    const ranked = names(page.nodes);
    expect(ranked[0]).toBe('Warranty');
    expect(ranked.indexOf('Service visit')).toBeGreaterThan(ranked.indexOf('Warranty claim'));
  });

  it('matches abbreviations and word prefixes', async () => {
    expect(names((await searchTerms(handle.db, reviewer, { query: 'wty' })).page.nodes)[0]).toBe('Warranty');
    expect(names((await searchTerms(handle.db, reviewer, { query: 'househ' })).page.nodes)).toContain('Household');
  });

  it('counts facets under the other filters, and filters by them', async () => {
    const { page, facets } = await searchTerms(handle.db, reviewer, {
      query: 'warranty',
      filter: { statuses: ['approved'] },
    });
    expect(names(page.nodes)).not.toContain('Warranty claim');
    // The status facet ignores the status filter, so the reviewer sees what is in review too.
    expect(facets.status).toEqual(
      expect.arrayContaining([
        { value: 'approved', count: 3 },
        { value: 'in_review', count: 1 },
      ]),
    );
    expect(facets.glossary).toEqual(
      expect.arrayContaining([
        { value: glossaryId, count: 2 },
        { value: otherGlossaryId, count: 1 },
      ]),
    );
    expect(facets.criticalDataElement).toEqual(expect.arrayContaining([{ value: 'true', count: 1 }]));
    const critical = await searchTerms(handle.db, reviewer, {
      query: 'warranty',
      filter: { criticalDataElement: true },
    });
    expect(names(critical.page.nodes)).toEqual(['Warranty']);
  });

  it('pages through results without repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const { page } = await searchTerms(handle.db, reviewer, { query: 'appliance', first: 1, after });
      seen.push(...page.nodes.map((hit) => hit.term.id));
      after = page.hasNextPage ? page.endCursor : null;
    } while (after);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe((await searchTerms(handle.db, reviewer, { query: 'appliance' })).page.totalCount);
  });

  it('suggests as you type and treats search syntax as plain words', async () => {
    expect(names(await suggestTerms(handle.db, reviewer, { query: 'Warr' })).slice(0, 2)).toEqual(
      expect.arrayContaining(['Warranty']),
    );
    expect(toPrefixTsquery("warranty' | !x & (")).toBe('warranty:* & x:*');
    await expect(searchTerms(handle.db, reviewer, { query: "') or 1=1 --" })).resolves.toBeDefined();
  });
});
