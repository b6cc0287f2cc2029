import { testDrivers } from '@steward/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

const outcome = `__typename
  ... on Error { code field message }
  ... on InputError { fieldErrors { field message } }`;

describe.each(testDrivers())('maturity and the scorecard through the API on %s', (driver) => {
  let t: TestApp;
  let lead: { person: { id: string }; cookie: string };
  let business: { person: { id: string }; cookie: string };
  let it_: { person: { id: string }; cookie: string };

  beforeAll(async () => {
    t = await createTestApp(driver);
    lead = await t.signInAsPerson('steward');
    business = await t.signInAsPerson('steward');
    it_ = await t.signInAsPerson('viewer');
  });
  afterAll(async () => {
    await t.close();
  });

  it('two respondents answer, the facilitator closes, and the scorecard shows the maturity and the KPIs', async () => {
    const created = await t.graphql<{
      createAssessment: { __typename: string; data: { id: string; version: number } };
    }>(
      `mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { ${outcome}
        ... on CreateAssessmentSuccess { data { id version } } } }`,
      {
        input: {
          name: 'Autumn 2026',
          scope: 'Customer domain',
          categories: ['stewardship'],
          facilitatorPersonId: lead.person.id,
        },
      },
      { cookie: lead.cookie },
    );
    expect(created.data!.createAssessment.__typename).toBe('CreateAssessmentSuccess');
    const { id, version } = created.data!.createAssessment.data;
    await t.graphql(
      `mutation($id: ID!, $respondents: [RespondentInput!]!) { inviteRespondents(assessmentId: $id, respondents: $respondents) { ${outcome} } }`,
      {
        id,
        respondents: [
          { personId: business.person.id, side: 'business' },
          { personId: it_.person.id, side: 'it' },
        ],
      },
      { cookie: lead.cookie },
    );
    const keys = ['Q5.1', 'Q5.2', 'Q5.3', 'Q5.4'];
    for (const [who, level] of [
      [business, 2],
      [it_, 4],
    ] as const) {
      const saved = await t.graphql<{ saveAnswers: { __typename: string } }>(
        `mutation($id: ID!, $answers: [MaturityAnswerInput!]!) { saveAnswers(assessmentId: $id, answers: $answers, submit: true) { ${outcome} } }`,
        { id, answers: keys.map((questionKey) => ({ questionKey, current: level, target: 4 })) },
        { cookie: who.cookie },
      );
      expect(saved.data!.saveAnswers.__typename).toBe('SaveAnswersSuccess');
    }
    const bad = await t.graphql<{ closeAssessment: { __typename: string; fieldErrors: { field: string }[] } }>(
      `mutation($id: ID!, $version: Int!, $consensus: [ConsensusInput!]!) { closeAssessment(id: $id, version: $version, consensus: $consensus) { ${outcome} } }`,
      { id, version, consensus: [{ questionKey: 'Q5.1', current: 3, target: 4 }] },
      { cookie: lead.cookie },
    );
    expect(bad.data!.closeAssessment.fieldErrors.map((error) => error.field)).toEqual([
      'consensus.Q5.2',
      'consensus.Q5.3',
      'consensus.Q5.4',
    ]);
    const closed = await t.graphql<{ closeAssessment: { __typename: string } }>(
      `mutation($id: ID!, $version: Int!, $consensus: [ConsensusInput!]!) { closeAssessment(id: $id, version: $version, consensus: $consensus) { ${outcome} } }`,
      { id, version, consensus: keys.map((questionKey) => ({ questionKey, current: 3, target: 4 })) },
      { cookie: lead.cookie },
    );
    expect(closed.data!.closeAssessment.__typename).toBe('CloseAssessmentSuccess');
    await t.graphql(`mutation { takeMetricSnapshot { ${outcome} } }`, {}, { cookie: lead.cookie });
    const card = await t.graphql<{
      scorecard: {
        categories: { name: string; current: number; target: number }[];
        overall: { current: number; gap: number };
        kpis: { metric: { name: string }; rag: string }[];
      };
      assessment: { results: { respondents: { side: string; categories: { current: number }[] }[] } };
    }>(
      `query($id: ID!) {
        scorecard { categories { name current target } overall { current gap } kpis { metric { name } rag } }
        assessment(id: $id) { results { respondents { side categories { current } } } }
      }`,
      { id },
      { cookie: it_.cookie },
    );
    expect(card.data!.scorecard.categories).toEqual([{ name: 'Stewardship', current: 3, target: 4 }]);
    expect(card.data!.scorecard.overall).toEqual({ current: 3, gap: 1 });
    expect(card.data!.scorecard.kpis.map((kpi) => kpi.metric.name)).toContain('Issue backlog');
    expect(card.data!.assessment.results.respondents.map((row) => [row.side, row.categories[0]!.current])).toEqual([
      ['business', 2],
      ['it', 4],
    ]);
  });
});
