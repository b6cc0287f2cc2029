import { readFileSync } from 'node:fs';
import { type DbHandle, dataAssets, mdmPolicyVersions, mdmSamples, tickets } from '@steward/db';
import { createTestDb, testDrivers } from '@steward/db/testing';
import { type Actor, InputError, MIN_MATCH_LABELS_FOR_M, NotAllowedError } from '@steward/domain';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestIngest, runIngestJob } from '../catalog/ingest.js';
import { createSecretBox } from '../catalog/secret-box.js';
import { createDataSource } from '../catalog/sources.js';
import {
  buildDomain,
  buildPerson,
  buildRoleAssignment,
  countAuditEvents,
  createTestSource,
  type TestSource,
  testActor,
  testSourceKinds,
} from '../testing/index.js';
import { createMdmDomain, updateMdmDomain } from './domains.js';
import {
  comparePolicyVersions,
  createPolicyVersion,
  getPolicyVersions,
  policyActionsFor,
  transitionPolicy,
  updatePolicyDraft,
} from './policies.js';
import {
  decideDuplicateReview,
  estimatePolicyFromLabels,
  labelCountsOfDomains,
  reviewTasksOfTickets,
  sendReviewTasks,
} from './review.js';
import { sampleMdmFromTable, sampleRecordsOf, uploadMdmSample } from './samples.js';
import {
  compareSimulations,
  explainSimulationPair,
  getMdmSimulations,
  runMdmSimulation,
  simulationClusters,
  startMdmSimulation,
} from './simulations.js';

