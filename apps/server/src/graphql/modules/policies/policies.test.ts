import { buildDomain } from '@steward/core/testing';
import { dataAssets, dataSources } from '@steward/db';
import { testDrivers } from '@steward/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

const outcome = `__typename
  ... on Error { code field message }
  ... on InputError { fieldErrors { field message } }`;

describe.each(testDrivers())('policies through the API on %s', (driver) => {
  let t: TestApp;
  let lead: { person: { id: string }; cookie: string };
  let approver: { person: { id: string }; cookie: string };

  beforeAll(async () => {
    t = await createTestApp(driver);
    lead = await t.signInAsPerson('steward');
    approver = await t.signInAsPerson('viewer');
  });
  afterAll(async () => {
    await t.close();
  });

  it('writes a policy, approves it, adds an attested control and reads its compliance', async () => {
    const domain = await buildDomain(t.db, { name: 'Customer' });
    const bad = await t.graphql<{ createPolicy: { fieldErrors: { field: string }[] } }>(
      `mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { ${outcome} } }`,
      {
        input: {
          title: 'Customer privacy',
          kind: 'security_and_privacy',
          ownerPersonId: lead.person.id,
          approverPersonId: approver.person.id,
          content: { statement: ' ', scope: { classifications: ['shoe_size'] } },
        },
      },
      { cookie: lead.cookie },
    );
    expect(bad.data!.createPolicy.fieldErrors.map((error) => error.field).sort()).toEqual([
      'content.scope.classifications.0',
      'content.statement',
    ]);
    const created = await t.graphql<{
      createPolicy: {
        data: { id: string; key: string; versions: { id: string; version: number; actions: string[] }[] };
      };
    }>(
      `mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { ${outcome}
        ... on CreatePolicySuccess { data { id key versions { id version actions } } } } }`,
      {
        input: {
          title: 'Customer privacy',
          kind: 'security_and_privacy',
          ownerPersonId: lead.person.id,
          approverPersonId: approver.person.id,
          content: { statement: 'Personal data has a steward.', driver: 'GDPR', scope: { domainIds: [domain.id] } },
        },
      },
      { cookie: lead.cookie },
    );
    const policy = created.data!.createPolicy.data;
    expect(policy.key).toBe('GP-1');
    expect(policy.versions[0]!.actions).toEqual(['submit']);
    const move = (cookie: string, id: string, version: number, action: string) =>
      t.graphql<{ transitionPolicyVersion: { __typename: string; data?: { version: number; status: string } } }>(
        `mutation($id: ID!, $version: Int!, $action: PolicyVersionAction!) {
          transitionPolicyVersion(id: $id, version: $version, action: $action) { ${outcome}
            ... on TransitionPolicyVersionSuccess { data { version status } } } }`,
        { id, version, action },
        { cookie },
      );
    const submitted = await move(lead.cookie, policy.versions[0]!.id, policy.versions[0]!.version, 'submit');
    expect(
      (
        await move(
          lead.cookie,
          policy.versions[0]!.id,
          submitted.data!.transitionPolicyVersion.data!.version,
          'approve',
        )
      ).data!.transitionPolicyVersion.__typename,
    ).toBe('ForbiddenError');
    const approved = await move(
      approver.cookie,
      policy.versions[0]!.id,
      submitted.data!.transitionPolicyVersion.data!.version,
      'approve',
    );
    expect(approved.data!.transitionPolicyVersion.data!.status).toBe('approved');

    const control = await t.graphql<{ createControl: { __typename: string; data: { controls: { id: string }[] } } }>(
      `mutation($input: CreateControlInput!) { createControl(input: $input) { ${outcome}
        ... on CreateControlSuccess { data { controls { id } } } } }`,
      {
        input: {
          policyId: policy.id,
          name: 'Quarterly access review',
          ownerPersonId: lead.person.id,
          frequency: 'quarterly',
          params: { kind: 'access_review' },
        },
      },
      { cookie: lead.cookie },
    );
    const controlId = control.data!.createControl.data.controls[0]!.id;
    await t.graphql(
      `mutation($id: ID!) { attestControl(controlId: $id, outcome: "pass", statement: "Twelve accounts reviewed.") { ${outcome} } }`,
      { id: controlId },
      { cookie: lead.cookie },
    );
    const evaluated = await t.graphql<{ evaluateControl: { data: { state: string } } }>(
      `mutation($id: ID!) { evaluateControl(controlId: $id) { ${outcome} ... on EvaluateControlSuccess { data { state } } } }`,
      { id: controlId },
      { cookie: lead.cookie },
    );
    expect(evaluated.data!.evaluateControl.data.state).toBe('pass');
    const read = await t.graphql<{
      policy: { compliance: { share: number }; controls: { state: string; evidence: { ok: boolean }[] }[] };
    }>(
      `query($id: ID!) { policy(id: $id) { compliance { share } controls { state evidence { ok } } } }`,
      { id: policy.id },
      { cookie: approver.cookie },
    );
    expect(read.data!.policy).toEqual({
      compliance: { share: 1 },
      controls: [{ state: 'pass', evidence: [{ ok: true }] }],
    });

    // The control's settings, its attestations and the policy's history read back; both change.
    const details = await t.graphql<{
      policy: {
        version: number;
        complianceHistory: { share: number }[];
        exceptions: unknown[];
        controls: {
          version: number;
          active: boolean;
          settings: { keepDays: number | null };
          attestations: { outcome: string; statement: string; person: { id: string } }[];
        }[];
      };
    }>(
      `query($id: ID!) { policy(id: $id) { version complianceHistory { share } exceptions { id }
        controls { version active settings { keepDays } attestations { outcome statement person { id } } } } }`,
      { id: policy.id },
      { cookie: approver.cookie },
    );
    const read2 = details.data!.policy;
    expect(read2.complianceHistory).toEqual([{ share: 1 }]);
    expect(read2.exceptions).toEqual([]);
    expect(read2.controls[0]).toMatchObject({
      active: true,
      settings: { keepDays: null },
      attestations: [{ outcome: 'pass', statement: 'Twelve accounts reviewed.', person: { id: lead.person.id } }],
    });
    const switchedOff = await t.graphql<{
      updateControl: { __typename: string; data?: { compliance: { share: number | null } } };
    }>(
      `mutation($id: ID!, $version: Int!) { updateControl(id: $id, version: $version, active: false, frequency: monthly) { ${outcome}
        ... on UpdateControlSuccess { data { compliance { share } } } } }`,
      { id: controlId, version: read2.controls[0]!.version },
      { cookie: lead.cookie },
    );
    expect(switchedOff.data!.updateControl).toEqual({
      __typename: 'UpdateControlSuccess',
      data: { compliance: { share: null } },
    });
    const renamed = await t.graphql<{ updatePolicyDetails: { __typename: string; data?: { title: string } } }>(
      `mutation($id: ID!, $version: Int!) { updatePolicyDetails(id: $id, version: $version, title: "Customer data privacy") { ${outcome}
        ... on UpdatePolicyDetailsSuccess { data { title } } } }`,
      { id: policy.id, version: read2.version },
      { cookie: approver.cookie },
    );
    expect(renamed.data!.updatePolicyDetails.__typename).toBe('ForbiddenError');
    const renamedByLead = await t.graphql<{ updatePolicyDetails: { data?: { title: string } } }>(
      `mutation($id: ID!, $version: Int!) { updatePolicyDetails(id: $id, version: $version, title: "Customer data privacy") { ${outcome}
        ... on UpdatePolicyDetailsSuccess { data { title } } } }`,
      { id: policy.id, version: read2.version },
      { cookie: lead.cookie },
    );
    expect(renamedByLead.data!.updatePolicyDetails.data!.title).toBe('Customer data privacy');

    // A second version changes the statement and drops the domain: the version says what changed.
    const v2 = await t.graphql<{ newPolicyVersion: { data: { id: string; version: number } } }>(
      `mutation($id: ID!) { newPolicyVersion(policyId: $id) { ${outcome} ... on NewPolicyVersionSuccess { data { id version } } } }`,
      { id: policy.id },
      { cookie: lead.cookie },
    );
    const draft = v2.data!.newPolicyVersion.data;
    await t.graphql(
      `mutation($id: ID!, $version: Int!, $content: PolicyContentInput!) {
        updateGovernancePolicyDraft(id: $id, version: $version, content: $content) { ${outcome} } }`,
      {
        id: draft.id,
        version: draft.version,
        content: {
          statement: 'Personal data has a named steward.',
          driver: 'GDPR',
          scope: { classifications: ['email'] },
        },
      },
      { cookie: lead.cookie },
    );
    const history = await t.graphql<{
      policy: { versions: { number: number; changes: Record<string, unknown>[] }[] };
    }>(
      `query($id: ID!) { policy(id: $id) { versions { number changes {
        field before after added { label } removed { label } addedValues removedValues } } } }`,
      { id: policy.id },
      { cookie: approver.cookie },
    );
    expect(history.data!.policy.versions).toEqual([
      {
        number: 2,
        changes: [
          {
            field: 'statement',
            before: 'Personal data has a steward.',
            after: 'Personal data has a named steward.',
            added: [],
            removed: [],
            addedValues: [],
            removedValues: [],
          },
          {
            field: 'domains',
            before: null,
            after: null,
            added: [],
            removed: [{ label: 'Customer' }],
            addedValues: [],
            removedValues: [],
          },
          {
            field: 'classifications',
            before: null,
            after: null,
            added: [],
            removed: [],
            addedValues: ['email'],
            removedValues: [],
          },
        ],
      },
      { number: 1, changes: [] },
    ]);
  });

  it('places a legal hold on a table, reads it on the table, and lifts it with a note', async () => {
    const [source] = await t.db
      .insert(dataSources)
      .values({ name: 'crm', kind: 'postgresql', connection: { host: 'localhost' } })
      .returning();
    const [asset] = await t.db
      .insert(dataAssets)
      .values({ sourceId: source!.id, schemaName: 'crm', name: 'customer', kind: 'table' })
      .returning();
    const place = (cookie: string, matter: string) =>
      t.graphql<{ placeLegalHold: { __typename: string; data?: { id: string; version: number } } }>(
        `mutation($assetId: ID!, $matter: String!) { placeLegalHold(assetId: $assetId, matter: $matter, reason: "Claim") { ${outcome}
          ... on PlaceLegalHoldSuccess { data { id version } } } }`,
        { assetId: asset!.id, matter },
        { cookie },
      );
    expect((await place(approver.cookie, 'Smith v Homebody')).data!.placeLegalHold.__typename).toBe('ForbiddenError');
    const placed = (await place(lead.cookie, 'Smith v Homebody')).data!.placeLegalHold.data!;
    const read = await t.graphql<{
      dataAsset: {
        lifecycle: {
          schedules: unknown[];
          holds: { matter: string; placedBy: { id: string }; releasedAt: string | null }[];
        };
      };
    }>(
      `query($id: ID!) { dataAsset(id: $id) { lifecycle { schedules { retentionClass } holds { matter placedBy { id } releasedAt } } } }`,
      { id: asset!.id },
      { cookie: approver.cookie },
    );
    expect(read.data!.dataAsset.lifecycle).toEqual({
      schedules: [],
      holds: [{ matter: 'Smith v Homebody', placedBy: { id: lead.person.id }, releasedAt: null }],
    });
    const noNote = await t.graphql<{ releaseLegalHold: { __typename: string; fieldErrors?: { field: string }[] } }>(
      `mutation($id: ID!, $version: Int!) { releaseLegalHold(id: $id, version: $version, note: "") { ${outcome} } }`,
      { id: placed.id, version: placed.version },
      { cookie: lead.cookie },
    );
    expect(noNote.data!.releaseLegalHold.fieldErrors).toEqual([{ field: 'note', message: expect.any(String) }]);
    const lifted = await t.graphql<{ releaseLegalHold: { data: { releasedAt: string; releaseNote: string } } }>(
      `mutation($id: ID!, $version: Int!) { releaseLegalHold(id: $id, version: $version, note: "Case settled.") { ${outcome}
        ... on ReleaseLegalHoldSuccess { data { releasedAt releaseNote } } } }`,
      { id: placed.id, version: placed.version },
      { cookie: lead.cookie },
    );
    expect(lifted.data!.releaseLegalHold.data.releaseNote).toBe('Case settled.');
    // The registers across every policy and table.
    const registers = await t.graphql<{
      legalHolds: { matter: string; table: { label: string }; releasedAt: string | null }[];
      policyExceptions: unknown[];
      retentionSchedules: unknown[];
    }>(
      '{ legalHolds { matter table { label } releasedAt } policyExceptions { id } retentionSchedules { controlName } }',
      {},
      {
        cookie: approver.cookie,
      },
    );
    expect(registers.data!.legalHolds).toEqual([
      { matter: 'Smith v Homebody', table: { label: 'crm.customer' }, releasedAt: expect.any(String) },
    ]);
    expect(registers.data!.policyExceptions).toEqual([]);
    expect(registers.data!.retentionSchedules).toEqual([]);
  });
});
