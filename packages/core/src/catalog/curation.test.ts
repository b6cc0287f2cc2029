import { type DbHandle, dataAssets, dataFields } from '@steward/db';
import { createTestDb } from '@steward/db/testing';
import type { Actor } from '@steward/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideProposal, proposeTerm } from '../glossary/proposals.js';
import { assignRole } from '../stewardship/role-assignments.js';
import {
  buildDomain,
  buildGlossary,
  buildPerson,
  createTestSource,
  type TestSource,
  testActor,
  testSourceKinds,
} from '../testing/index.js';
import { lineageOf } from './assets.js';
import { classificationsOfFields, decideClassification } from './classifications.js';
import { requestIngest, runIngestJob } from './ingest.js';
import { addLineageEdge, removeLineageEdge } from './manual-lineage.js';
import { resolveResponsibilitiesOfAssets, updateDataAsset } from './ownership.js';
import { withSourceSession } from './postgres-connector.js';
import {
  latestProfilesOfFields,
  profileRelation,
  profilesOfAsset,
  requestProfiling,
  runProfilingJob,
} from './profiling.js';
import { searchCatalog } from './search.js';
import { createSecretBox } from './secret-box.js';
import { createDataSource, getDataSources, updateDataSource } from './sources.js';
import { confirmedLinksOfTerms, decideTermLink, linkTerm, termLinksOfFields } from './term-links.js';

const schema = `
  create schema crm;
  create table crm.customer (
    id integer primary key,
    full_name text not null,
    contact_point text,
    phone text,
    loyalty_tier text,
    code text
  );
  insert into crm.customer
    select g, 'Person ' || g,
      case when g % 10 = 0 then null else 'p' || g || '@mail.example' end,
      '+49 30 ' || (1000000 + g)::text,
      (array['gold', 'silver', 'bronze', 'silver'])[1 + g % 4],
      'AB-' || lpad(g::text, 4, '0')
    from generate_series(1, 200) g;
  create table crm.big_event (id integer, kind text);
  insert into crm.big_event select g, 'k' || (g % 3) from generate_series(1, 150000) g;
  analyze;
`;

