/**
 * The golden-record engine on FEBRL (test/data/febrl): end-to-end wall time (standardise →
 * block → score → cluster → survive), records/s, candidate pairs, pairwise P/R/F1 against the
 * ground truth, with one hand-written person policy for every file. One warm-up, median of 5.
 */
import { goldenRecordPolicySchema } from '@steward/domain';
import { pairwiseScore, runPolicy } from '@steward/mdm';
import { febrlPersonPolicy, readFebrl } from '../../packages/mdm/src/testing/febrl.js';

export function benchMdm(rows: string[][]): void {
  const policy = goldenRecordPolicySchema.parse(febrlPersonPolicy);
  for (const file of ['dataset1.csv', 'dataset2.csv']) {
    const { records, entities } = readFebrl(file);
    runPolicy(policy, records);
    const times: number[] = [];
    let last: ReturnType<typeof runPolicy> | undefined;
    for (let run = 0; run < 5; run += 1) {
      const started = performance.now();
      last = runPolicy(policy, records);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const median = times[2]!;
    const score = pairwiseScore(last!.clustering.clusterOf, entities);
    rows.push([
      `FEBRL ${file.replace('.csv', '')} (${records.length.toLocaleString('en-US')} records)`,
      `${median.toFixed(0)} ms (min ${times[0]!.toFixed(0)}, max ${times[4]!.toFixed(0)})`,
      Math.round(records.length / (median / 1000)).toLocaleString('en-US'),
      last!.blocking.candidatePairs.toLocaleString('en-US'),
      `${score.precision.toFixed(3)} / ${score.recall.toFixed(3)} / ${score.f1.toFixed(3)}`,
      `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    ]);
  }
}
