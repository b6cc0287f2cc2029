import { type DbHandle, dataAssets, fieldClassifications, roleAssignments, tickets } from '@steward/db';
import { createTestDb } from '@steward/db/testing';
import { type Actor, ConflictError, InputError, NotAllowedError } from '@steward/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestIngest, runIngestJob } from '../catalog/ingest.js';
import { createSecretBox } from '../catalog/secret-box.js';
import { createDataSource } from '../catalog/sources.js';
import { linksOfTicket } from '../issues/tickets.js';
import { createProgram, evaluateStepCriteria } from '../program/programs.js';
import { assignRole } from '../stewardship/role-assignments.js';
import {
  buildDomain,
  buildPerson,
  createTestSource,
  type TestSource,
  testActor,
  testSourceKinds,
} from '../testing/index.js';
import {
  attestControl,
  controlsOfPolicy,
  createControl,
  evaluateControl,
  grantPolicyException,
  policyCompliance,
  updateControl,
} from './controls.js';
import { attestationsOfControls, complianceHistory, exceptionsOfPolicy } from './evidence.js';
import { lifecycleOfAsset, placeLegalHold, releaseLegalHold } from './lifecycle.js';
import { createPolicy, transitionPolicyVersion, versionsOfPolicies } from './policies.js';

const DAY = 86_400_000;

