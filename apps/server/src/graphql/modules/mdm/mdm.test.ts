import { readFileSync } from 'node:fs';
import { buildDomain, buildRoleAssignment } from '@steward/core/testing';
import { testDrivers } from '@steward/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

const febrl1 = readFileSync(new URL('../../../../../../test/data/febrl/dataset1.csv', import.meta.url), 'utf8');
const attributes = [
  'given_name',
  'surname',
  'street_number',
  'address_1',
  'address_2',
  'suburb',
  'postcode',
  'state',
  'date_of_birth',
  'soc_sec_id',
].map((name) => ({ name }));

const outcome = `__typename
  ... on Error { code field message }
  ... on InputError { fieldErrors { field message } }`;

type SimulationView = {
  status: string;
  summary: { records: number; multiRecordClusters: number; evaluation: { pairwise: { f1: number } } } | null;
  clusters: {
    totalCount: number;
    nodes: {
      records: { id: string; source: string | null }[];
      golden: { attribute: string; value: string | null; recordId: string | null; rule: string }[];
      links: { a: string; b: string; score: number }[];
    }[];
  };
};

interface Result<T> {
  __typename: string;
  data?: T;
  fieldErrors?: { field: string; message: string }[];
  message?: string;
}

describe.each(testDrivers())('the MDM API on %s', (driver) => {
  let t: TestApp;
  let architect: string;
  let owner: string;
  let viewer: string;
  let governanceDomainId: string;

  beforeAll(async () => {
    t = await createTestApp(driver, { jobRunner: true });
    architect = await t.signInAs('architect');
    const ownerAccount = await t.signInAsPerson('steward');
    owner = ownerAccount.cookie;
    viewer = await t.signInAs('viewer');
    const domain = await buildDomain(t.db, { name: 'Customer' });
    governanceDomainId = domain.id;
    await buildRoleAssignment(t.db, {
      personId: ownerAccount.person.id,
      domainId: domain.id,
      role: 'data_owner',
      raci: 'A',
    });
  });
  afterAll(async () => {
    await t.close();
  });

  async function mutate<T>(
    name: string,
    inputType: string,
    input: Record<string, unknown>,
    selection: string,
    cookie = architect,
  ) {
    const response = await t.graphql<Record<string, Result<T>>>(
      `mutation($input: ${inputType}!) { ${name}(input: $input) { ${outcome} ... on ${name[0]!.toUpperCase()}${name.slice(1)}Success { data { ${selection} } } } }`,
      { input },
      { cookie },
    );
    expect(response.errors).toBeUndefined();
    return response.data![name]!;
  }

  it('lets an architect scope a domain, draft a policy, upload a sample and simulate it; the data owner approves', async () => {
    const denied = await mutate(
      'createMdmDomain',
      'CreateMdmDomainInput',
      { name: 'Nope', hubStyle: 'registry' },
      'id',
      viewer,
    );
    expect(denied.__typename).toBe('ForbiddenError');
    const bad = await mutate('createMdmDomain', 'CreateMdmDomainInput', { name: '', hubStyle: 'registry' }, 'id');
    expect(bad.fieldErrors).toEqual([{ field: 'name', message: 'must not be empty' }]);

    const created = await mutate<{ id: string; approvers: { id: string }[] }>(
      'createMdmDomain',
      'CreateMdmDomainInput',
      { name: 'Customer master', hubStyle: 'consolidation', domainId: governanceDomainId, attributes },
      'id approvers { id }',
    );
    expect(created.__typename).toBe('CreateMdmDomainSuccess');
    expect(created.data!.approvers).toHaveLength(1);
    const mdmDomainId = created.data!.id;

    const draft = await mutate<{
      id: string;
      version: number;
      number: number;
      status: string;
      availableActions: string[];
    }>('createPolicyVersion', 'CreatePolicyVersionInput', { mdmDomainId }, 'id version number status availableActions');
    expect(draft.data).toMatchObject({ number: 1, status: 'draft', availableActions: ['submit'] });

    // The editor sends the whole policy back: read it, change a threshold, save.
    const read = await t.graphql<{ policyVersion: { policy: Record<string, unknown> } }>(
      `query($id: ID!) { policyVersion(id: $id) { policy {
        attributes { name label standardise } blocking { keys { attribute transform } }
        comparisons { attribute comparator unit levels { label minSimilarity maxDifference m u weight } otherwise { label m u weight } }
        scoring priorMatchRate autoMergeThreshold reviewThreshold maxClusterSize
        survivorship { attribute rules } sources { name priority maxTrust minTrust decayDays } } } }`,
      { id: draft.data!.id },
      { cookie: architect },
    );
    const policy = read.data!.policyVersion.policy;
    const saved = await mutate<{ version: number; policy: { autoMergeThreshold: number } }>(
      'updatePolicyDraft',
      'UpdatePolicyDraftInput',
      { id: draft.data!.id, version: draft.data!.version, policy: { ...policy, autoMergeThreshold: 0.995 } },
      'version policy { autoMergeThreshold }',
    );
    expect(saved.data!.policy.autoMergeThreshold).toBe(0.995);
    const invalid = await mutate(
      'updatePolicyDraft',
      'UpdatePolicyDraftInput',
      {
        id: draft.data!.id,
        version: saved.data!.version,
        policy: { ...policy, reviewThreshold: 2, autoMergeThreshold: 1 },
      },
      'id',
    );
    expect(invalid.fieldErrors).toEqual([
      { field: 'policy.reviewThreshold', message: 'must not be above the auto-merge threshold' },
    ]);

    const sample = await mutate<{ id: string; recordCount: number }>(
      'uploadMdmSample',
      'UploadMdmSampleInput',
      {
        mdmDomainId,
        name: 'FEBRL 1',
        fileName: 'dataset1.csv',
        csv: febrl1,
        idColumn: 'rec_id',
        truthColumn: 'rec_id',
      },
      'id recordCount',
    );
    expect(sample.data!.recordCount).toBe(1000);

    const started = await mutate<{ id: string; status: string }>(
      'startMdmSimulation',
      'StartMdmSimulationInput',
      { policyVersionId: draft.data!.id, sampleId: sample.data!.id },
      'id status',
    );
    let simulation: SimulationView | null = null;
    for (let attempt = 0; attempt < 200; attempt++) {
      const response = await t.graphql<{ mdmSimulation: SimulationView }>(
        `query($id: ID!) { mdmSimulation(id: $id) { status summary { records multiRecordClusters evaluation { pairwise { f1 } } }
          clusters(limit: 2) { totalCount nodes { records { id source } golden { attribute value recordId rule } links { a b score } } } } }`,
        { id: started.data!.id },
        { cookie: architect },
      );
      simulation = response.data!.mdmSimulation;
      if (simulation.status === 'succeeded' || simulation.status === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (!simulation) throw new Error('the simulation was not found');
    expect(simulation.status).toBe('succeeded');
    expect(simulation!.summary!.records).toBe(1000);
    expect(simulation!.summary!.evaluation.pairwise.f1).toBeGreaterThan(0.99);
    const cluster = simulation!.clusters.nodes[0]!;
    expect(cluster.golden.find((value) => value.attribute === 'surname')!.recordId).toBeTruthy();

    const why = await t.graphql<{
      pairExplanation: {
        __typename: string;
        data: { score: number; comparisons: { attribute: string; level: string; weight: number }[] };
      };
    }>(
      `query($simulationId: ID!, $recordIds: [String!]!) { pairExplanation(simulationId: $simulationId, recordIds: $recordIds) {
        __typename ... on PairExplanationSuccess { data { score comparisons { attribute level weight } } } } }`,
      { simulationId: started.data!.id, recordIds: [cluster.links[0]!.a, cluster.links[0]!.b] },
      { cookie: architect },
    );
    expect(why.data!.pairExplanation.data.comparisons).toHaveLength((policy.comparisons as unknown[]).length);

    const submitted = await mutate<{ version: number; status: string }>(
      'transitionPolicy',
      'TransitionPolicyInput',
      { id: draft.data!.id, version: saved.data!.version, action: 'submit' },
      'version status',
    );
    const byArchitect = await mutate(
      'transitionPolicy',
      'TransitionPolicyInput',
      { id: draft.data!.id, version: submitted.data!.version, action: 'approve' },
      'status',
    );
    expect(byArchitect.__typename).toBe('ForbiddenError');
    const approved = await mutate<{ status: string; decidedBy: { id: string } }>(
      'transitionPolicy',
      'TransitionPolicyInput',
      { id: draft.data!.id, version: submitted.data!.version, action: 'approve' },
      'status decidedBy { id }',
      owner,
    );
    expect(approved.data!.status).toBe('approved');
  });
});
