import { randomUUID } from 'node:crypto';
import { decideBatch, importTerms, searchTerms } from '@steward/core';
import { buildGlossary, buildPerson, testActor } from '@steward/core/testing';
import type { DbHandle, Driver } from '@steward/db';
import { createTestDb } from '@steward/db/testing';
import { stringify } from 'csv-stringify/sync';

const syllables = [
  'ka',
  'lo',
  'mi',
  'ren',
  'sto',
  'var',
  'den',
  'pul',
  'tri',
  'gor',
  'bel',
  'san',
  'dor',
  'fe',
  'lin',
  'mar',
  'nor',
  'pe',
  'qui',
  'ra',
  'sel',
  'tan',
  'ul',
  'vek',
  'wa',
  'xo',
  'yen',
  'zu',
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
  'customer',
  'warranty',
  'invoice',
  'supplier',
  'model',
];

/** A seeded pseudo-random source, so every run generates the same glossary. */
function randomSource(seed: number) {
  // mulberry32: 32-bit integer arithmetic, so the sequence never degrades into a short cycle.
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A vocabulary of 4,000 made-up words drawn with a Zipf distribution, as words are in real
 * text: a few common, most rare. (A handful of words repeated everywhere would make every
 * query match a third of the glossary, which no real glossary does; that worst case is
 * measured on its own.)
 */
function vocabulary(random: () => number) {
  const words: string[] = [];
  while (words.length < 4000) {
    const length = 2 + Math.floor(random() * 3);
    const word = Array.from({ length }, () => syllables[Math.floor(random() * syllables.length)]).join('');
    if (!words.includes(word)) words.push(word);
  }
  const weights = words.map((_, rank) => 1 / (rank + 1));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const cumulative: number[] = [];
  let running = 0;
  for (const weight of weights) {
    running += weight / total;
    cumulative.push(running);
  }
  return {
    words,
    draw: () => {
      const target = random();
      let low = 0;
      let high = cumulative.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (cumulative[middle]! < target) low = middle + 1;
        else high = middle;
      }
      return words[low]!;
    },
  };
}

/** A deterministic glossary of `count` terms: names, synonyms, definitions, some hierarchy. */
export function generateGlossaryCsv(count: number, seed = 1): string {
  const random = randomSource(seed);
  const { draw } = vocabulary(randomSource(7));
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const rows: string[][] = [
    ['name', 'definition', 'abbreviation', 'synonyms', 'parent', 'critical_data_element', 'tags'],
  ];
  for (let index = 0; index < count; index++) {
    const name = `${draw()} ${pick(nouns)} ${index}`;
    const parent = index >= 100 && random() < 0.3 ? rows[1 + Math.floor(random() * 100)]![0]! : '';
    rows.push([
      name,
      `The ${draw()} ${pick(nouns)} of a ${draw()} ${draw()}, recorded when the ${draw()} ${pick(nouns)} changes.`,
      random() < 0.2 ? `${name.slice(0, 2).toUpperCase()}${index}` : '',
      [`${draw()} ${pick(nouns)}`, random() < 0.5 ? `${draw()} ${draw()}` : ''].filter(Boolean).join(' | '),
      parent,
      random() < 0.05 ? 'true' : 'false',
      random() < 0.1 ? 'PII' : '',
    ]);
  }
  return stringify(rows);
}

/** Search queries like users type them: words of the vocabulary, some misspelt, some prefixes. */
export function searchQueries(): string[] {
  const random = randomSource(11);
  const { words } = vocabulary(randomSource(7));
  const someWord = () => words[50 + Math.floor(random() * 2000)]!;
  const misspell = (word: string) => {
    const at = 1 + Math.floor(random() * (word.length - 2));
    return word.slice(0, at) + word.slice(at + 1);
  };
  const queries: string[] = [];
  for (let index = 0; index < 10; index++) {
    queries.push(
      someWord(),
      `${someWord()} ${pick(nouns, random)}`,
      misspell(someWord()),
      someWord().slice(0, 4),
      `${misspell(someWord())} ${pick(nouns, random)}`,
    );
  }
  return queries;
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Raw COPY of the same rows into the same table, as the bulk-load ceiling to compare with. */
async function copyBaseline(handle: DbHandle, glossaryId: string, csv: string): Promise<number> {
  const lines = csv.trim().split('\n').slice(1);
  const escapeCopy = (value: string) => value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');
  // name, definition, synonyms as a text[] literal; the rest take their defaults.
  const body = lines
    .map((line, index) => {
      const [name = '', definition = ''] = line.split(',');
      return [
        randomUUID(),
        glossaryId,
        'approved',
        escapeCopy(`Copy ${index} ${name}`),
        escapeCopy(definition),
        '{}',
      ].join('\t');
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

    const timeQueries = async (queries: string[], repeat: number) => {
      const times: number[] = [];
      for (let warm = 0; warm < 10; warm++) {
        await searchTerms(handle.db, reviewer, { query: queries[warm % queries.length], first: 20 });
      }
      for (let index = 0; index < repeat; index++) {
        const at = performance.now();
        await searchTerms(handle.db, reviewer, {
          query: queries[index % queries.length],
          first: 20,
          filter: { glossaryIds: [glossary.id] },
        });
        times.push(performance.now() - at);
      }
      return times.sort((a, b) => a - b);
    };
    const typical = await timeQueries(searchQueries(), 200);
    rows.push([
      driver,
      `search with facets over ${count.toLocaleString('en')} terms (200 queries: words, typos, prefixes)`,
      `p50 ${percentile(typical, 50).toFixed(1)} ms`,
      `p95 ${percentile(typical, 95).toFixed(1)} ms`,
      '',
    ]);
    // The worst case: a word in about a seventh of all terms, so ranking reads all of them.
    const frequent = await timeQueries(['customer', 'date', 'order'], 30);
    rows.push([
      driver,
      `search for a word in ~15% of ${count.toLocaleString('en')} terms (worst case)`,
      `p50 ${percentile(frequent, 50).toFixed(1)} ms`,
      `p95 ${percentile(frequent, 95).toFixed(1)} ms`,
      '',
    ]);
  } finally {
    await handle.close();
  }
}