describe.each(testSourceKinds())('policy controls on a %s source', (kind) => {
  let handle: DbHandle;
  let source: TestSource;
  let lead: Actor;
  let owner: Actor;
  let approver: Actor;
  let customer: string;
  let policyId: string;
  let sourceId: string;
  const secrets = createSecretBox('test-key');
  const now = new Date();

  beforeAll(async () => {
    handle = await createTestDb(kind === 'postgres' ? 'postgres' : 'pglite');
    lead = testActor('steward', { personId: (await buildPerson(handle.db, { name: 'Sarah Updown' })).id });
    owner = testActor('steward', { personId: (await buildPerson(handle.db, { name: 'Carmen Loyola' })).id });
    approver = testActor('viewer', { personId: (await buildPerson(handle.db, { name: 'Priya Shield' })).id });
    customer = (await buildDomain(handle.db, { name: 'Customer' })).id;
    // A source whose service visits go back 800 days and tickets 100 days.
    source = await createTestSource(kind);
    const daysAgo = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
    await source.exec(`
      create schema service;
      create table service.visit (id integer primary key, email text, phone text, closed_at timestamptz not null);
      insert into service.visit values (1, 'a@x.example', '123', '${daysAgo(800)}'), (2, 'b@x.example', '456', '${daysAgo(10)}');
      create table service.ticket (id integer primary key, opened_at timestamptz not null);
      insert into service.ticket values (1, '${daysAgo(100)}');
    `);
    const created = await createDataSource(
      handle.db,
      testActor('admin'),
      { name: `Service ${kind}`, connection: { ...source.credentials, schemas: ['service'] } },
      secrets,
    );
    sourceId = created.id;
    const job = await requestIngest(handle.db, testActor('admin'), { sourceId: created.id });
    await runIngestJob(handle.db, job.id, { sourceId: created.id, actor: testActor('admin') }, secrets);
    await handle.db.update(dataAssets).set({ domainId: customer });
    // Ingesting detected email and phone of visits as personal data; a steward confirmed them.
    await handle.db.update(fieldClassifications).set({ status: 'confirmed' });
    expect((await handle.db.select().from(fieldClassifications)).length).toBe(2);
    const { policy } = await createPolicy(handle.db, lead, {
      title: 'Customer privacy',
      kind: 'security_and_privacy',
      ownerPersonId: lead.personId!,
      approverPersonId: approver.personId!,
      content: { statement: 'Personal data has a named steward.', driver: 'GDPR', scope: { domainIds: [customer] } },
    });
    policyId = policy.id;
  });
  afterAll(async () => {
    await source?.close();
    await handle?.close();
  });

  const assetId = async (name: string) =>
    (await handle.db.select().from(dataAssets).where(eq(dataAssets.name, name)))[0]!.id;

  it('fails a classification requirement with the offending columns, opens one issue, and compliance rises once fixed', async () => {
    const control = await createControl(handle.db, lead, {
      policyId,
      name: 'Personal data has a steward',
      ownerPersonId: owner.personId!,
      params: { kind: 'classification_requirement', requireSteward: true },
    });
    const failed = await evaluateControl(handle.db, lead, control.id, secrets);
    expect(failed.state).toBe('fail');
    expect(failed.evidence.map((item) => item.label)).toEqual([
      'service.visit.email: no steward of its own',
      'service.visit.phone: no steward of its own',
    ]);
    expect((await policyCompliance(handle.db, policyId)).share).toBe(0);
    // Evaluated again: still one issue, assigned to the control's owner.
    const again = await evaluateControl(handle.db, lead, control.id, secrets);
    expect(again.ticketId).toBe(failed.ticketId);
    const [ticket] = await handle.db.select().from(tickets).where(eq(tickets.id, failed.ticketId!));
    expect(ticket).toMatchObject({ kind: 'policy_exception', assigneeId: owner.personId, status: 'open' });
    // It concerns the failing table, in the policy's domain, and links the policy.
    expect(ticket).toMatchObject({ domainId: customer });
    expect(ticket!.description).toContain(`(/policies/${policyId})`);
    expect((await linksOfTicket(handle.db, ticket!.id)).map((link) => [link.type, link.id])).toEqual([
      ['asset', await assetId('visit')],
    ]);

    await assignRole(handle.db, testActor('admin'), {
      personId: owner.personId!,
      role: 'business_steward',
      scope: { type: 'asset', id: await assetId('visit') },
    });
    const passed = await evaluateControl(handle.db, lead, control.id, secrets);
    expect(passed.state).toBe('pass');
    expect((await policyCompliance(handle.db, policyId)).share).toBe(1);
    // Passing again ends the exception: Steward closes the issue, saying why.
    const [cleared] = await handle.db.select().from(tickets).where(eq(tickets.id, failed.ticketId!));
    expect(cleared).toMatchObject({ status: 'closed' });
    expect(cleared!.resolution).toMatch(/^The control passes again: Personal data has a steward passes/);
    expect(cleared!.closedAt).not.toBeNull();
    // It fails again (the steward leaves): the same issue reopens, no second one.
    await handle.db.delete(roleAssignments).where(eq(roleAssignments.scopeId, await assetId('visit')));
    const failsAgain = await evaluateControl(handle.db, lead, control.id, secrets);
    expect(failsAgain.ticketId).toBe(failed.ticketId);
    const [reopened] = await handle.db.select().from(tickets).where(eq(tickets.id, failed.ticketId!));
    expect(reopened!.status).toBe('open');
    expect(await handle.db.select().from(tickets).where(eq(tickets.kind, 'policy_exception'))).toHaveLength(1);
    await assignRole(handle.db, testActor('admin'), {
      personId: owner.personId!,
      role: 'custodian',
      scope: { type: 'asset', id: await assetId('visit') },
    });
    expect((await evaluateControl(handle.db, lead, control.id, secrets)).state).toBe('pass');
    await expect(evaluateControl(handle.db, testActor('viewer'), control.id, secrets)).rejects.toBeInstanceOf(
      NotAllowedError,
    );
  });

  it('checks a retention schedule against the oldest row of each table on the source', async () => {
    const control = await createControl(handle.db, lead, {
      policyId,
      name: 'Service records kept two years',
      ownerPersonId: owner.personId!,
      frequency: 'monthly',
      params: {
        kind: 'retention',
        keepDays: 730,
        action: 'delete',
        timestampColumn: 'closed_at',
        assetIds: [await assetId('visit')],
      },
    });
    const outcome = await evaluateControl(handle.db, lead, control.id, secrets);
    expect(outcome.state).toBe('fail');
    expect(outcome.evidence[0]!.label).toBe('service.visit: oldest row 800 days old, 70 days past the schedule');
    await expect(
      createControl(handle.db, lead, {
        policyId,
        name: 'Wrong column',
        ownerPersonId: owner.personId!,
        params: {
          kind: 'retention',
          keepDays: 30,
          action: 'archive',
          timestampColumn: 'closed_at',
          assetIds: [await assetId('ticket')],
        },
      }),
    ).rejects.toMatchObject({ field: 'params.timestampColumn' });
    // An exception granted by the approver counts the control as passing until it expires.
    await expect(
      grantPolicyException(handle.db, owner, {
        controlId: control.id,
        reason: 'Disposal job ships in January.',
        expiresOn: '2099-01-31',
      }),
    ).rejects.toBeInstanceOf(NotAllowedError);
    await grantPolicyException(handle.db, approver, {
      controlId: control.id,
      reason: 'Disposal job ships in January.',
      expiresOn: new Date(now.getTime() + 60 * DAY).toISOString().slice(0, 10),
    });
    const controls = await controlsOfPolicy(handle.db, policyId);
    expect(controls.find((item) => item.control.id === control.id)!.exception).not.toBeNull();
    expect((await policyCompliance(handle.db, policyId)).share).toBe(1);
    expect(await exceptionsOfPolicy(handle.db, policyId)).toEqual([
      expect.objectContaining({
        controlName: 'Service records kept two years',
        reason: 'Disposal job ships in January.',
        approvedBy: approver.personId,
        inForce: true,
      }),
    ]);
  });

  it('takes an access review as passing once its owner attests it, until it is due again', async () => {
    const control = await createControl(handle.db, lead, {
      policyId,
      name: 'Quarterly access review of consent data',
      ownerPersonId: owner.personId!,
      frequency: 'quarterly',
      params: { kind: 'access_review' },
    });
    // Its first review is due a quarter after it was written: not failing before then.
    expect((await evaluateControl(handle.db, lead, control.id, secrets)).state).toBe('not_evaluated');
    await expect(
      attestControl(handle.db, lead, { controlId: control.id, outcome: 'pass', statement: 'Reviewed.' }),
    ).rejects.toBeInstanceOf(NotAllowedError);
    await attestControl(handle.db, owner, {
      controlId: control.id,
      outcome: 'pass',
      statement: 'Twelve accounts reviewed, two removed.',
    });
    expect((await evaluateControl(handle.db, lead, control.id, secrets)).state).toBe('pass');
    const attestations = (await attestationsOfControls(handle.db, [control.id])).get(control.id)!;
    expect(attestations.map((row) => [row.personName, row.outcome, row.statement])).toEqual([
      ['Carmen Loyola', 'pass', 'Twelve accounts reviewed, two removed.'],
    ]);
  });

  it('changes a control (same kind), keeps its history, and shows compliance day by day', async () => {
    const { policy } = await createPolicy(handle.db, lead, {
      title: `Ticket retention ${kind}`,
      kind: 'information_lifecycle',
      ownerPersonId: lead.personId!,
      approverPersonId: approver.personId!,
      content: { statement: 'Tickets are kept for a month.', scope: {} },
    });
    const control = await createControl(handle.db, lead, {
      policyId: policy.id,
      name: 'Tickets kept a month',
      ownerPersonId: owner.personId!,
      params: {
        kind: 'retention',
        keepDays: 30,
        action: 'delete',
        timestampColumn: 'opened_at',
        assetIds: [await assetId('ticket')],
      },
    });
    // Five days ago the 95-day-old ticket broke the month's schedule.
    const fiveDaysAgo = new Date(now.getTime() - 5 * DAY);
    expect((await evaluateControl(handle.db, lead, control.id, secrets, { now: fiveDaysAgo })).state).toBe('fail');
    const changed = await updateControl(handle.db, lead, {
      id: control.id,
      version: control.version,
      name: 'Tickets kept a year',
      params: {
        kind: 'retention',
        keepDays: 365,
        action: 'archive',
        timestampColumn: 'opened_at',
        assetIds: [await assetId('ticket')],
      },
    });
    expect(changed).toMatchObject({ name: 'Tickets kept a year', version: control.version + 1 });
    await expect(
      updateControl(handle.db, lead, { id: control.id, version: control.version, name: 'Stale' }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      updateControl(handle.db, lead, { id: control.id, version: changed.version, params: { kind: 'attestation' } }),
    ).rejects.toMatchObject({ field: 'params.kind' });
    await expect(
      updateControl(handle.db, lead, {
        id: control.id,
        version: changed.version,
        params: {
          kind: 'retention',
          keepDays: 365,
          action: 'archive',
          timestampColumn: 'nope',
          assetIds: [await assetId('ticket')],
        },
      }),
    ).rejects.toBeInstanceOf(InputError);
    expect((await evaluateControl(handle.db, lead, control.id, secrets)).state).toBe('pass');
    const history = await complianceHistory(handle.db, policy.id, { days: 10 });
    expect(history.map((point) => point.share)).toEqual([0, 0, 0, 0, 0, 1]);
    expect(history[0]!.day).toBe(fiveDaysAgo.toISOString().slice(0, 10));
    // Switched off, a control leaves compliance from today; the days before keep what it measured.
    await updateControl(handle.db, lead, { id: control.id, version: changed.version, active: false });
    expect((await policyCompliance(handle.db, policy.id)).share).toBeNull();
    expect((await complianceHistory(handle.db, policy.id, { days: 10 })).map((point) => point.share)).toEqual([
      0, 0, 0, 0, 0,
    ]);
    await expect(
      updateControl(handle.db, testActor('viewer'), { id: control.id, version: changed.version + 1, active: true }),
    ).rejects.toBeInstanceOf(NotAllowedError);
  });

  it('proves step 12 once the policy is approved: personal data covered (EC12.1), access reviewed (EC12.2)', async () => {
    const program = await createProgram(handle.db, lead, { name: `Privacy ${kind}`, tracks: [12] });
    const criterion = async (key: string) =>
      (await evaluateStepCriteria(handle.db, program, 12, {})).find((result) => result.key === key)!;
    const before = await criterion('EC12.1');
    expect(before.state).toBe('fail');
    expect(before.evidence.filter((item) => !item.ok).map((item) => item.label)).toEqual([
      'service.visit.email: no approved policy',
      'service.visit.phone: no approved policy',
    ]);
    const [draft] = (await versionsOfPolicies(handle.db, [policyId]))[0]!;
    const submitted = await transitionPolicyVersion(handle.db, lead, {
      id: draft!.id,
      version: draft!.version,
      action: 'submit',
    });
    await transitionPolicyVersion(handle.db, approver, {
      id: submitted.id,
      version: submitted.version,
      action: 'approve',
    });
    expect((await criterion('EC12.1')).state).toBe('pass');
    expect(await criterion('EC12.2')).toMatchObject({
      state: 'pass',
      summary: 'Access to all 1 sensitive assets was reviewed in its period.',
    });
    // The retention control's open issue has the exception its approver granted (EC12.3).
    const exceptions = await criterion('EC12.3');
    expect(exceptions.state).toBe('pass');
    expect(exceptions.evidence.map((item) => item.label)).toEqual([
      expect.stringMatching(/^POL-\d+: exception until \d{4}-\d\d-\d\d$/),
    ]);
  });

  it('proves step 13: retention classes (EC13.1), legal holds (EC13.2), disposal tasks (EC13.3)', async () => {
    const program = await createProgram(handle.db, lead, {
      name: `Lifecycle ${kind}`,
      tracks: [13],
      scope: { sourceIds: [sourceId] },
    });
    const criterion = async (key: string) =>
      (await evaluateStepCriteria(handle.db, program, 13, {})).find((result) => result.key === key)!;
    // The approved privacy policy keeps visits two years; tickets have no schedule.
    const classes = await criterion('EC13.1');
    expect(classes.state).toBe('fail');
    expect(classes.evidence.map((item) => item.label)).toEqual([
      'service.ticket: no retention class',
      expect.stringMatching(/^service\.visit: keep 730 days, then delete \(GP-\d+\)$/),
    ]);
    // Visits are 70 days past the schedule: the control's open issue is their disposal task.
    const disposal = await criterion('EC13.3');
    expect(disposal.state).toBe('pass');
    expect(disposal.evidence[0]!.label).toMatch(/^service\.visit: disposal task POL-\d+ open$/);
    expect((await criterion('EC13.2')).summary).toBe('No table is under legal hold.');

    // A legal hold on visits: the last evaluation still lists them for deletion until evaluated again.
    const visit = await assetId('visit');
    await expect(
      placeLegalHold(handle.db, testActor('viewer'), { assetId: visit, matter: 'X' }),
    ).rejects.toBeInstanceOf(NotAllowedError);
    const hold = await placeLegalHold(handle.db, lead, {
      assetId: visit,
      matter: 'Smith v Homebody',
      reason: 'Service history of the claimant.',
    });
    await expect(placeLegalHold(handle.db, lead, { assetId: visit, matter: 'smith v homebody' })).rejects.toMatchObject(
      { field: 'matter' },
    );
    const held = await criterion('EC13.2');
    expect(held.state).toBe('fail');
    expect(held.evidence[0]!.label).toMatch(
      /^Held for Smith v Homebody, yet Service records kept two years \(GP-\d+\) lists it for deletion/,
    );
    const retention = (await controlsOfPolicy(handle.db, policyId)).find(
      (item) => item.control.name === 'Service records kept two years',
    )!;
    const evaluated = await evaluateControl(handle.db, lead, retention.control.id, secrets);
    expect(evaluated.state).toBe('pass');
    expect(evaluated.evidence.map((item) => item.label)).toEqual([
      expect.stringMatching(/^service\.visit: oldest row 8\d\d days old, kept under legal hold \(Smith v Homebody\)$/),
    ]);
    expect((await criterion('EC13.2')).state).toBe('pass');
    expect((await criterion('EC13.3')).summary).toBe('No table is past its retention schedule.');
    const lifecycle = await lifecycleOfAsset(handle.db, visit);
    expect(lifecycle.schedules.map((schedule) => [schedule.controlName, schedule.pastSchedule])).toEqual([
      ['Service records kept two years', false],
    ]);
    expect(lifecycle.holds).toEqual([
      expect.objectContaining({ matter: 'Smith v Homebody', placedByName: 'Sarah Updown', releasedAt: null }),
    ]);

    // Lifted: the schedule applies again at the next evaluation, and the disposal task reopens.
    await expect(
      releaseLegalHold(handle.db, lead, { id: hold.id, version: hold.version, note: ' ' }),
    ).rejects.toMatchObject({
      field: 'note',
    });
    await releaseLegalHold(handle.db, lead, { id: hold.id, version: hold.version, note: 'Case settled.' });
    expect((await evaluateControl(handle.db, lead, retention.control.id, secrets)).state).toBe('fail');
    const reopened = await criterion('EC13.3');
    expect(reopened.evidence[0]!.label).toMatch(/disposal task POL-\d+ open$/);
  });
});
