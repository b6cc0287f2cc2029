import {
  assetProfiles,
  type DbHandle,
  dataAssets,
  dataFields,
  dataSources,
  fieldClassifications,
  glossaryTerms,
  mdmDomains,
  mdmPolicyVersions,
  mdmSamples,
  mdmSimulations,
  qualityResults,
  qualityRules,
  tickets,
} from '@steward/db';
import { createTestDb, testDrivers } from '@steward/db/testing';
import { type Actor, type BuiltInMetricKey, builtInMetricKeys, InputError, NotAllowedError } from '@steward/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTicket } from '../issues/tickets.js';
import { assignRole } from '../stewardship/role-assignments.js';
import { buildDomain, buildGlossary, buildPerson, testActor } from '../testing/index.js';
import { computeBuiltInMetric } from './compute.js';
import {
  defineMetric,
  listMetrics,
  recordMetricValue,
  takeMetricSnapshot,
  updateMetric,
  valuesOfMetrics,
} from './metrics.js';
import { acknowledgeScorecard, publishScorecard, scorecardOf } from './scorecard.js';

const DAY = 86_400_000;

describe.each(testDrivers())('governance metrics on %s', (driver) => {
  let handle: DbHandle;
  let admin: Actor;
  let owner: Actor;
  let customer: string;
  let consumer: string;
  let supplier: string;
  const now = new Date('2026-11-20T12:00:00Z');

  beforeAll(async () => {
    handle = await createTestDb(driver);
    const db = handle.db;
    admin = testActor('admin');
    const steve = await buildPerson(db, { name: 'Steve Panic' });
    const carmen = await buildPerson(db, { name: 'Carmen Loyola' });
    owner = testActor('steward', { personId: carmen.id });
    customer = (await buildDomain(db, { name: 'Customer' })).id;
    consumer = (await buildDomain(db, { name: 'Consumer', parentId: customer })).id;
    supplier = (await buildDomain(db, { name: 'Supplier' })).id;
    // Stewardship: Customer has an owner and a steward (Consumer inherits both); Supplier only an owner.
    await assignRole(db, admin, {
      personId: steve.id,
      role: 'data_owner',
      raci: 'A',
      scope: { type: 'domain', id: customer },
    });
    await assignRole(db, admin, {
      personId: carmen.id,
      role: 'business_steward',
      scope: { type: 'domain', id: customer },
    });
    await assignRole(db, admin, {
      personId: steve.id,
      role: 'data_owner',
      raci: 'A',
      scope: { type: 'domain', id: supplier },
    });

    // Glossary: CDEs in Customer 3 approved + 1 in review; one in Supplier in review; a deprecated CDE and a non-CDE don't count.
    const glossary = await buildGlossary(db);
    const term = (name: string, status: string, domainId: string, cde = true) => ({
      glossaryId: glossary.id,
      name,
      status,
      definition: `${name}, as the business means it.`,
      domainId,
      criticalDataElement: cde,
    });
    await db
      .insert(glossaryTerms)
      .values([
        term('Customer', 'approved', customer),
        term('Household', 'approved', consumer),
        term('Email', 'approved', customer),
        term('Phone', 'in_review', customer),
        term('Client', 'deprecated', customer),
        term('Nickname', 'approved', customer, false),
        term('Supplier', 'in_review', supplier),
      ]);

    // Catalogue: two Customer tables, one profiled a week ago; personal data 3 confirmed, 1 suggested, 1 rejected.
    const [source] = await db
      .insert(dataSources)
      .values({ name: 'crm', kind: 'postgresql', connection: { host: 'localhost' } })
      .returning();
    const [people, orders] = await db
      .insert(dataAssets)
      .values([
        { sourceId: source!.id, schemaName: 'crm', name: 'customers', kind: 'table', domainId: customer },
        { sourceId: source!.id, schemaName: 'crm', name: 'orders', kind: 'table', domainId: consumer },
      ])
      .returning();
    await db.insert(assetProfiles).values({
      assetId: people!.id,
      rowCount: 10,
      profiledRows: 10,
      sampled: false,
      createdAt: new Date(now.getTime() - 7 * DAY),
    });
    await db.insert(assetProfiles).values({
      assetId: orders!.id,
      rowCount: 10,
      profiledRows: 10,
      sampled: false,
      createdAt: new Date(now.getTime() - 45 * DAY),
    });
    const fields = await db
      .insert(dataFields)
      .values(
        ['email', 'phone', 'birth_date', 'street', 'note'].map((name, position) => ({
          assetId: people!.id,
          name,
          position,
          dataType: 'text',
          nullable: true,
        })),
      )
      .returning();
    await db.insert(fieldClassifications).values(
      ['confirmed', 'confirmed', 'confirmed', 'suggested', 'rejected'].map((status, index) => ({
        fieldId: fields[index]!.id,
        piiClass: 'email',
        status,
        basis: 'name',
        confidence: 0.9,
        reason: 'The column name says so.',
      })),
    );

    // Quality: one rule passes on its latest run, one fails (after passing), one only errored.
    const rule = (name: string) => ({
      name,
      assetId: people!.id,
      kind: 'not_null',
      params: { kind: 'not_null' },
      dimension: 'completeness',
      severity: 'high',
    });
    const [passing, failing, erroring] = await db
      .insert(qualityRules)
      .values([rule('Email present'), rule('Phone present'), rule('Street present')])
      .returning();
    const result = (ruleId: string, outcome: string, daysAgo: number) => ({
      ruleId,
      outcome,
      runAt: new Date(now.getTime() - daysAgo * DAY),
    });
    await db
      .insert(qualityResults)
      .values([
        result(passing!.id, 'passed', 1),
        result(failing!.id, 'passed', 3),
        result(failing!.id, 'failed', 1),
        result(erroring!.id, 'error', 1),
      ]);

    // Issues: two resolved after 2 and 6 days, two open in Customer (one breached its SLA), one open in Supplier.
    const ticket = async (title: string, domainId: string, daysAgo: number) =>
      createTicket(
        db,
        admin,
        { kind: 'data_quality', title, domainId, priority: 'P2' },
        { clock: { now: () => new Date(now.getTime() - daysAgo * DAY) } },
      );
    const resolvedFast = await ticket('Emails without @', customer, 10);
    const resolvedSlow = await ticket('Phones with letters', customer, 20);
    await ticket('Duplicate customers', customer, 5);
    const breached = await ticket('Old addresses', consumer, 30);
    await ticket('Supplier VAT ids', supplier, 2);
    await db
      .update(tickets)
      .set({ status: 'resolved', resolvedAt: new Date(now.getTime() - 8 * DAY) })
      .where(eq(tickets.id, resolvedFast.id));
    await db
      .update(tickets)
      .set({ status: 'resolved', resolvedAt: new Date(now.getTime() - 14 * DAY) })
      .where(eq(tickets.id, resolvedSlow.id));
    await db
      .update(tickets)
      .set({ resolveBreachedAt: new Date(now.getTime() - 1 * DAY) })
      .where(eq(tickets.id, breached.id));

    // MDM: the active policy's latest run found 90 golden records among 100.
    const [mdm] = await db.insert(mdmDomains).values({ name: 'Customer', hubStyle: 'consolidation' }).returning();
    const [policy] = await db
      .insert(mdmPolicyVersions)
      .values({ mdmDomainId: mdm!.id, number: 1, status: 'active', policy: {} })
      .returning();
    const [sample] = await db
      .insert(mdmSamples)
      .values({ mdmDomainId: mdm!.id, name: 'Sample', recordCount: 100, records: [] })
      .returning();
    await db.insert(mdmSimulations).values({
      mdmDomainId: mdm!.id,
      policyVersionId: policy!.id,
      sampleId: sample!.id,
      status: 'succeeded',
      policy: {},
      summary: { records: 100, clusters: 90 },
      finishedAt: now,
    });
  });
  afterAll(async () => {
    await handle.close();
  });

  const metric = (key: BuiltInMetricKey, domainId: string | null = null) =>
    computeBuiltInMetric(handle.db, key, { domainId, now });

  it('computes each built-in metric on the records, for the organisation and for a domain and those below it', async () => {
    // 2 of 3 domains covered (Consumer inherits from Customer).
    expect(await metric('stewardship_coverage')).toBeCloseTo(2 / 3, 10);
    expect(await metric('stewardship_coverage', customer)).toBe(1);
    expect(await metric('stewardship_coverage', supplier)).toBe(0);
    // 3 approved of 5 live CDEs; in Customer's subtree 3 of 4.
    expect(await metric('glossary_coverage')).toBe(0.6);
    expect(await metric('glossary_coverage', customer)).toBe(0.75);
    // 1 of 2 tables profiled in the last 30 days.
    expect(await metric('profiling_coverage')).toBe(0.5);
    expect(await metric('profiling_coverage', supplier)).toBeNull();
    // 3 confirmed of 4 detected (the rejected one is not personal data).
    expect(await metric('pii_classification_coverage')).toBe(0.75);
    // 1 passing of the 2 rules that ran without error.
    expect(await metric('quality_pass_rate')).toBe(0.5);
    // Median of 2 and 6 days.
    expect(await metric('time_to_resolve')).toBe(4);
    // 1 breached of 5 issues in the window.
    expect(await metric('sla_breach_rate')).toBe(0.2);
    expect(await metric('sla_breach_rate', customer)).toBe(0.25);
    // 3 open; 2 in Customer and below.
    expect(await metric('backlog')).toBe(3);
    expect(await metric('backlog', customer)).toBe(2);
    // (100 − 90) / 100.
    expect(await metric('mdm_duplicate_rate')).toBe(0.1);
  });

  it('takes a daily snapshot of every built-in metric, records manual values and builds the scorecard', async () => {
    const snapshot = await takeMetricSnapshot(handle.db, admin, {}, { clock: { now: () => now } });
    expect(snapshot.asOf).toBe('2026-11-20');
    const metrics = await listMetrics(handle.db);
    expect(
      metrics
        .filter((item) => item.builtIn)
        .map((item) => item.builtIn)
        .sort(),
    ).toEqual([...builtInMetricKeys].sort());
    const backlog = metrics.find((item) => item.builtIn === 'backlog')!;
    const [value] = (await valuesOfMetrics(handle.db, [backlog.id]))[0]!;
    expect(value).toMatchObject({ asOf: '2026-11-20', value: 3, source: 'snapshot' });
    const [customerValue] = (await valuesOfMetrics(handle.db, [backlog.id], { domainId: customer }))[0]!;
    expect(customerValue!.value).toBe(2);
    // Taking it again the same day replaces the value.
    await takeMetricSnapshot(handle.db, admin, {}, { clock: { now: () => now } });
    expect((await valuesOfMetrics(handle.db, [backlog.id]))[0]).toHaveLength(1);

    const visits = await defineMetric(handle.db, admin, {
      name: 'Service visits to a wrong address',
      unit: 'visits/month',
      direction: 'lower_is_better',
      area: 'value',
      baseline: 340,
      target: 50,
      ownerPersonId: owner.personId,
    });
    await expect(
      recordMetricValue(handle.db, testActor('viewer'), { metricId: visits.id, value: 300, asOf: '2026-11-01' }),
    ).rejects.toBeInstanceOf(NotAllowedError);
    await expect(
      recordMetricValue(handle.db, owner, { metricId: backlog.id, value: 1, asOf: '2026-11-01' }),
    ).rejects.toMatchObject({ field: 'metricId' });
    await recordMetricValue(
      handle.db,
      owner,
      { metricId: visits.id, value: 310, asOf: '2026-10-01' },
      { clock: { now: () => now } },
    );
    await recordMetricValue(
      handle.db,
      owner,
      { metricId: visits.id, value: 260, asOf: '2026-11-01' },
      { clock: { now: () => now } },
    );
    const score = await defineMetric(handle.db, admin, {
      name: 'Customer-data quality score',
      unit: '%',
      direction: 'higher_is_better',
      area: 'value',
      ownerPersonId: owner.personId,
    });
    await expect(
      recordMetricValue(
        handle.db,
        owner,
        { metricId: score.id, value: -5000, asOf: '2026-11-01' },
        { clock: { now: () => now } },
      ),
    ).rejects.toMatchObject({ field: 'value' });
    await expect(
      updateMetric(handle.db, admin, { id: backlog.id, version: backlog.version, unit: 'issues' }),
    ).rejects.toBeInstanceOf(InputError);

    const card = await scorecardOf(handle.db, { now });
    const kpi = (name: string) => card.kpis.find((item) => item.metric.name === name)!;
    expect(kpi('Service visits to a wrong address')).toMatchObject({ rag: 'red', delta: -50, improving: true });
    expect(kpi('Issue backlog')).toMatchObject({
      rag: 'green',
      work: [{ kind: 'screen', label: 'Issue backlog', href: '/issues' }],
    });
    // Quality pass rate 0.5 against 0.95: red.
    expect(kpi('Quality pass rate').rag).toBe('red');
    // Top risks: the breached issue and the failing high-severity rule.
    expect(card.risks.map((risk) => [risk.kind, risk.label.replace(/^[A-Z]+-\d+ /, '')])).toEqual([
      ['breached_sla', 'Old addresses'],
      ['failing_rule', 'Phone present'],
    ]);
    const onSupplier = await scorecardOf(handle.db, { now, domainId: supplier });
    expect(onSupplier.kpis.find((item) => item.metric.name === 'Issue backlog')!.latest!.value).toBe(1);
    expect(onSupplier.kpis.some((item) => item.metric.name === 'Service visits to a wrong address')).toBe(false);
    expect(onSupplier.risks).toEqual([]);

    // Published to the sponsors: a sponsor acknowledges it; the publisher and other people do not.
    const sponsor = testActor('executive', { personId: (await buildPerson(handle.db, { name: 'Yoshi Goto' })).id });
    await assignRole(handle.db, admin, {
      personId: sponsor.personId!,
      role: 'executive_sponsor',
      scope: { type: 'program', id: null },
    });
    const publication = await publishScorecard(
      handle.db,
      owner,
      { title: 'Scorecard November 2026' },
      { clock: { now: () => now } },
    );
    await expect(acknowledgeScorecard(handle.db, owner, { id: publication.id })).rejects.toBeInstanceOf(
      NotAllowedError,
    );
    const acknowledged = await acknowledgeScorecard(handle.db, sponsor, { id: publication.id });
    expect(acknowledged.acknowledgements.map((item) => item.personId)).toEqual([sponsor.personId]);
  });
});
