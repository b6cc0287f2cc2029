import { buildGlossary, termContent } from '@steward/core/testing';
import { testDrivers } from '@steward/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

const outcome = `__typename
  ... on Error { code field message }
  ... on InputError { fieldErrors { field message } }
  ... on ConflictError { currentVersion }`;

describe.each(testDrivers())('the glossary API on %s', (driver) => {
  let t: TestApp;
  let authorCookie: string;
  let reviewerCookie: string;
  let viewerCookie: string;
  let glossaryId: string;

  beforeAll(async () => {
    t = await createTestApp(driver);
    authorCookie = (await t.signInAsPerson('steward')).cookie;
    const reviewer = await t.signInAsPerson('steward');
    reviewerCookie = reviewer.cookie;
    viewerCookie = (await t.signInAsPerson('viewer')).cookie;
    glossaryId = (await buildGlossary(t.db, { reviewerIds: [reviewer.person.id] })).id;
  });
  afterAll(async () => t?.close());

  async function propose(content: Record<string, unknown>) {
    const result = await t.graphql<{
      proposeTerm: { __typename: string; data: { term: { id: string; version: number }; proposal: { id: string } } };
    }>(
      `mutation($input: ProposeTermInput!) { proposeTerm(input: $input) { ${outcome}
         ... on ProposeTermSuccess { data { term { id version status } proposal { id status } } } } }`,
      { input: { glossaryId, content } },
      { cookie: authorCookie },
    );
    return result.data!.proposeTerm;
  }

  async function approve(proposalId: string) {
    const result = await t.graphql<{ decideProposal: { __typename: string; data: { term: { version: number } } } }>(
      `mutation($input: DecideProposalInput!) { decideProposal(input: $input) { ${outcome}
         ... on DecideProposalSuccess { data { term { version status } } } } }`,
      { input: { proposalId, decision: 'approve' } },
      { cookie: reviewerCookie },
    );
    return result.data!.decideProposal;
  }

  it('proposes, reviews and approves a term; a pending edit shows next to the live text', async () => {
    const proposed = await propose({
      name: 'Installed base',
      definition: 'Appliances in use at customers.',
      synonyms: ['Fleet'],
    });
    expect(proposed.__typename).toBe('ProposeTermSuccess');
    const approved = await approve(proposed.data.proposal.id);
    expect(approved.__typename).toBe('DecideProposalSuccess');
    const change = await t.graphql<{ proposeTermChange: { __typename: string } }>(
      `mutation($input: ProposeTermChangeInput!) { proposeTermChange(input: $input) { ${outcome} } }`,
      {
        input: {
          termId: proposed.data.term.id,
          version: approved.data.term.version,
          content: {
            name: 'Installed base',
            definition: 'Every appliance we sold that still runs.',
            synonyms: ['Fleet'],
          },
        },
      },
      { cookie: authorCookie },
    );
    expect(change.data?.proposeTermChange.__typename).toBe('ProposeTermChangeSuccess');
    const read = await t.graphql<{
      glossaryTerm: {
        definition: string;
        status: string;
        openProposal: { kind: string; changes: { field: string; after: string }[] };
      };
    }>(
      `query($id: ID!) { glossaryTerm(id: $id) { definition status openProposal { kind changes { field after } } } }`,
      { id: proposed.data.term.id },
      { cookie: viewerCookie },
    );
    expect(read.data?.glossaryTerm).toEqual({
      definition: 'Appliances in use at customers.',
      status: 'approved',
      openProposal: {
        kind: 'update',
        changes: [{ field: 'definition', after: 'Every appliance we sold that still runs.' }],
      },
    });
  });

  it('tells each viewer whether they may decide, and who reviews the term', async () => {
    const proposed = await propose(termContent());
    const query = `query($id: ID!) { glossaryTerm(id: $id) { effectiveReviewers { id }
      openProposal { canDecide changes { field } } } }`;
    const asAuthor = await t.graphql<{
      glossaryTerm: { effectiveReviewers: unknown[]; openProposal: { canDecide: boolean } };
    }>(query, { id: proposed.data.term.id }, { cookie: authorCookie });
    const asReviewer = await t.graphql<{ glossaryTerm: { openProposal: { canDecide: boolean } } }>(
      query,
      { id: proposed.data.term.id },
      {
        cookie: reviewerCookie,
      },
    );
    expect(asAuthor.data?.glossaryTerm.openProposal.canDecide).toBe(false);
    expect(asReviewer.data?.glossaryTerm.openProposal.canDecide).toBe(true);
    expect(asAuthor.data?.glossaryTerm.effectiveReviewers).toHaveLength(1);
  });

  it('answers each failure with its typed error and field', async () => {
    const empty = await propose({ name: '', definition: '' });
    expect(empty).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'content.name' });
    const unknownGlossary = await t.graphql<{ proposeTerm: unknown }>(
      `mutation { proposeTerm(input: { glossaryId: "0b9ab1c3-7a4e-4f0e-8a57-0d3c9a1f2e44", content: { name: "X", definition: "Y" } }) { ${outcome} } }`,
      {},
      { cookie: authorCookie },
    );
    expect(unknownGlossary.data?.proposeTerm).toMatchObject({ __typename: 'NotFoundError', field: 'glossaryId' });
    const first = await propose(termContent());
    const selfReview = await t.graphql<{ decideProposal: unknown }>(
      `mutation($input: DecideProposalInput!) { decideProposal(input: $input) { ${outcome} } }`,
      { input: { proposalId: first.data.proposal.id, decision: 'approve' } },
      { cookie: authorCookie },
    );
    expect(selfReview.data?.decideProposal).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    await approve(first.data.proposal.id);
    const twice = await approve(first.data.proposal.id);
    expect(twice).toMatchObject({ __typename: 'InvalidTransitionError', code: 'INVALID_TRANSITION' });
    const stale = await t.graphql<{ proposeTermChange: unknown }>(
      `mutation($input: ProposeTermChangeInput!) { proposeTermChange(input: $input) { ${outcome} } }`,
      { input: { termId: first.data.term.id, version: 1, content: termContent() } },
      { cookie: authorCookie },
    );
    expect(stale.data?.proposeTermChange).toMatchObject({
      __typename: 'ConflictError',
      field: 'version',
      currentVersion: 2,
    });
    const byViewer = await t.graphql<{ proposeTerm: unknown }>(
      `mutation($input: ProposeTermInput!) { proposeTerm(input: $input) { ${outcome} } }`,
      { input: { glossaryId, content: termContent() } },
      { cookie: viewerCookie },
    );
    expect(byViewer.data?.proposeTerm).toMatchObject({ __typename: 'ForbiddenError' });
  });

  it('lists a page of terms with their relations in as many SQL statements at 50 as at 5', async () => {
    const hub = await propose({ name: 'Customer', definition: 'Someone who buys from us.' });
    await approve(hub.data.proposal.id);
    for (let index = 0; index < 50; index++) {
      const leaf = await propose({
        name: `Customer attribute ${index}`,
        definition: 'Something we know about a customer.',
        synonyms: [`attr ${index}`],
        relations: [{ type: 'part_of', termId: hub.data.term.id }],
      });
      await approve(leaf.data.proposal.id);
    }
    const query = `query($first: Int!, $glossaryId: ID!) { glossaryTerms(first: $first, filter: { glossaryId: $glossaryId }) {
      totalCount nodes { name synonyms status childCount glossary { name } owner { name } steward { name }
        relations { type direction term { name status } } openProposal { kind } } } }`;
    const variables = (first: number) => ({ first, glossaryId });
    const small = await t.countQueries(() => t.graphql(query, variables(5), { cookie: viewerCookie }));
    const large = await t.countQueries(() => t.graphql(query, variables(50), { cookie: viewerCookie }));
    expect(large).toBe(small);
    const page = await t.graphql<{ glossaryTerms: { nodes: { name: string; relations: { direction: string }[] }[] } }>(
      query,
      variables(100),
      { cookie: viewerCookie },
    );
    const customer = page.data?.glossaryTerms.nodes.find((node) => node.name === 'Customer');
    expect(customer?.relations.filter((relation) => relation.direction === 'INCOMING')).toHaveLength(50);
  });

  it('searches with facets and suggests as you type', async () => {
    const proposed = await propose({
      name: 'Warranty start date',
      definition: 'When cover begins.',
      synonyms: ['Guarantee start'],
    });
    await approve(proposed.data.proposal.id);
    const result = await t.graphql<{
      searchTerms: {
        totalCount: number;
        nodes: { matchedSynonym: string; term: { name: string } }[];
        facets: { status: { value: string; count: number }[] };
      };
    }>(
      `{ searchTerms(query: "guarante strt") { totalCount nodes { matchedSynonym term { name } } facets { status { value count } } } }`,
      {},
      { cookie: viewerCookie },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.searchTerms.nodes[0]).toEqual({
      matchedSynonym: 'Guarantee start',
      term: { name: 'Warranty start date' },
    });
    const suggestions = await t.graphql<{ suggestTerms: { term: { name: string } }[] }>(
      `{ suggestTerms(query: "warr") { term { name } } }`,
      {},
      { cookie: viewerCookie },
    );
    expect(suggestions.data?.suggestTerms.map((hit) => hit.term.name)).toContain('Warranty start date');
  });
});
