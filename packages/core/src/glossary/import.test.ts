import { type DbHandle, glossaryTerms, proposalBatches } from '@steward/db';
import { createTestDb, testDrivers } from '@steward/db/testing';
import type { Actor } from '@steward/domain';
import { stringify } from 'csv-stringify/sync';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDomain, buildGlossary, buildPerson, countAuditEvents, testActor } from '../testing/index.js';
import { decideBatch } from './batches.js';
import { exportTermsCsv } from './export.js';
import { importTerms } from './import-apply.js';
import { planTermImport } from './import-plan.js';
import { listTerms } from './terms-query.js';

const header = [
  'name',
  'definition',
  'synonyms',
  'parent',
  'domain',
  'steward',
  'critical_data_element',
  'related_to',
  'external_references',
];

function csv(rows: string[][], columns = header): string {
  return stringify([columns, ...rows]);
}

describe.each(testDrivers())('glossary CSV import and export on %s', (driver) => {
  let handle: DbHandle;
  let importer: Actor;
  let reviewer: Actor;
  let stewardEmail: string;

  beforeAll(async () => {
    handle = await createTestDb(driver);
    const [i, r, s] = [await buildPerson(handle.db), await buildPerson(handle.db), await buildPerson(handle.db)];
    importer = testActor('steward', { personId: i.id, label: 'importer@test' });
    reviewer = testActor('steward', { personId: r.id, label: 'reviewer@test' });
    stewardEmail = s.email;
    const customer = await buildDomain(handle.db, { name: 'Customer' });
    await buildDomain(handle.db, { name: 'Consumer', parentId: customer.id });
  });
  afterAll(async () => handle?.close());

  async function newGlossary() {
    return (await buildGlossary(handle.db, { reviewerIds: [reviewer.personId!] })).id;
  }

  it('imports rows in any order as one batch, approves it as a whole, and round-trips its export', async () => {
    const glossaryId = await newGlossary();
    const file = csv([
      [
        'Washer',
        'A machine that washes laundry.',
        'Washing machine | Laundry machine',
        'Appliance',
        '',
        stewardEmail,
        'false',
        'Dryer',
        '',
      ],
      [
        'Appliance',
        'A machine for the household.',
        '',
        '',
        'Customer/Consumer',
        '',
        'true',
        '',
        'Catalogue|https://homebody.example/catalogue',
      ],
      ['Dryer', 'A machine that dries laundry.', 'Tumble dryer', 'Appliance', 'Consumer', '', 'no', '', ''],
    ]);
    const plan = await planTermImport(handle.db, glossaryId, file);
    expect(plan.counts).toEqual({ rows: 3, create: 3, update: 0, unchanged: 0, error: 0 });
    expect(plan.writes.map((write) => write.content.name)).toEqual(['Appliance', 'Washer', 'Dryer']);

    const outcome = await importTerms(handle.db, importer, { glossaryId, csv: file, fileName: 'appliances.csv' });
    expect(outcome.batch).toMatchObject({ title: 'Import of appliances.csv', counts: { pending: 3 } });
    const inReview = await listTerms(handle.db, reviewer, { filter: { glossaryId } });
    expect(inReview.nodes.map((term) => term.status)).toEqual(['in_review', 'in_review', 'in_review']);

    await expect(
      decideBatch(handle.db, importer, { batchId: outcome.batch!.id, decision: 'approve' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const decided = await decideBatch(handle.db, reviewer, { batchId: outcome.batch!.id, decision: 'approve' });
    expect(decided).toMatchObject({ decided: 3, batch: { counts: { pending: 0, approved: 3 } } });
    const approved = await listTerms(handle.db, reviewer, { filter: { glossaryId } });
    const washer = approved.nodes.find((term) => term.name === 'Washer')!;
    const appliance = approved.nodes.find((term) => term.name === 'Appliance')!;
    expect(washer).toMatchObject({
      status: 'approved',
      approvedRevision: 1,
      parentId: appliance.id,
      synonyms: ['Washing machine', 'Laundry machine'],
    });
    expect(appliance.externalReferences).toEqual([{ label: 'Catalogue', url: 'https://homebody.example/catalogue' }]);

    const exported = await exportTermsCsv(handle.db, reviewer, glossaryId);
    expect(exported.split('\n')[0]).toContain('name,definition,abbreviation,synonyms,parent,domain');
    const again = await planTermImport(handle.db, glossaryId, exported);
    expect(again.counts).toEqual({ rows: 3, create: 0, update: 0, unchanged: 3, error: 0 });
    const second = await importTerms(handle.db, importer, { glossaryId, csv: exported, fileName: 'export.csv' });
    expect(second.batch).toBeNull();
  });

  it('stops an import with one bad row among many: the row and column are named, nothing is written', async () => {
    const glossaryId = await newGlossary();
    const rows = Array.from({ length: 300 }, (_, index) => [
      `Term ${index}`,
      `Definition ${index}.`,
      '',
      '',
      '',
      '',
      'false',
      '',
      '',
    ]);
    rows[150] = ['Term 150', 'Definition 150.', '', 'No such parent', '', 'nobody@nowhere.example', 'maybe', '', ''];
    const file = csv(rows);
    const plan = await planTermImport(handle.db, glossaryId, file);
    expect(plan.valid).toBe(false);
    expect(plan.counts).toMatchObject({ rows: 300, create: 299, error: 1 });
    expect(plan.rows[150]).toEqual({
      row: 152,
      name: 'Term 150',
      action: 'error',
      problems: [
        { column: 'parent', message: 'no term named "No such parent" in the file or the glossary' },
        { column: 'steward', message: 'no person with the email nobody@nowhere.example' },
        { column: 'critical_data_element', message: 'must be true or false' },
      ],
    });
    const before = await countAuditEvents(handle.db);
    await expect(importTerms(handle.db, importer, { glossaryId, csv: file })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: expect.arrayContaining([{ field: 'rows.152.parent', message: expect.any(String) }]),
    });
    expect(await countAuditEvents(handle.db)).toBe(before);
    expect(await handle.db.select().from(glossaryTerms).where(eq(glossaryTerms.glossaryId, glossaryId))).toEqual([]);
    expect(await handle.db.select().from(proposalBatches).where(eq(proposalBatches.glossaryId, glossaryId))).toEqual(
      [],
    );
  });

  it('is idempotent: the same file imported twice makes one batch', async () => {
    const glossaryId = await newGlossary();
    const file = csv([['Loyalty tier', 'How loyal a customer is.', '', '', '', '', 'false', '', '']]);
    const first = await importTerms(handle.db, importer, { glossaryId, csv: file });
    const second = await importTerms(handle.db, importer, { glossaryId, csv: file });
    expect(first.batch).not.toBeNull();
    expect(second).toMatchObject({ batch: null, plan: { counts: { unchanged: 1 } } });
  });

  it('names file-level problems and loops of broader terms', async () => {
    const glossaryId = await newGlossary();
    expect((await planTermImport(handle.db, glossaryId, 'title,meaning\nA,B\n')).fileProblems).toEqual([
      expect.stringContaining('Unknown columns: title, meaning'),
      expect.stringContaining('Missing required columns: name, definition'),
    ]);
    const loop = await planTermImport(
      handle.db,
      glossaryId,
      csv([
        ['A', 'a', '', 'B', '', '', 'false', '', ''],
        ['B', 'b', '', 'A', '', '', 'false', '', ''],
        ['A', 'again', '', '', '', '', 'false', '', ''],
      ]),
    );
    expect(loop.rows.map((row) => row.problems.map((problem) => `${problem.column}: ${problem.message}`))).toEqual([
      ['parent: makes a loop of broader terms'],
      ['parent: makes a loop of broader terms'],
      ['name: appears again (first in row 2)'],
    ]);
  });

  it('rejects a batch as a whole: new terms end rejected, with the comment', async () => {
    const glossaryId = await newGlossary();
    const outcome = await importTerms(handle.db, importer, {
      glossaryId,
      csv: csv([['Guess', 'Not sure.', '', '', '', '', 'false', '', '']]),
    });
    await expect(
      decideBatch(handle.db, reviewer, { batchId: outcome.batch!.id, decision: 'reject' }),
    ).rejects.toMatchObject({
      field: 'comment',
    });
    await decideBatch(handle.db, reviewer, {
      batchId: outcome.batch!.id,
      decision: 'reject',
      comment: 'Definitions, please.',
    });
    const terms = await listTerms(handle.db, reviewer, { filter: { glossaryId } });
    expect(terms.nodes[0]?.status).toBe('rejected');
  });
});
