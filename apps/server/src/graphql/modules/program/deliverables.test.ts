import { assignRole, createCouncil, createProgram } from '@steward/core';
import { buildDomain, testActor } from '@steward/core/testing';
import { testDrivers } from '@steward/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

const outcome = `__typename
  ... on Error { code field message }
  ... on InputError { fieldErrors { field message } }`;

describe.each(testDrivers())('program deliverables and decisions through the API on %s', (driver) => {
  let t: TestApp;
  let lead: { person: { id: string }; cookie: string };
  let sponsor: { person: { id: string }; cookie: string };
  let programId: string;

  beforeAll(async () => {
    t = await createTestApp(driver);
    lead = await t.signInAsPerson('steward');
    sponsor = await t.signInAsPerson('executive');
    await assignRole(t.db, testActor('admin'), {
      personId: sponsor.person.id,
      role: 'executive_sponsor',
      scope: { type: 'program', id: null },
    });
    programId = (
      await createProgram(t.db, testActor('admin'), { name: 'Customer data governance', leadPersonId: lead.person.id })
    ).id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('writes the charter, has the sponsor approve it, and shows it on step 5 with EC5.1 passing', async () => {
    const created = await t.graphql<{
      createProgramDocument: { data: { id: string; versions: { id: string; version: number }[] } };
    }>(
      `mutation($input: CreateProgramDocumentInput!) { createProgramDocument(input: $input) { ${outcome}
        ... on CreateProgramDocumentSuccess { data { id versions { id version } } } } }`,
      { input: { programId, stepNumber: 5, deliverableKey: 'D5.1', title: 'Charter', body: '# Mission' } },
      { cookie: lead.cookie },
    );
    const draft = created.data!.createProgramDocument.data.versions[0]!;
    const transition = (cookie: string, id: string, version: number, action: string) =>
      t.graphql<{
        transitionDocument: {
          __typename: string;
          message?: string;
          data?: { version: number; status: string; actions: string[] };
        };
      }>(
        `mutation($input: TransitionDocumentInput!) { transitionDocument(input: $input) { ${outcome}
          ... on TransitionDocumentSuccess { data { version status actions } } } }`,
        { input: { id, version, action } },
        { cookie },
      );
    const submitted = await transition(lead.cookie, draft.id, draft.version, 'submit');
    expect(submitted.data!.transitionDocument.data).toMatchObject({ status: 'in_review', actions: [] });
    const refused = await transition(
      lead.cookie,
      draft.id,
      submitted.data!.transitionDocument.data!.version,
      'approve',
    );
    expect(refused.data!.transitionDocument.__typename).toBe('ForbiddenError');
    const approved = await transition(
      sponsor.cookie,
      draft.id,
      submitted.data!.transitionDocument.data!.version,
      'approve',
    );
    expect(approved.data!.transitionDocument.data!.status).toBe('approved');

    const step = await t.graphql<{
      program: {
        step: {
          documents: {
            title: string;
            sponsorApproval: boolean;
            versions: { status: string; decidedBy: { id: string } }[];
          }[];
          criteria: { key: string; state: string }[];
        };
      };
    }>(
      `query($id: ID!) { program(id: $id) { step(number: 5) {
        documents { title sponsorApproval versions { status decidedBy { id } } }
        criteria { key state } } } }`,
      { id: programId },
      { cookie: lead.cookie },
    );
    const { documents, criteria } = step.data!.program.step;
    expect(documents).toEqual([
      {
        title: 'Charter',
        sponsorApproval: true,
        versions: [{ status: 'approved', decidedBy: { id: sponsor.person.id } }],
      },
    ]);
    expect(criteria.find((criterion) => criterion.key === 'EC5.1')!.state).toBe('pass');
  });

  it('records a council decision with a linked domain and lists it on the council', async () => {
    const council = await createCouncil(t.db, testActor('admin'), {
      name: 'Governance council',
      kind: 'governance_council',
    });
    const domain = await buildDomain(t.db, { name: 'Customer' });
    const bad = await t.graphql<{ recordDecision: { __typename: string; fieldErrors: { field: string }[] } }>(
      `mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { ${outcome} } }`,
      { input: { councilId: council.id, decidedOn: '14 October', title: 'Owner named', rationale: 'Because.' } },
      { cookie: lead.cookie },
    );
    expect(bad.data!.recordDecision.fieldErrors[0]!.field).toBe('decidedOn');
    const recorded = await t.graphql<{ recordDecision: { __typename: string } }>(
      `mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { ${outcome} } }`,
      {
        input: {
          councilId: council.id,
          decidedOn: '2026-10-14',
          title: 'Customer is owned by Customer Service',
          rationale: 'It feels the cost first.',
          links: [{ type: 'domain', id: domain.id }],
        },
      },
      { cookie: lead.cookie },
    );
    expect(recorded.data!.recordDecision.__typename).toBe('RecordDecisionSuccess');
    const read = await t.graphql<{
      council: { decisions: { title: string; links: { label: string; href: string }[] }[] };
    }>(
      `query($id: ID!) { council(id: $id) { decisions { title links { label href } } } }`,
      { id: council.id },
      { cookie: sponsor.cookie },
    );
    expect(read.data!.council.decisions).toEqual([
      { title: 'Customer is owned by Customer Service', links: [{ label: 'Customer', href: `/domains/${domain.id}` }] },
    ]);
    const candidates = await t.graphql<{ recordLinkCandidates: { label: string }[] }>(
      `{ recordLinkCandidates(type: council, search: "govern") { label } }`,
      {},
      { cookie: lead.cookie },
    );
    expect(candidates.data!.recordLinkCandidates).toEqual([{ label: 'Governance council' }]);
  });
});
