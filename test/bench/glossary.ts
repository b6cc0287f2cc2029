import { randomUUID } from 'node:crypto';
import { decideBatch, importTerms, searchTerms } from '@steward/core';
import { buildGlossary, buildPerson, testActor } from '@steward/core/testing';
import type { DbHandle, Driver } from '@steward/db';
import { createTestDb } from '@steward/db/testing';
import { stringify } from 'csv-stringify/sync';

const adjectives = [
  'Active',
  'Billing',
  'Primary',
  'Service',
  'Retail',
  'Spare',
  'Finished',
  'Warranty',
  'Invoice',
  'Quality',
  'Delivery',
  'Customer',
  'Supplier',
  'Production',
  'Return',
];
const nouns = [
  'address',
  'order',
  'appliance',
  'contract',
  'visit',
  'part',
  'channel',
  'batch',
  'date',
  'amount',
  'status',
  'segment',
  'region',
  'line',
  'code',
];
const words = [
  'household',
  'repair',
  'washer',
  'fridge',
  'dealer',
  'technician',
  'shipment',
  'catalogue',
  'loyalty',
  'claim',
  'model',
  'serial',
  'plant',
  'defect',
  'payment',
];

/** A deterministic glossary of `count` terms: names, synonyms, definitions, some hierarchy. */
export function generateGlossaryCsv(count: number, seed = 1): string {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const rows: string[][] = [
    ['name', 'definition', 'abbreviation', 'synonyms', 'parent', 'critical_data_element', 'tags'],
  ];
  for (let index = 0; index < count; index++) {
    const name = `${pick(adjectives)} ${pick(nouns)} ${index}`;
    const parent = index >= 100 && random() < 0.3 ? rows[1 + Math.floor(random() * 100)]![0]! : '';
    rows.push([
      name,
      `The ${pick(words)} ${pick(nouns)} of a ${pick(words)}, recorded when the ${pick(words)} ${pick(words)} changes.`,
      random() < 0.2 ? `${name.slice(0, 1)}${pick(nouns).slice(0, 2).toUpperCase()}${index}` : '',
      [`${pick(words)} ${pick(nouns)} ${index}`, random() < 0.5 ? `${pick(words)} ${index}` : '']
        .filter(Boolean)
        .join(' | '),
      parent,
      random() < 0.05 ? 'true' : 'false',
      random() < 0.1 ? 'PII' : '',
    ]);
  }
  return stringify(rows);
}

/** Raw COPY of the same rows into the same table, as the bulk-load ceiling to compare with. */
async function copyBaseline(handle: DbHandle, glossaryId: string, csv: string): Promise<number> {
  const lines = csv.trim().split('\n').slice(1);
  const escape = (value: string) => value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');
  // name, definition, synonyms as a text[] literal; the rest take their defaults.
  const body = lines
    .map((line, index) => {
      const [name = '', definition = ''] = line.split(',');
      return [randomUUID(), glossaryId, 'approved', escape(`Copy ${index} ${name}`), escape(definition), '{}'].join(
        '\t',
      );
    })
    .join('\n');
  const started = performance.now();
  if (handle.pglite) {
    await handle.pglite.query(
      "copy glossary_term (id, glossary_id, status, name, definition, synonyms) from '/dev/blob'",
      [],
      {
        blob: new Blob([`${body}\n`]),
      },
    );
  } else {
    const stream =
      await handle.postgres!`copy glossary_term (id, glossary_id, status, name, definition, synonyms) from stdin`.writable();
    await new Promise<void>((resolve, reject) => {
      stream.on('error', reject);
      stream.on('finish', () => resolve());
      stream.end(`${body}\n`);
    });
  }
  return performance.now() - started;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Imports `count` terms, approves the batch, times it against COPY, then times search. */
export async function benchGlossary(driver: Driver, count: number, rows: string[][]) {
  const handle = await createTestDb(driver);
  try {
    const reviewerPerson = await buildPerson(handle.db);
    const importerPerson = await buildPerson(handle.db);
    const reviewer = testActor('steward', { personId: reviewerPerson.id });
    const importer = testActor('steward', { personId: importerPerson.id });
    const glossary = await buildGlossary(handle.db, { reviewerIds: [reviewerPerson.id] });
    const csv = generateGlossaryCsv(count);

    let started = performance.now();
    const outcome = await importTerms(handle.db, importer, { glossaryId: glossary.id, csv, fileName: 'bench.csv' });
    const importMs = performance.now() - started;
    started = performance.now();
    await decideBatch(handle.db, reviewer, { batchId: outcome.batch!.id, decision: 'approve' });
    const approveMs = performance.now() - started;
    const copyGlossary = await buildGlossary(handle.db);
    const copyMs = await copyBaseline(handle, copyGlossary.id, csv);

    const rate = (ms: number) => Math.round(count / (ms / 1000));
    rows.push([
      driver,
      `import ${count.toLocaleString('en')} terms as one batch proposal`,
      `${(importMs / 1000).toFixed(1)} s`,
      `${rate(importMs).toLocaleString('en')} rows/s`,
      `${(copyMs / importMs).toFixed(2)}× COPY (${rate(copyMs).toLocaleString('en')} rows/s)`,
    ]);
    rows.push([
      driver,
      `approve that batch (${count.toLocaleString('en')} terms)`,
      `${(approveMs / 1000).toFixed(1)} s`,
      `${rate(approveMs).toLocaleString('en')} rows/s`,
      '',
    ]);

    const queries = [
      'household',
      'warranty date',
      'spare part 12',
      'custmer adress',
      'repar',
      'fridge',
      'billing amount 77',
      'technician visit',
      'PII',
      'serial',
    ];
    const times: number[] = [];
    for (let warm = 0; warm < 10; warm++)
      await searchTerms(handle.db, reviewer, { query: queries[warm % queries.length], first: 20 });
    for (let index = 0; index < 200; index++) {
      const query = queries[index % queries.length];
      const at = performance.now();
      await searchTerms(handle.db, reviewer, { query, first: 20, filter: { glossaryIds: [glossary.id] } });
      times.push(performance.now() - at);
    }
    times.sort((a, b) => a - b);
    rows.push([
      driver,
      `search with facets over ${count.toLocaleString('en')} terms (200 queries)`,
      `p50 ${percentile(times, 50).toFixed(1)} ms`,
      `p95 ${percentile(times, 95).toFixed(1)} ms`,
      '',
    ]);
  } finally {
    await handle.close();
  }
}
