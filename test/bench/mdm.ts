/**
 * `pnpm bench:mdm`: the golden-record engine on the labelled sets, each run through the same
 * command scripts use (`steward mdm simulate … --json`) in its own process, so peak RSS is the
 * run's own. FEBRL 1, 2 and 4a×4b and a generated FEBRL3-like set with the built-in `default-person` policy; the restaurant set
 * with its hand-written policy (person columns do not apply). One warm-up, then the median of 5
 * runs by end-to-end engine time (min and max beside it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePeople } from '../../packages/mdm/src/testing/generate.js';
import { restaurantPolicy } from '../../packages/mdm/src/testing/restaurant.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const data = (path: string) => join(root, 'test/data', path);

interface SetUnderTest {
  name: string;
  args: string[];
}

function simulate(args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'apps/server/src/cli.ts', 'mdm', 'simulate', ...args, '--json'],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) throw new Error(`steward mdm simulate ${args.join(' ')} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** Writes a FEBRL3-like set from the seeded generator as a FEBRL-style CSV; returns its path. */
function syntheticFebrl3(folder: string): string {
  const { records } = generatePeople({
    records: 5000,
    seed: 3,
    pairsPerRecord: 2,
    duplicateShare: 0.6,
    maxDuplicates: 5,
    maxModifications: 5,
  });
  const columns = Object.keys(records[0]!.values);
  const lines = [
    ['rec_id', ...columns].join(', '),
    ...records.map((record) =>
      [record.id, ...columns.map((column) => String(record.values[column] ?? '').replaceAll(',', ' '))].join(', '),
    ),
  ];
  const path = join(folder, 'synthetic-febrl3.csv');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const fixed = (value: number | undefined, digits = 3) => (value === undefined ? '–' : value.toFixed(digits));
const count = (value: number) => Math.round(value).toLocaleString('en-US');

export function benchMdm(rows: string[][]): void {
  const folder = mkdtempSync(join(tmpdir(), 'steward-bench-mdm-'));
  try {
    const restaurantPolicyFile = join(folder, 'restaurant-policy.json');
    writeFileSync(restaurantPolicyFile, JSON.stringify(restaurantPolicy));
    const person = ['--policy', 'default-person', '--id-column', 'rec_id', '--truth-column', 'rec_id'];
    const golden = ['--golden-reference', '-org$'];
    const sets: SetUnderTest[] = [
      { name: 'FEBRL1 dedupe', args: [...person, ...golden, '--input', data('febrl/dataset1.csv')] },
      { name: 'FEBRL2 dedupe', args: [...person, ...golden, '--input', data('febrl/dataset2.csv')] },
      {
        name: 'FEBRL4a × 4b link',
        args: [...person, ...golden, '--input', data('febrl/dataset4a.csv'), '--input', data('febrl/dataset4b.csv')],
      },
      {
        // Not the held-out set: a stand-in like it (5,000 records, clusters up to 6, up to five
        // corruptions per duplicate), generated with a fixed seed, to see the default generalise.
        name: 'Synthetic FEBRL3-like dedupe',
        args: [...person, ...golden, '--input', syntheticFebrl3(folder)],
      },
      {
        name: 'Restaurant dedupe (own policy)',
        args: [
          '--policy',
          restaurantPolicyFile,
          '--truth-column',
          'class',
          '--input',
          data('restaurant/restaurant.csv'),
        ],
      },
    ];
    for (const set of sets) {
      simulate(set.args);
      const runs = Array.from({ length: 5 }, () => simulate(set.args));
      runs.sort((a, b) => a.summary.timings.totalMs - b.summary.timings.totalMs);
      const median = runs[2]!;
      const { summary } = median;
      const evaluation = summary.evaluation;
      const rss = Math.max(...runs.map((run) => run.peakRssMb));
      rows.push([
        set.name,
        count(summary.records),
        count(summary.candidatePairs),
        `${fixed(evaluation?.pairwise.precision)} / ${fixed(evaluation?.pairwise.recall)} / ${fixed(evaluation?.pairwise.f1)}`,
        fixed(evaluation?.bCubed.f1),
        fixed(median.goldenAccuracy?.accuracy),
        `${summary.timings.totalMs.toFixed(0)} (${runs[0]!.summary.timings.totalMs.toFixed(0)}–${runs[4]!.summary.timings.totalMs.toFixed(0)})`,
        count(summary.recordsPerSecond),
        count(summary.scoredPairsPerSecond),
        `${rss.toFixed(0)} MB`,
      ]);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export const mdmHeader = [
  'set',
  'records',
  'candidate pairs',
  'pairwise P / R / F1',
  'B³ F1',
  'golden field accuracy',
  'engine ms, median (min–max)',
  'records/s',
  'scored pairs/s',
  'peak RSS',
];

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows: string[][] = [];
  benchMdm(rows);
  console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}\n`);
  console.log(`| ${mdmHeader.join(' | ')} |`);
  console.log(`| ${mdmHeader.map((_, index) => (index === 0 ? '---' : '---:')).join(' | ')} |`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}
