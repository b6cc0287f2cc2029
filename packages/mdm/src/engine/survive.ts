import type { GoldenRecordPolicy, SurvivorshipRule } from '@steward/domain';
import type { PreparedRecord } from './prepare.js';

/**
 * Without a rule of its own, an attribute keeps the most frequent value, then the fullest
 * record's, then the newest, then the one most common across all records.
 */
export const DEFAULT_SURVIVORSHIP: readonly SurvivorshipRule[] = [
  'most_frequent',
  'most_complete',
  'most_recent',
  'most_common_in_data',
];

export interface SurvivingValue {
  attribute: string;
  value: string | null;
  /** The record (and its source) the value came from; for a union, the first contributor. */
  recordId: string | null;
  source: string | null;
  /** The rule that decided: a survivorship rule, `only_value` (no competition) or `tie_break` (lowest record). */
  rule: SurvivorshipRule | 'only_value' | 'tie_break' | 'none';
}

export interface GoldenRecord {
  clusterId: number;
  memberIds: string[];
  values: SurvivingValue[];
}

interface Candidate {
  record: PreparedRecord;
  raw: string;
  clean: string;
}

const DAY = 86_400_000;

/**
 * Builds the golden record of each cluster: per attribute, its rule chain narrows the members'
 * non-empty values until one remains; every value names the record, source and rule that won.
 * A pure function of the members, the policy and `now`, so a preview is reproducible.
 */
