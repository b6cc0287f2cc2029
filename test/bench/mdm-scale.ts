/**
 * The golden-record engine at scale (`BENCH_ONLY=mdm-scale pnpm bench`): seeded synthetic FEBRL-like
 * people (packages/mdm/src/testing/generate.ts) at 10 k, 100 k and 1 M records with ~10 candidate
 * pairs per record, and 100 k with ~100, through prepare → block → score → cluster → survive.
 * Each case runs in its own child process so its peak RSS is its own; below 1 M records one
 * warm-up and the median of 5 runs, 1 M runs once. A kernel row times the scoring stage alone.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { goldenRecordPolicySchema } from '@steward/domain';
import {
  buildGoldenRecords,
  candidatePairs,
  clusterPairs,
  createScorer,
  pairwiseScore,
  prepareRecords,
  scoreCandidatePairs,
} from '@steward/mdm';
import { febrlPersonPolicy } from '../../packages/mdm/src/testing/febrl.js';
import { generatePeople } from '../../packages/mdm/src/testing/generate.js';

export const mdmScaleHeader = [
  'MDM scale set (seeded, FEBRL-like)',
  'candidate pairs (per record)',
  'prepare / block / score / cluster / survive ms',
  'end to end',
  'records/s',
  'scored pairs/s (score stage)',
  'precision / recall / F1',
  'peak RSS',
];

const CASES = [
  { records: 10_000, density: 10 },
  { records: 100_000, density: 10 },
  { records: 1_000_000, density: 10 },
  { records: 100_000, density: 100 },
];
const SEED = 20_260_101;
const policy = goldenRecordPolicySchema.parse(febrlPersonPolicy);

interface CaseResult {
  records: number;
  density: number;
  runs: number;
  candidatePairs: number;
  stages: { prepare: number; block: number; score: number; cluster: number; survive: number };
  total: { median: number; min: number; max: number };
  precision: number;
  recall: number;
  f1: number;
  maxRssMb: number;
  heapUsedMb: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** One case, in this process: generate, then time every stage of each run. */
function runCase(records: number, density: number): CaseResult {
  const people = generatePeople({ records, seed: SEED, pairsPerRecord: density });
  const runs = Number(process.env.BENCH_MDM_RUNS ?? (records >= 1_000_000 ? 1 : 5));
  const samples: CaseResult['stages'][] = [];
  let last: { candidatePairs: number; clusterOf: Int32Array } | undefined;
  for (let run = records >= 1_000_000 ? 0 : -1; run < runs; run++) {
    const times: number[] = [performance.now()];
    const prepared = prepareRecords(policy, people.records);
    times.push(performance.now());
    const { pairs } = candidatePairs(policy, prepared);
    times.push(performance.now());
    const scored = scoreCandidatePairs(policy, prepared, pairs, policy.reviewThreshold);
    times.push(performance.now());
    const clustering = clusterPairs(
      prepared.length,
      scored,
      { autoMerge: policy.autoMergeThreshold, review: policy.reviewThreshold },
      policy.maxClusterSize,
    );
    times.push(performance.now());
    buildGoldenRecords(policy, prepared, clustering.clusterOf, {
      now: new Date('2026-01-01'),
      onlyClustersLargerThan: 1,
    });
    times.push(performance.now());
    const [prepare, block, score, cluster, survive] = times.slice(1).map((time, index) => time - times[index]!);
    if (run >= 0)
      samples.push({ prepare: prepare!, block: block!, score: score!, cluster: cluster!, survive: survive! });
    last = { candidatePairs: pairs.length, clusterOf: clustering.clusterOf };
  }
  const totals = samples.map((stage) => stage.prepare + stage.block + stage.score + stage.cluster + stage.survive);
  const score = pairwiseScore(last!.clusterOf, people.entities);
  return {
    records,
    density,
    runs,
    candidatePairs: last!.candidatePairs,
    stages: {
      prepare: median(samples.map((stage) => stage.prepare)),
      block: median(samples.map((stage) => stage.block)),
      score: median(samples.map((stage) => stage.score)),
      cluster: median(samples.map((stage) => stage.cluster)),
      survive: median(samples.map((stage) => stage.survive)),
    },
    total: { median: median(totals), min: Math.min(...totals), max: Math.max(...totals) },
    precision: score.precision,
    recall: score.recall,
    f1: score.f1,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    heapUsedMb: process.memoryUsage().heapUsed / 1024 / 1024,
  };
}