describe.each(testSourceKinds())('profiling, classification and term links on a %s source', (kind) => {
  let handle: DbHandle;
  let source: TestSource;
  let steward: Actor;
  let sourceId: string;
  let customerId: string;
  const secrets = createSecretBox('test-key');
  const fieldId = async (name: string) => {
    const [row] = await handle.db
      .select({ id: dataFields.id })
      .from(dataFields)
      .where(and(eq(dataFields.assetId, customerId), eq(dataFields.name, name)));
    return row!.id;
  };

  beforeAll(async () => {
    handle = await createTestDb(kind);
    source = await createTestSource(kind);
    await source.exec(schema);
    const person = await buildPerson(handle.db);
    const reviewerPerson = await buildPerson(handle.db);
    steward = testActor('steward', { personId: person.id });
    const reviewer = testActor('steward', { personId: reviewerPerson.id });
    // An approved term whose synonym is a column's name: "Loyalty tier", synonym "Tier".
    const glossary = await buildGlossary(handle.db, { reviewerIds: [reviewerPerson.id] });
    const { proposal } = await proposeTerm(handle.db, steward, {
      glossaryId: glossary.id,
      content: {
        name: 'Customer loyalty level',
        definition: 'How loyal a customer is.',
        synonyms: ['Loyalty tier'],
        classification: 'confidential',
        tags: ['PII'],
      },
    });
    await decideProposal(handle.db, reviewer, { proposalId: proposal.id, decision: 'approve' });
    const created = await createDataSource(
      handle.db,
      steward,
      { name: `CRM ${kind}`, connection: { ...source.credentials, schemas: ['crm'] } },
      secrets,
    );
    sourceId = created.id;
    const job = await requestIngest(handle.db, steward, { sourceId });
    await runIngestJob(handle.db, job.id, { sourceId, actor: { ...steward } }, secrets);
    const [customer] = await handle.db.select().from(dataAssets).where(eq(dataAssets.name, 'customer'));
    customerId = customer!.id;
  });
  afterAll(async () => {
    await source?.close();
    await handle?.close();
  });

  it('suggests personal data from column names at ingest, each with its reason', async () => {
    const [fullName, phone, contact] = await classificationsOfFields(handle.db, [
      await fieldId('full_name'),
      await fieldId('phone'),
      await fieldId('contact_point'),
    ]);
    expect(fullName).toEqual([
      expect.objectContaining({ piiClass: 'person_name', status: 'suggested', basis: 'name' }),
    ]);
    expect(phone![0]).toMatchObject({ piiClass: 'phone', reason: 'The column name contains "phone"' });
    expect(contact).toEqual([]);
  });

  it('profiles tables with figures that match the rows, and suggests from the values it saw', async () => {
    const job = await requestProfiling(handle.db, steward, { assetIds: [customerId] });
    const outcome = await runProfilingJob(
      handle.db,
      job.id,
      { assetIds: [customerId], actor: { ...steward } },
      secrets,
    );
    expect(outcome.profiled).toBe(1);
    const [profile] = await profilesOfAsset(handle.db, customerId);
    expect(profile).toMatchObject({ rowCount: 200, profiledRows: 200, sampled: false });

    const [id, contact, tier, code] = await latestProfilesOfFields(handle.db, [
      await fieldId('id'),
      await fieldId('contact_point'),
      await fieldId('loyalty_tier'),
      await fieldId('code'),
    ]);
    expect(id).toMatchObject({ nullCount: 0, distinctCount: 200, minValue: '1', maxValue: '200' });
    expect(contact).toMatchObject({ nullCount: 20, distinctCount: 180 });
    expect(tier!.topValues).toEqual([
      { value: 'silver', count: 100 },
      { value: 'bronze', count: 50 },
      { value: 'gold', count: 50 },
    ]);
    expect(tier).toMatchObject({ minLength: 4, maxLength: 6, distinctCount: 3 });
    expect(code!.patterns).toEqual([{ value: 'AA-9999', count: 200 }]);

    // contact_point holds emails: its name says nothing, its values do.
    const [classes] = await classificationsOfFields(handle.db, [await fieldId('contact_point')]);
    expect(classes).toEqual([
      expect.objectContaining({
        piiClass: 'email',
        basis: 'values',
        reason: expect.stringContaining('of the sampled values are email addresses'),
      }),
    ]);
  });

  it('profiles a large table on a sample and says so', async () => {
    const [big] = await handle.db.select().from(dataAssets).where(eq(dataAssets.name, 'big_event'));
    expect(big!.rowEstimate).toBeGreaterThan(100_000);
    const figures = await withSourceSession(source.credentials, (sql) =>
      profileRelation(sql, { schema: 'crm', name: 'big_event', kind: 'table', rowEstimate: big!.rowEstimate }, [
        { name: 'kind', dataType: 'text' },
      ]),
    );
    expect(figures.sampled).toBe(true);
    expect(figures.samplePercent).toBeLessThan(50);
    expect(figures.profiledRows).toBeLessThan(150_000);
    expect(figures.rowCount).toBeGreaterThanOrEqual(100_000);
    expect(figures.fields[0]!.distinctCount).toBe(3);
  });

  it('lets a steward confirm or reject a suggestion, and a later profiling leaves the decision alone', async () => {
    const [contactClasses] = await classificationsOfFields(handle.db, [await fieldId('contact_point')]);
    const suggestion = contactClasses![0];
    const confirmed = await decideClassification(handle.db, steward, { id: suggestion!.id, decision: 'confirm' });
    expect(confirmed).toMatchObject({ status: 'confirmed', decidedByLabel: steward.label });
    const [phoneClasses] = await classificationsOfFields(handle.db, [await fieldId('phone')]);
    const phone = phoneClasses![0];
    await decideClassification(handle.db, steward, { id: phone!.id, decision: 'reject' });

    const job = await requestProfiling(handle.db, steward, { assetIds: [customerId] });
    await runProfilingJob(handle.db, job.id, { assetIds: [customerId], actor: { ...steward } }, secrets);
    const [contact, phoneAfter] = await classificationsOfFields(handle.db, [
      await fieldId('contact_point'),
      await fieldId('phone'),
    ]);
    expect(contact![0]).toMatchObject({ status: 'confirmed' });
    expect(phoneAfter).toEqual([]); // rejected stays rejected, and is not listed
    expect(await profilesOfAsset(handle.db, customerId)).toHaveLength(2); // profiles are kept over time
    await expect(
      decideClassification(handle.db, testActor('viewer'), { id: suggestion!.id, decision: 'reject' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('suggests the term whose synonym is the column name, and a confirmed link shows where the term lives', async () => {
    const tierId = await fieldId('loyalty_tier');
    const [links] = await termLinksOfFields(handle.db, [tierId]);
    expect(links).toEqual([
      expect.objectContaining({
        status: 'suggested',
        score: 1,
        reason: 'The column name "loyalty_tier" is the term\'s synonym "Loyalty tier"',
      }),
    ]);
    const confirmed = await decideTermLink(handle.db, steward, { id: links![0]!.id, decision: 'confirm' });
    expect(confirmed.status).toBe('confirmed');
    const [where] = await confirmedLinksOfTerms(handle.db, [confirmed.termId]);
    expect(where!.map((link) => link.fieldId)).toEqual([tierId]);

    // Linking by hand works for any column; a second link of the same pair updates it.
    const manual = await linkTerm(handle.db, steward, { termId: confirmed.termId, fieldId: await fieldId('code') });
    const again = await linkTerm(handle.db, steward, { termId: confirmed.termId, fieldId: await fieldId('code') });
    expect(again.id).toBe(manual.id);
    await expect(linkTerm(handle.db, steward, { termId: confirmed.termId })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'fieldId',
    });
  });

  it('finds columns by the name or synonyms of the terms confirmed on them, typos forgiven', async () => {
    // `code` carries "Customer loyalty level" (linked by hand above); its own name says nothing of it.
    const byTerm = await searchCatalog(handle.db, steward, { query: 'customer loyalty levle' });
    const codeId = await fieldId('code');
    expect(byTerm.fields.find((hit) => hit.fieldId === codeId)).toMatchObject({
      matchedTerm: 'Customer loyalty level',
    });
    const bySynonym = await searchCatalog(handle.db, steward, { query: 'Loyalty tier', kinds: ['field'] });
    expect(bySynonym.fields.map((hit) => hit.fieldId)).toEqual(
      expect.arrayContaining([codeId, await fieldId('loyalty_tier')]),
    );
    expect(bySynonym.terms).toEqual([]);
    const assets = await searchCatalog(handle.db, steward, { query: 'custmer', kinds: ['asset'] });
    expect(assets.assets.map((hit) => hit.assetId)).toContain(customerId);
    const terms = await searchCatalog(handle.db, steward, { query: 'loyalty', kinds: ['term'] });
    expect(terms.terms.map((hit) => hit.term.name)).toContain('Customer loyalty level');

    // Facets over every match: which source, which confirmed personal data; and the class as a filter.
    const contact = await searchCatalog(handle.db, steward, { query: 'contact point' });
    expect(contact.facets.sources).toEqual([{ sourceId, count: contact.counts.asset + contact.counts.field }]);
    expect(contact.facets.piiClasses).toEqual([{ piiClass: 'email', count: 1 }]);
    const emailsOnly = await searchCatalog(handle.db, steward, { query: 'contact point', piiClass: 'email' });
    expect(emailsOnly.fields.map((hit) => hit.fieldId)).toEqual([await fieldId('contact_point')]);
    expect(emailsOnly.counts).toEqual({ term: 0, asset: 0, field: 1 });
  });

  it("answers who owns an asset: its own roles first, its domain's for the rest, and moves with its domain", async () => {
    const customerDomain = await buildDomain(handle.db, { name: `Customer ${kind}` });
    const otherDomain = await buildDomain(handle.db, { name: `Sales ${kind}` });
    const owner = await buildPerson(handle.db, { name: 'Olga Owner' });
    const salesOwner = await buildPerson(handle.db, { name: 'Sam Sales' });
    const assetSteward = await buildPerson(handle.db, { name: 'Ada Asset' });
    const admin = testActor('admin');
    await assignRole(handle.db, admin, {
      personId: owner.id,
      role: 'data_owner',
      scope: { type: 'domain', id: customerDomain.id },
    });
    await assignRole(handle.db, admin, {
      personId: salesOwner.id,
      role: 'data_owner',
      scope: { type: 'domain', id: otherDomain.id },
    });
    await updateDataSource(
      handle.db,
      steward,
      { id: sourceId, version: (await getDataSources(handle.db, [sourceId]))[0]!.version, domainId: customerDomain.id },
      secrets,
    );

    let [responsibilities] = await resolveResponsibilitiesOfAssets(handle.db, [customerId]);
    expect(
      responsibilities!.map((entry) => [entry.assignment.role, entry.assignment.personId, entry.inheritedFromDomainId]),
    ).toEqual([['data_owner', owner.id, customerDomain.id]]);

    await assignRole(handle.db, admin, {
      personId: assetSteward.id,
      role: 'technical_steward',
      scope: { type: 'asset', id: customerId },
    });
    await expect(
      assignRole(handle.db, admin, {
        personId: assetSteward.id,
        role: 'custodian',
        scope: { type: 'asset', id: '00000000-0000-4000-8000-000000000000' },
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'scope.id' });
    [responsibilities] = await resolveResponsibilitiesOfAssets(handle.db, [customerId]);
    expect(responsibilities!.map((entry) => [entry.assignment.role, entry.inheritedFromDomainId === null])).toEqual([
      ['technical_steward', true],
      ['data_owner', false],
    ]);

    const [asset] = await handle.db.select().from(dataAssets).where(eq(dataAssets.id, customerId));
    await updateDataAsset(handle.db, steward, { id: customerId, version: asset!.version, domainId: otherDomain.id });
    [responsibilities] = await resolveResponsibilitiesOfAssets(handle.db, [customerId]);
    expect(responsibilities!.find((entry) => entry.assignment.role === 'data_owner')!.assignment.personId).toBe(
      salesOwner.id,
    );
  });

  it('draws lineage by hand, keeps it through ingests, and removes only hand-drawn edges', async () => {
    const [big] = await handle.db.select().from(dataAssets).where(eq(dataAssets.name, 'big_event'));
    const edge = await addLineageEdge(handle.db, steward, {
      upstreamAssetId: customerId,
      downstreamAssetId: big!.id,
      label: 'Nightly ETL: events per customer',
    });
    await expect(
      addLineageEdge(handle.db, steward, { upstreamAssetId: customerId, downstreamAssetId: big!.id }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'downstreamAssetId' });
    await expect(
      addLineageEdge(handle.db, steward, {
        upstreamAssetId: customerId,
        downstreamAssetId: big!.id,
        upstreamFieldId: await fieldId('id'),
      }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'downstreamFieldId' });

    const job = await requestIngest(handle.db, steward, { sourceId });
    await runIngestJob(handle.db, job.id, { sourceId, actor: { ...steward } }, secrets);
    let graph = await lineageOf(handle.db, { assetId: customerId, upstream: 0, downstream: 1 });
    expect(graph.edges.find((item) => item.id === edge.id)).toMatchObject({
      kind: 'manual',
      label: 'Nightly ETL: events per customer',
    });

    const ingested = graph.edges.find((item) => item.kind !== 'manual');
    if (ingested) {
      await expect(removeLineageEdge(handle.db, steward, { id: ingested.id })).rejects.toMatchObject({ field: 'id' });
    }
    await removeLineageEdge(handle.db, steward, { id: edge.id });
    graph = await lineageOf(handle.db, { assetId: customerId, upstream: 0, downstream: 1 });
    expect(graph.assetIds).not.toContain(big!.id);
    const again = await addLineageEdge(handle.db, steward, { upstreamAssetId: customerId, downstreamAssetId: big!.id });
    expect(again.id).toBe(edge.id);
  });
});
