/**
 * `pnpm bench`: Steward's benchmark harness. Builds the Homebody demo plus a generated
 * directory of people, then measures, on PGlite and (with DATABASE_URL) on PostgreSQL:
 *   - cold start of the embedded database to the first GraphQL answer (existing data folder),
 *   - the people list with roles at 10 and 100 per page (latency percentiles, SQL statements),
 *   - the domain tree page with responsibilities (the responsibility matrix's query),
 *   - sign-in (argon2id).
 * Prints a markdown table with the machine line; docs/benchmarks.md quotes it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSecretBox } from '@steward/core';
import { buildDomain, buildPerson, buildRoleAssignment } from '@steward/core/testing';
import { type DbHandle, type Driver, openDb } from '@steward/db';
import { createTestDb, testDrivers } from '@steward/db/testing';
import { createApp, createLogger, loadConfig, seedDemo } from '../../apps/server/src/index.js';
import { benchGlossary } from './glossary.js';
import { benchMdm, mdmHeader } from './mdm.js';
import { benchMdmScale, mdmScaleHeader } from './mdm-scale.js';

const iterations = Number(process.env.BENCH_ITERATIONS ?? 200);
const rows: string[][] = [];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function time<T>(work: () => Promise<T>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function prepare(handle: DbHandle) {
  await seedDemo(handle.db);
  const roots = await handle.db.query.domains.findMany({ where: (domain, { isNull }) => isNull(domain.parentId) });
  // 9 demo domains plus 91 sub-domains: a 100-row responsibility matrix, mostly inherited.
  for (let index = 0; index < 91; index++) {
    await buildDomain(handle.db, { name: `Sub-domain ${index}`, parentId: roots[index % roots.length]!.id });
  }
  const domains = await handle.db.query.domains.findMany({ limit: 5 });
  for (let index = 0; index < 300; index++) {
    const person = await buildPerson(handle.db);
    await buildRoleAssignment(handle.db, {
      personId: person.id,
      domainId: domains[index % domains.length]!.id,
      role: index % 2 ? 'business_steward' : 'technical_steward',
    });
  }
}

async function benchDriver(driver: Driver) {
  let statements = 0;
  const handle = await createTestDb(driver, { onQuery: () => statements++ });
  await prepare(handle);
  const app = createApp({
    db: handle.db,
    config: loadConfig({ LOG_LEVEL: 'silent' }),
    logger: createLogger('silent'),
    secrets: createSecretBox(undefined),
  });
  const signInBody = JSON.stringify({ email: 'sarah.updown@homebody.example', password: 'homebody-demo' });
  const signIns: number[] = [];
  let cookie = '';
  for (let index = 0; index < 10; index++) {
    signIns.push(
      await time(async () => {
        const response = await app.request('/auth/sign-in', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: signInBody,
        });
        cookie = response.headers.get('set-cookie')!.split(';')[0]!;
      }),
    );
  }
  const request = (query: string, variables: Record<string, unknown>) =>
    app.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
  const people = `query($first: Int!) { people(first: $first) { totalCount nodes { name email title
    orgUnit { name } roles { role raci domain { name } } } } }`;
  const matrix = `query($first: Int!) { domains(first: $first) { nodes { name depth
    responsibilities { inherited assignment { role raci person { name } } } } } }`;
  for (const [label, query, first] of [
    ['people list, 10 with roles', people, 10],
    ['people list, 100 with roles', people, 100],
    ['responsibility matrix, 100 domains', matrix, 100],
  ] as const) {
    let answer: unknown;
    for (let warm = 0; warm < 20; warm++) answer = await (await request(query, { first })).json();
    const responsibilities = JSON.stringify(answer).split('"inherited"').length - 1;
    const samples: number[] = [];
    const before = statements;
    for (let index = 0; index < iterations; index++) {
      samples.push(await time(async () => (await request(query, { first })).json()));
    }
    const perRequest = (statements - before) / iterations;
    samples.sort((a, b) => a - b);
    rows.push([
      driver,
      responsibilities ? `${label} (${responsibilities} responsibility entries)` : label,
      percentile(samples, 50).toFixed(1),
      percentile(samples, 95).toFixed(1),
      perRequest.toFixed(0),
    ]);
  }
  signIns.sort((a, b) => a - b);
  rows.push([driver, 'sign-in (argon2id)', percentile(signIns, 50).toFixed(1), percentile(signIns, 95).toFixed(1), '']);
  await handle.close();
}

async function benchColdStart() {
  const folder = mkdtempSync(join(tmpdir(), 'steward-bench-'));
  const dataDir = join(folder, 'data');
  const first = await openDb({ dataDir });
  await first.migrate();
  await seedDemo(first.db);
  await first.close();
  const samples: number[] = [];
  for (let run = 0; run < 3; run++) {
    samples.push(
      await time(async () => {
        const handle = await openDb({ dataDir });
        await handle.migrate();
        const app = createApp({
          db: handle.db,
          config: loadConfig({ LOG_LEVEL: 'silent' }),
          logger: createLogger('silent'),
          secrets: createSecretBox(undefined),
        });
        const response = await app.request('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ viewer { account { email } } }' }),
        });
        await response.json();
        await handle.close();
      }),
    );
  }
  rmSync(folder, { recursive: true, force: true });
  samples.sort((a, b) => a - b);
  rows.push([
    'pglite',
    'cold start to first GraphQL answer (existing folder)',
    samples[1]!.toFixed(0),
    samples[2]!.toFixed(0),
    '',
  ]);
}

const only = process.env.BENCH_ONLY;
if (!only || only === 'stewardship') {
  for (const driver of testDrivers()) await benchDriver(driver);
  await benchColdStart();
}
const glossaryRows: string[][] = [];
if (!only || only === 'glossary') {
  for (const driver of testDrivers()) {
    for (const count of [20_000, 100_000]) await benchGlossary(driver, count, glossaryRows);
  }
}

const mdmRows: string[][] = [];
if (!only || only === 'mdm') benchMdm(mdmRows);
// Minutes long (1 M records): only when asked for by name.
const mdmScaleRows: string[][] = [];
if (only === 'mdm-scale') benchMdmScale(mdmScaleRows);

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `\n${cpu}, ${cpus().length} cores, Node ${process.versions.node}; ${iterations} requests per row after 20 warm-up, sequential, in-process (app.request).\n`,
);
if (rows.length > 0) {
  console.log('| driver | operation | p50 ms | p95 ms | SQL statements per request |');
  console.log('| --- | --- | ---: | ---: | ---: |');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}
if (glossaryRows.length > 0) {
  console.log('\n| driver | glossary operation | time | rate or p95 | compared with |');
  console.log('| --- | --- | ---: | ---: | --- |');
  for (const row of glossaryRows) console.log(`| ${row.join(' | ')} |`);
}
if (mdmRows.length > 0) {
  console.log(`\n| ${mdmHeader.join(' | ')} |`);
  console.log(`| ${mdmHeader.map((_, index) => (index === 0 ? '---' : '---:')).join(' | ')} |`);
  for (const row of mdmRows) console.log(`| ${row.join(' | ')} |`);
}
if (mdmScaleRows.length > 0) {
  console.log(`\n| ${mdmScaleHeader.join(' | ')} |`);
  console.log(`| ${mdmScaleHeader.map((_, index) => (index === 0 ? '---' : '---:')).join(' | ')} |`);
  for (const row of mdmScaleRows) console.log(`| ${row.join(' | ')} |`);
}