/** The scoring stage alone on 100 k records (~10 pairs each): this engine's scorer, serial and on 2 threads, and the per-record scorer. */
function runKernel(): { label: string; pairsPerSecond: number; pairs: number }[] {
  const people = generatePeople({ records: 100_000, seed: SEED, pairsPerRecord: 10 });
  const prepared = prepareRecords(policy, people.records);
  const { pairs } = candidatePairs(policy, prepared);
  const n = prepared.length;
  const rate = (work: () => void) => {
    work();
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      work();
      times.push(performance.now() - started);
    }
    return pairs.length / (median(times) / 1000);
  };
  const scorer = createScorer(policy);
  return [
    {
      label: 'scoreCandidatePairs, 2 threads',
      pairsPerSecond: rate(() => scoreCandidatePairs(policy, prepared, pairs, policy.reviewThreshold, { workers: 2 })),
      pairs: pairs.length,
    },
    {
      label: 'scoreCandidatePairs, 1 thread',
      pairsPerSecond: rate(() => scoreCandidatePairs(policy, prepared, pairs, policy.reviewThreshold, { workers: 1 })),
      pairs: pairs.length,
    },
    {
      label: 'createScorer(policy).score per pair, 1 thread',
      pairsPerSecond: rate(() => {
        for (const packed of pairs) {
          const a = Math.floor(packed / n);
          scorer.score(prepared[a]!, prepared[packed - a * n]!);
        }
      }),
      pairs: pairs.length,
    },
  ];
}

/** Runs `mode` in a child process with the same Node flags (tsx's loader, the source condition). */
function inChild<T>(...mode: string[]): T {
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...mode], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`mdm-scale child ${mode.join(' ')} failed with status ${child.status}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as T;
}

const count = (value: number) => Math.round(value).toLocaleString('en-US');

export function benchMdmScale(rows: string[][]): void {
  for (const { records, density } of CASES) {
    const result = inChild<CaseResult>('case', String(records), String(density));
    const { stages, total } = result;
    rows.push([
      `${count(records)} records, ~${density} pairs/record (${result.runs === 1 ? '1 run' : `median of ${result.runs}`})`,
      `${count(result.candidatePairs)} (${(result.candidatePairs / records).toFixed(1)})`,
      [stages.prepare, stages.block, stages.score, stages.cluster, stages.survive].map(count).join(' / '),
      `${(total.median / 1000).toFixed(2)} s (min ${(total.min / 1000).toFixed(2)}, max ${(total.max / 1000).toFixed(2)})`,
      count(records / (total.median / 1000)),
      count(result.candidatePairs / (stages.score / 1000)),
      `${result.precision.toFixed(3)} / ${result.recall.toFixed(3)} / ${result.f1.toFixed(3)}`,
      `${count(result.maxRssMb)} MB`,
    ]);
  }
  for (const kernel of inChild<ReturnType<typeof runKernel>>('kernel')) {
    rows.push([
      `kernel: ${kernel.label}, 100,000 records`,
      count(kernel.pairs),
      '',
      '',
      '',
      count(kernel.pairsPerSecond),
      '',
      '',
    ]);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [mode, records, density] = process.argv.slice(2);
  const result = mode === 'kernel' ? runKernel() : runCase(Number(records), Number(density));
  console.log(JSON.stringify(result));
}