const febrl1 = readFileSync(new URL('../../../../test/data/febrl/dataset1.csv', import.meta.url), 'utf8');
const personAttributes = [
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

describe.each(testDrivers())('MDM scope, policies and simulations on %s', (driver) => {
  let handle: DbHandle;
  let architect: Actor;
  let owner: Actor;
  let stranger: Actor;

  beforeAll(async () => {
    handle = await createTestDb(driver);
    const domain = await buildDomain(handle.db, { name: 'Customer' });
    const ownerPerson = await buildPerson(handle.db, { name: 'Steve Panic' });
    await buildRoleAssignment(handle.db, {
      personId: ownerPerson.id,
      domainId: domain.id,
      role: 'data_owner',
      raci: 'A',
    });
    architect = testActor('architect', { personId: (await buildPerson(handle.db, { name: 'Ada Schema' })).id });
    owner = testActor('steward', { personId: ownerPerson.id });
    stranger = testActor('steward', { personId: (await buildPerson(handle.db, { name: 'Someone Else' })).id });
    (globalThis as { customerDomainId?: string }).customerDomainId = domain.id;
  });
  afterAll(async () => {
    await handle.close();
  });
  const customerDomainId = () => (globalThis as { customerDomainId?: string }).customerDomainId!;

  it('defines an MDM domain with scope, and names the field of a bad scope without writing anything', async () => {
    const domain = await createMdmDomain(handle.db, architect, {
      name: 'Customer master',
      hubStyle: 'consolidation',
      domainId: customerDomainId(),
      attributes: personAttributes,
      sources: [
        { name: 'crm', priority: 1, trust: 0.9 },
        { name: 'web shop', priority: 2, trust: 0.6 },
      ],
    });
    expect(domain).toMatchObject({ hubStyle: 'consolidation', workflow: 'identify', version: 1 });
    const audits = await countAuditEvents(handle.db);
    await expect(
      updateMdmDomain(handle.db, architect, {
        id: domain.id,
        version: 1,
        attributes: [{ name: 'surname' }, { name: 'surname' }],
      }),
    ).rejects.toMatchObject({ fieldErrors: [{ field: 'attributes.1', message: 'repeats the attribute surname' }] });
    await expect(
      updateMdmDomain(handle.db, architect, {
        id: domain.id,
        version: 1,
        relations: [{ toMdmDomainId: domain.id, kind: 'same as' }],
      }),
    ).rejects.toMatchObject({ fieldErrors: [{ field: 'relations.0.toMdmDomainId' }] });
    await expect(createMdmDomain(handle.db, owner, { name: 'Product', hubStyle: 'registry' })).rejects.toBeInstanceOf(
      NotAllowedError,
    );
    expect(await countAuditEvents(handle.db)).toBe(audits);
  });

  it('versions a policy: draft → in review → approved by the data owner only → active; one active per domain', async () => {
    const domain = await createMdmDomain(handle.db, architect, {
      name: 'Customer policies',
      hubStyle: 'registry',
      domainId: customerDomainId(),
      attributes: personAttributes,
    });
    const v1 = await createPolicyVersion(handle.db, architect, { mdmDomainId: domain.id });
    expect(v1).toMatchObject({ number: 1, status: 'draft' });
    expect(v1.policy.attributes.map((attribute) => attribute.name)).toEqual(personAttributes.map((item) => item.name));
    expect(await policyActionsFor(handle.db, architect, v1)).toEqual(['submit']);
    const edited = await updatePolicyDraft(handle.db, architect, {
      id: v1.id,
      version: v1.version,
      policy: { ...v1.policy, autoMergeThreshold: 0.995 },
    });
    await expect(
      updatePolicyDraft(handle.db, architect, {
        id: v1.id,
        version: edited.version,
        policy: { ...v1.policy, reviewThreshold: 0.999, autoMergeThreshold: 0.9 },
      }),
    ).rejects.toMatchObject({ fieldErrors: [{ field: 'policy.reviewThreshold' }] });
    const submitted = await transitionPolicy(handle.db, architect, {
      id: v1.id,
      version: edited.version,
      action: 'submit',
    });
    await expect(
      transitionPolicy(handle.db, stranger, { id: v1.id, version: submitted.version, action: 'approve' }),
    ).rejects.toBeInstanceOf(NotAllowedError);
    await expect(
      transitionPolicy(handle.db, architect, { id: v1.id, version: submitted.version, action: 'approve' }),
    ).rejects.toBeInstanceOf(NotAllowedError);
    await expect(
      updatePolicyDraft(handle.db, architect, { id: v1.id, version: submitted.version, policy: v1.policy }),
    ).rejects.toBeInstanceOf(InputError);
    expect(await policyActionsFor(handle.db, owner, submitted)).toEqual(['approve', 'send_back']);
    const approved = await transitionPolicy(handle.db, owner, {
      id: v1.id,
      version: submitted.version,
      action: 'approve',
      comment: 'Looks right on the FEBRL sample.',
    });
    expect(approved).toMatchObject({ status: 'approved', decidedBy: owner.personId });
    const active = await transitionPolicy(handle.db, architect, {
      id: v1.id,
      version: approved.version,
      action: 'activate',
    });
    expect(active.status).toBe('active');

    // Version 2 starts from the active one; activating it retires version 1.
    const v2 = await createPolicyVersion(handle.db, architect, { mdmDomainId: domain.id });
    expect(v2.number).toBe(2);
    expect(v2.policy.autoMergeThreshold).toBe(0.995);
    const v2edited = await updatePolicyDraft(handle.db, architect, {
      id: v2.id,
      version: v2.version,
      policy: { ...v2.policy, autoMergeThreshold: 0.98, blocking: v2.policy.blocking.slice(1) },
    });
    const changes = await comparePolicyVersions(handle.db, v1.id, v2.id);
    expect(changes.map((change) => `${change.kind} ${change.item}`)).toEqual([
      'removed blocking pass soc_sec_id',
      'changed auto-merge threshold',
    ]);
    let current = await transitionPolicy(handle.db, architect, {
      id: v2.id,
      version: v2edited.version,
      action: 'submit',
    });
    current = await transitionPolicy(handle.db, owner, {
      id: v2.id,
      version: current.version,
      action: 'send_back',
      comment: 'Keep the ID pass.',
    });
    expect(current.status).toBe('draft');
    current = await transitionPolicy(handle.db, architect, { id: v2.id, version: current.version, action: 'submit' });
    current = await transitionPolicy(handle.db, owner, { id: v2.id, version: current.version, action: 'approve' });
    await transitionPolicy(handle.db, architect, { id: v2.id, version: current.version, action: 'activate' });
    const statuses = await handle.db
      .select({ number: mdmPolicyVersions.number, status: mdmPolicyVersions.status })
      .from(mdmPolicyVersions)
      .where(eq(mdmPolicyVersions.mdmDomainId, domain.id))
      .orderBy(mdmPolicyVersions.number);
    expect(statuses).toEqual([
      { number: 1, status: 'retired' },
      { number: 2, status: 'active' },
    ]);
  });

  it('simulates a policy on an uploaded sample: counts, scores against truth, clusters with golden records, explanations, comparison', async () => {
    const domain = await createMdmDomain(handle.db, architect, {
      name: 'Customer simulation',
      hubStyle: 'consolidation',
      domainId: customerDomainId(),
      attributes: personAttributes,
    });
    await expect(
      uploadMdmSample(handle.db, architect, {
        mdmDomainId: domain.id,
        name: 'bad',
        csv: febrl1,
        idColumn: 'id',
      }),
    ).rejects.toMatchObject({
      fieldErrors: [{ field: 'idColumn', message: 'names a column the file does not have (id)' }],
    });
    const sample = await uploadMdmSample(handle.db, architect, {
      mdmDomainId: domain.id,
      name: 'FEBRL 1',
      fileName: 'dataset1.csv',
      csv: febrl1,
      idColumn: 'rec_id',
      truthColumn: 'rec_id',
    });
    expect(sample).toMatchObject({ recordCount: 1000, idColumn: 'rec_id' });
    const [stored] = await handle.db
      .select({ truth: mdmSamples.truth })
      .from(mdmSamples)
      .where(eq(mdmSamples.id, sample.id));
    expect((stored!.truth as string[])[0]).toMatch(/^\d+$/);

    const policy = await createPolicyVersion(handle.db, architect, { mdmDomainId: domain.id });
    const first = await startMdmSimulation(handle.db, architect, { policyVersionId: policy.id, sampleId: sample.id });
    expect(first.status).toBe('queued');
    await runMdmSimulation(handle.db, first.id);
    const [done] = await getMdmSimulations(handle.db, [first.id]);
    expect(done!.status).toBe('succeeded');
    expect(done!.summary).toMatchObject({ records: 1000 });
    // FEBRL ids as truth: stored as the entity they name, so the scores are real.
    expect(done!.summary!.evaluation!.pairwise.f1).toBeGreaterThan(0.99);

    const page = await simulationClusters(handle.db, first.id, { limit: 5 });
    expect(page.totalCount).toBe(done!.summary!.multiRecordClusters);
    const cluster = page.nodes[0]!;
    expect(cluster.records.length).toBeGreaterThan(1);
    for (const value of cluster.golden.filter((item) => item.value !== null)) {
      expect(cluster.records.map((record) => record.id)).toContain(value.recordId);
      expect(value.rule).toBeTruthy();
    }
    const link = cluster.links[0]!;
    const why = await explainSimulationPair(handle.db, first.id, [link.a, link.b]);
    expect(why.score).toBeCloseTo(link.score, 5);
    expect(why.comparisons).toHaveLength(policy.policy.comparisons.length);
    const search = await simulationClusters(handle.db, first.id, { search: cluster.records[0]!.id });
    expect(search.nodes[0]!.number).toBe(cluster.number);

    // A stricter version merges fewer pairs; the comparison names the pairs it loses.
    const strict = await updatePolicyDraft(handle.db, architect, {
      id: policy.id,
      version: policy.version,
      policy: { ...policy.policy, autoMergeThreshold: 0.9999999 },
    });
    const second = await startMdmSimulation(handle.db, architect, { policyVersionId: strict.id, sampleId: sample.id });
    await runMdmSimulation(handle.db, second.id);
    const comparison = await compareSimulations(handle.db, first.id, second.id);
    expect(comparison.gained).toBe(0);
    expect(comparison.lost).toBeGreaterThan(0);
    expect(comparison.lostPairs[0]).toHaveLength(2);
  });

  it('sends the review band to stewards as one duplicate_review ticket per candidate cluster; decisions become labels that teach m and check later runs', async () => {
    const domain = await createMdmDomain(handle.db, architect, {
      name: 'Customer review',
      hubStyle: 'registry',
      domainId: customerDomainId(),
      attributes: personAttributes,
    });
    const sample = await uploadMdmSample(handle.db, architect, {
      mdmDomainId: domain.id,
      name: 'FEBRL 1',
      csv: febrl1,
      idColumn: 'rec_id',
      truthColumn: 'rec_id',
    });
    let policy = await createPolicyVersion(handle.db, architect, { mdmDomainId: domain.id });
    // A high auto-merge threshold on purpose: several true pairs fall into the review band.
    policy = await updatePolicyDraft(handle.db, architect, {
      id: policy.id,
      version: policy.version,
      policy: { ...policy.policy, autoMergeThreshold: 0.999999 },
    });
    const run = await startMdmSimulation(handle.db, architect, { policyVersionId: policy.id, sampleId: sample.id });
    await runMdmSimulation(handle.db, run.id);
    const [done] = await getMdmSimulations(handle.db, [run.id]);
    expect(done!.labelCheck).toBeNull();
    const tasks = await sendReviewTasks(handle.db, architect, { simulationId: run.id });
    expect(tasks).toHaveLength(done!.summary!.reviewTasks);
    expect(tasks.length).toBeGreaterThanOrEqual(MIN_MATCH_LABELS_FOR_M);
    const ticketRows = await handle.db
      .select({ kind: tickets.kind, key: tickets.key, domainId: tickets.domainId, description: tickets.description })
      .from(tickets)
      .where(
        inArray(
          tickets.id,
          tasks.map((task) => task.ticketId!),
        ),
      );
    expect(ticketRows.every((ticket) => ticket.kind === 'duplicate_review' && ticket.key.startsWith('DUP-'))).toBe(
      true,
    );
    expect(ticketRows.every((ticket) => ticket.domainId === customerDomainId())).toBe(true);
    expect(ticketRows[0]!.description).toContain('| given_name |');
    await expect(sendReviewTasks(handle.db, architect, { simulationId: run.id })).rejects.toMatchObject({
      fieldErrors: [{ field: 'simulationId', message: 'has already sent its review tasks to stewards' }],
    });

    const [ticketsTask] = await reviewTasksOfTickets(handle.db, [tasks[0]!.ticketId!]);
    expect(ticketsTask!.id).toBe(tasks[0]!.id);
    await expect(
      decideDuplicateReview(handle.db, owner, { taskId: tasks[0]!.id, decisions: [{ a: 'x', b: 'y', match: true }] }),
    ).rejects.toMatchObject({ fieldErrors: [{ field: 'decisions.0' }] });
    // The steward decides every task: all are true pairs of FEBRL 1 but the first, called a non-match on purpose.
    for (const [index, task] of tasks.entries()) {
      await decideDuplicateReview(handle.db, owner, {
        taskId: task.id,
        decisions: task.pairs.map((pair) => ({ a: pair.a, b: pair.b, match: index !== 0 })),
      });
    }
    const resolved = await handle.db
      .select({ status: tickets.status })
      .from(tickets)
      .where(
        inArray(
          tickets.id,
          tasks.map((task) => task.ticketId!),
        ),
      );
    expect(resolved.every((ticket) => ticket.status === 'resolved')).toBe(true);
    const [counts] = await labelCountsOfDomains(handle.db, [domain.id]);
    expect(counts).toEqual({ total: tasks.length, matches: tasks.length - 1 });

    // m learnt from the decided matches; every m stays strictly between 0 and 1.
    const [current] = await getPolicyVersions(handle.db, [policy.id]);
    await estimatePolicyFromLabels(handle.db, architect, { id: policy.id, version: current!.version });
    const [learnt] = await getPolicyVersions(handle.db, [policy.id]);
    expect(learnt!.policy.comparisons).not.toEqual(current!.policy.comparisons);
    for (const comparison of learnt!.policy.comparisons) {
      for (const level of [...comparison.levels, comparison.otherwise]) expect(level.m).toBeGreaterThan(0);
    }

    // The next run is checked against the decisions: the pair called "not a match" is one the
    // default thresholds merge, so it shows as a disagreement.
    const again = await startMdmSimulation(handle.db, architect, { policyVersionId: policy.id, sampleId: sample.id });
    await runMdmSimulation(handle.db, again.id);
    const [checked] = await getMdmSimulations(handle.db, [again.id]);
    expect(checked!.labelCheck!.total).toBe(tasks.length);
    expect(checked!.labelCheck!.agree + checked!.labelCheck!.disagreements.length).toBe(tasks.length);
  });
});

describe.each(testSourceKinds())('an MDM sample read from a catalogued table on a %s source', (kind) => {
  let handle: DbHandle;
  let source: TestSource;
  let assetId: string;
  const secrets = createSecretBox('test-key');
  const architect = testActor('architect');

  beforeAll(async () => {
    handle = await createTestDb(kind === 'postgres' ? 'postgres' : 'pglite');
    source = await createTestSource(kind);
    await source.exec(`
      create schema crm;
      create table crm.person (
        person_id integer primary key,
        first_name text,
        last_name text,
        birth date,
        changed_at timestamptz not null
      );
      insert into crm.person values
        (1, 'ann', 'lee', '1980-04-02', '2026-01-01'),
        (2, 'ann', 'lee', '1980-04-02', '2026-02-01'),
        (3, 'bo', 'chan', null, '2026-03-01');
    `);
    const created = await createDataSource(
      handle.db,
      testActor('admin'),
      { name: `CRM ${kind}`, connection: { ...source.credentials, schemas: ['crm'] } },
      secrets,
    );
    const job = await requestIngest(handle.db, testActor('admin'), { sourceId: created.id });
    await runIngestJob(handle.db, job.id, { sourceId: created.id, actor: testActor('admin') }, secrets);
    const [asset] = await handle.db.select().from(dataAssets).where(eq(dataAssets.name, 'person'));
    assetId = asset!.id;
  });
  afterAll(async () => {
    await source?.close();
    await handle?.close();
  });

  it('maps the table’s columns to attributes, reads it read-only and keeps it as a sample', async () => {
    const domain = await createMdmDomain(handle.db, architect, {
      name: `People ${kind}`,
      hubStyle: 'registry',
      attributes: [{ name: 'given_name' }, { name: 'surname' }, { name: 'date_of_birth' }],
    });
    await expect(
      sampleMdmFromTable(
        handle.db,
        architect,
        { mdmDomainId: domain.id, assetId, name: 'bad', columns: [{ attribute: 'given_name', column: 'first' }] },
        secrets,
      ),
    ).rejects.toMatchObject({ fieldErrors: [{ field: 'columns.0.column' }] });
    const sample = await sampleMdmFromTable(
      handle.db,
      architect,
      {
        mdmDomainId: domain.id,
        assetId,
        name: 'CRM people',
        columns: [
          { attribute: 'given_name', column: 'first_name' },
          { attribute: 'surname', column: 'last_name' },
          { attribute: 'date_of_birth', column: 'birth' },
        ],
        idColumn: 'person_id',
        updatedAtColumn: 'changed_at',
      },
      secrets,
    );
    expect(sample).toMatchObject({ recordCount: 3, fileName: 'crm.person' });
    const stored = await sampleRecordsOf(handle.db, sample.id);
    expect(stored!.records[0]).toMatchObject({
      id: '1',
      source: 'crm',
      values: { given_name: 'ann', surname: 'lee', date_of_birth: expect.stringMatching(/^1980-04-0[12]/) },
    });
    expect(stored!.records[2]!.values.date_of_birth).toBeNull();
    const policy = await createPolicyVersion(handle.db, architect, { mdmDomainId: domain.id });
    const run = await startMdmSimulation(handle.db, architect, { policyVersionId: policy.id, sampleId: sample.id });
    await runMdmSimulation(handle.db, run.id);
    const page = await simulationClusters(handle.db, run.id);
    expect(page.nodes.map((cluster) => cluster.records.map((record) => record.id).sort())).toEqual([['1', '2']]);
  });
});