export function buildGoldenRecords(
  policy: GoldenRecordPolicy,
  records: readonly PreparedRecord[],
  clusterOf: Int32Array,
  options: { now?: Date; onlyClustersLargerThan?: number } = {},
): GoldenRecord[] {
  const now = (options.now ?? new Date()).getTime();
  const chains = new Map(policy.survivorship.map((entry) => [entry.attribute, entry.rules]));
  const sources = new Map(policy.sources.map((source) => [source.name, source]));
  // Cluster sizes first, so only the clusters that get a golden record are collected (at a
  // million records, one array per singleton is most of this stage's time and memory).
  const minimum = (options.onlyClustersLargerThan ?? 0) + 1;
  const sizes = new Int32Array(clusterOf.length);
  for (const record of records) {
    const cluster = clusterOf[record.index]!;
    if (cluster >= 0 && cluster < sizes.length) sizes[cluster]! += 1;
    else sizes.fill(minimum); // ids that are not record indexes: collect every cluster
  }
  const members = new Map<number, PreparedRecord[]>();
  for (const record of records) {
    const cluster = clusterOf[record.index]!;
    if (cluster >= 0 && cluster < sizes.length && sizes[cluster]! < minimum) continue;
    const list = members.get(cluster);
    if (list) list.push(record);
    else members.set(cluster, [record]);
  }
  const filled = (record: PreparedRecord) => record.raw.reduce((count, value) => count + (value ? 1 : 0), 0);
  const trustOf = (record: PreparedRecord) => {
    const source = record.source ? sources.get(record.source) : undefined;
    if (!source) return 0;
    const age = record.updatedAt === null ? source.decayDays : Math.max(0, (now - record.updatedAt) / DAY);
    return source.maxTrust - (source.maxTrust - source.minTrust) * Math.min(1, age / source.decayDays);
  };
  const priorityOf = (record: PreparedRecord) =>
    record.source ? (sources.get(record.source)?.priority ?? 1000) : 1000;

  const keepBest = (candidates: Candidate[], measure: (candidate: Candidate) => number): Candidate[] => {
    let best = Number.NEGATIVE_INFINITY;
    for (const candidate of candidates) best = Math.max(best, measure(candidate));
    return candidates.filter((candidate) => measure(candidate) >= best - 1e-12);
  };
  const compareValues = (a: string, b: string) => {
    const x = Number(a);
    const y = Number(b);
    return Number.isFinite(x) && Number.isFinite(y) && a.trim() !== '' && b.trim() !== ''
      ? x - y
      : a < b
        ? -1
        : a > b
          ? 1
          : 0;
  };

  // How often each standardised value occurs across all records, per attribute (computed on first use).
  const dataCounts = new Map<number, Map<string, number>>();
  const countInData = (attributeIndex: number, value: string) => {
    let counts = dataCounts.get(attributeIndex);
    if (!counts) {
      counts = new Map();
      for (const record of records) {
        const clean = record.clean[attributeIndex] ?? record.raw[attributeIndex];
        if (clean) counts.set(clean, (counts.get(clean) ?? 0) + 1);
      }
      dataCounts.set(attributeIndex, counts);
    }
    return counts.get(value) ?? 0;
  };

  const golden: GoldenRecord[] = [];
  for (const [clusterId, group] of members) {
    if (group.length < minimum) continue;
    const values = policy.attributes.map((attribute, attributeIndex): SurvivingValue => {
      let candidates: Candidate[] = group
        .filter((record) => record.raw[attributeIndex])
        .map((record) => ({
          record,
          raw: record.raw[attributeIndex]!,
          clean: record.clean[attributeIndex] ?? record.raw[attributeIndex]!,
        }));
      if (candidates.length === 0)
        return { attribute: attribute.name, value: null, recordId: null, source: null, rule: 'none' };
      const distinct = () => new Set(candidates.map((candidate) => candidate.clean)).size;
      if (distinct() === 1) {
        const first = candidates.sort((a, b) => a.record.index - b.record.index)[0]!;
        return {
          attribute: attribute.name,
          value: first.raw,
          recordId: first.record.id,
          source: first.record.source,
          rule: 'only_value',
        };
      }
      let decidedBy: SurvivingValue['rule'] = 'tie_break';
      for (const rule of chains.get(attribute.name) ?? DEFAULT_SURVIVORSHIP) {
        if (rule === 'union') {
          const seen = new Map<string, Candidate>();
          for (const candidate of [...candidates].sort((a, b) => a.record.index - b.record.index)) {
            if (!seen.has(candidate.clean)) seen.set(candidate.clean, candidate);
          }
          const first = [...seen.values()][0]!;
          return {
            attribute: attribute.name,
            value: [...seen.values()].map((candidate) => candidate.raw).join('; '),
            recordId: first.record.id,
            source: first.record.source,
            rule: 'union',
          };
        }
        const frequency = new Map<string, number>();
        for (const candidate of candidates) frequency.set(candidate.clean, (frequency.get(candidate.clean) ?? 0) + 1);
        const narrowed =
          rule === 'most_frequent'
            ? keepBest(candidates, (candidate) => frequency.get(candidate.clean)!)
            : rule === 'most_common_in_data'
              ? keepBest(candidates, (candidate) => countInData(attributeIndex, candidate.clean))
              : rule === 'most_complete'
                ? keepBest(candidates, (candidate) => filled(candidate.record))
                : rule === 'most_recent'
                  ? keepBest(candidates, (candidate) => candidate.record.updatedAt ?? Number.NEGATIVE_INFINITY)
                  : rule === 'longest'
                    ? keepBest(candidates, (candidate) => candidate.raw.length)
                    : rule === 'source_priority'
                      ? keepBest(candidates, (candidate) => -priorityOf(candidate.record))
                      : rule === 'trust'
                        ? keepBest(candidates, (candidate) => trustOf(candidate.record))
                        : (() => {
                            const sorted = [...candidates].sort((a, b) => compareValues(a.raw, b.raw));
                            const pick = rule === 'min' ? sorted[0]! : sorted.at(-1)!;
                            return candidates.filter((candidate) => compareValues(candidate.raw, pick.raw) === 0);
                          })();
        if (narrowed.length < candidates.length) candidates = narrowed;
        if (distinct() === 1) {
          decidedBy = rule;
          break;
        }
      }
      const winner = [...candidates].sort((a, b) => a.record.index - b.record.index)[0]!;
      return {
        attribute: attribute.name,
        value: winner.raw,
        recordId: winner.record.id,
        source: winner.record.source,
        rule: decidedBy,
      };
    });
    golden.push({ clusterId, memberIds: group.map((record) => record.id), values });
  }
  return golden.sort((a, b) => a.clusterId - b.clusterId);
}
