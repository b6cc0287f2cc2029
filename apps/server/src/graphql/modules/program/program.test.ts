import { buildDomain } from '@steward/core/testing';
import { testDrivers } from '@steward/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

const outcome = `__typename
  ... on Error { code field message }
  ... on InputError { fieldErrors { field message } }`;

describe.each(testDrivers())('the program API on %s', (driver) => {
  let t: TestApp;
  let lead: string;
  let viewer: string;

  beforeAll(async () => {
    t = await createTestApp(driver);
    lead = await t.signInAs('steward');
    viewer = await t.signInAs('viewer');
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates a program, shows its 14 steps with live criteria, and soft-gates a step', async () => {
    const domain = await buildDomain(t.db, { name: 'Customer' });
    const denied = await t.graphql<{ createProgram: { __typename: string } }>(
      `mutation($input: CreateProgramInput!) { createProgram(input: $input) { ${outcome} } }`,
      { input: { name: 'Nope' } },
      { cookie: viewer },
    );
    expect(denied.data!.createProgram.__typename).toBe('ForbiddenError');
    const created = await t.graphql<{ createProgram: { __typename: string; data: { id: string; version: number } } }>(
      `mutation($input: CreateProgramInput!) { createProgram(input: $input) { ${outcome} ... on CreateProgramSuccess { data { id version } } } }`,
      {
        input: {
          name: 'Customer data governance',
          businessProblem: 'Duplicate customers split warranty history.',
          scope: { domainIds: [domain.id] },
          impactFigures: [{ label: 'Duplicate rate', unit: '%', baseline: 12, asOf: '2026-10-01' }],
        },
      },
      { cookie: lead },
    );
    expect(created.data!.createProgram.__typename).toBe('CreateProgramSuccess');
    const id = created.data!.createProgram.data.id;
    const read = await t.graphql<{
      program: {
        steps: {
          number: number;
          status: string;
          step: { name: string; nameZh: string; purpose: { provenance: string } };
          criteria: { key: string; state: string }[];
        }[];
      };
    }>(
      `query($id: ID!) { program(id: $id) { steps { number status step { name nameZh purpose { provenance } } criteria { key state } } } }`,
      { id },
      { cookie: viewer },
    );
    const steps = read.data!.program.steps;
    expect(steps).toHaveLength(14);
    expect(steps[0]!.step.nameZh).toBe('定义业务问题');
    expect(steps[0]!.criteria.find((criterion) => criterion.key === 'EC1.1')!.state).toBe('pass');
    expect(steps[9]!.status).toBe('not_started');
    expect(steps[10]!.status).toBe('skipped');
    const refused = await t.graphql<{ updateProgramStep: { __typename: string; fieldErrors: { field: string }[] } }>(
      `mutation($input: UpdateProgramStepInput!) { updateProgramStep(input: $input) { ${outcome} } }`,
      { input: { programId: id, number: 1, status: 'done' } },
      { cookie: lead },
    );
    expect(refused.data!.updateProgramStep.fieldErrors[0]!.field).toBe('overrideReason');
    const done = await t.graphql<{
      updateProgramStep: { __typename: string; data: { status: string; overrideReason: string } };
    }>(
      `mutation($input: UpdateProgramStepInput!) { updateProgramStep(input: $input) { ${outcome} ... on UpdateProgramStepSuccess { data { status overrideReason } } } }`,
      {
        input: {
          programId: id,
          number: 1,
          status: 'done',
          overrideReason: 'Reviewed in the council meeting of 3 November.',
        },
      },
      { cookie: lead },
    );
    const item = await t.graphql<{ createRoadmapItem: { __typename: string; fieldErrors?: { field: string }[] } }>(
      `mutation($input: CreateRoadmapItemInput!) { createRoadmapItem(input: $input) { ${outcome} } }`,
      { input: { programId: id, title: 'Approve the customer CDEs', startsOn: '2027-01-10', endsOn: '2027-01-01' } },
      { cookie: lead },
    );
    expect(item.data!.createRoadmapItem.fieldErrors).toEqual([
      { field: 'endsOn', message: 'must not be before the start' },
    ]);
    const saved = await t.graphql<{ createRoadmapItem: { __typename: string } }>(
      `mutation($input: CreateRoadmapItemInput!) { createRoadmapItem(input: $input) { ${outcome} } }`,
      {
        input: {
          programId: id,
          title: 'Approve the customer CDEs',
          startsOn: '2027-01-01',
          endsOn: '2027-02-01',
          stepNumber: 6,
        },
      },
      { cookie: lead },
    );
    expect(saved.data!.createRoadmapItem.__typename).toBe('CreateRoadmapItemSuccess');
    const roadmap = await t.graphql<{ program: { roadmap: { title: string; stepNumber: number; status: string }[] } }>(
      'query($id: ID!) { program(id: $id) { roadmap { title stepNumber status } } }',
      { id },
      { cookie: viewer },
    );
    expect(roadmap.data!.program.roadmap).toEqual([
      { title: 'Approve the customer CDEs', stepNumber: 6, status: 'planned' },
    ]);
    expect(done.data!.updateProgramStep.data).toEqual({
      status: 'done',
      overrideReason: 'Reviewed in the council meeting of 3 November.',
    });
  });
});
