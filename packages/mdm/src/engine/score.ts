import type { Comparison, GoldenRecordPolicy } from '@steward/domain';
import { phoneticEqual } from '../compare/phonetic.js';
import {
  damerauLevenshtein,
  editSimilarity,
  jaroWinkler,
  levenshtein,
  tokenSetSimilarity,
} from '../compare/strings.js';
import { attributeIndex, type PreparedRecord } from './prepare.js';

const DAY = 86_400_000;

/** A comparison compiled for the hot loop: where its values are, how to grade them, what each level weighs. */
interface CompiledComparison {
  attribute: string;
  index: number;
  comparison: Comparison;
  /** Similarity in 0–1 (similarity comparators) or a difference (numeric, date); null when it cannot be read. */
  measure: (a: string, b: string) => number | null;
  numeric: boolean;
  bounds: number[];
  weights: number[];
  labels: string[];
}

function measureOf(comparison: Comparison): (a: string, b: string) => number | null {
  switch (comparison.comparator) {
    case 'exact':
      return (a, b) => (a === b ? 1 : 0);
    case 'jaro_winkler':
      return (a, b) => jaroWinkler(a, b);
    case 'levenshtein':
      return (a, b) => (a === b ? 1 : editSimilarity(levenshtein(a, b), a, b));
    case 'damerau_levenshtein':
      return (a, b) => (a === b ? 1 : editSimilarity(damerauLevenshtein(a, b), a, b));
    case 'token_set':
      return (a, b) => tokenSetSimilarity(a, b);
    case 'phonetic':
      return (a, b) => (a === b || phoneticEqual(a, b) ? 1 : 0);
    case 'numeric':
      return (a, b) => {
        const x = Number(a);
        const y = Number(b);
        return Number.isFinite(x) && Number.isFinite(y) ? Math.abs(x - y) : null;
      };
    case 'date': {
      const unit = comparison.unit ?? 'days';
      return (a, b) => {
        const x = Date.parse(a);
        const y = Date.parse(b);
        if (Number.isNaN(x) || Number.isNaN(y)) return null;
        const days = Math.abs(x - y) / DAY;
        return unit === 'days' ? days : unit === 'months' ? days / 30.4375 : days / 365.25;
      };
    }
  }
}

export interface Scorer {
  /** The pair's score: match probability (Fellegi–Sunter) or points (weighted). */
  score(a: PreparedRecord, b: PreparedRecord): number;
  /** Why: per comparison, the level reached, the similarity seen and the weight it added. */
  explain(a: PreparedRecord, b: PreparedRecord): PairExplanation;
}

export interface ComparisonOutcome {
  attribute: string;
  /** The level reached; 'missing' when either value is empty (it adds nothing). */
  level: string;
  similarity: number | null;
  weight: number;
}

export interface PairExplanation {
  score: number;
  /** Fellegi–Sunter: the prior's log₂ odds plus every comparison's weight; weighted: the points. */
  totalWeight: number;
  comparisons: ComparisonOutcome[];
}

/** Compiles a policy's comparisons and scoring into a scorer for prepared records. */
export function createScorer(policy: GoldenRecordPolicy): Scorer {
  const index = attributeIndex(policy);
  const fellegiSunter = policy.scoring === 'fellegi_sunter';
  const weightOf = (level: { m?: number; u?: number; weight?: number }) =>
    fellegiSunter ? Math.log2(level.m! / level.u!) : level.weight!;
  const compiled: CompiledComparison[] = policy.comparisons.map((comparison) => {
    const numeric = comparison.comparator === 'numeric' || comparison.comparator === 'date';
    return {
      attribute: comparison.attribute,
      index: index.get(comparison.attribute)!,
      comparison,
      measure: measureOf(comparison),
      numeric,
      bounds: comparison.levels.map((level) => (numeric ? level.maxDifference! : level.minSimilarity!)),
      weights: [...comparison.levels.map(weightOf), weightOf(comparison.otherwise)],
      labels: [...comparison.levels.map((level) => level.label), comparison.otherwise.label],
    };
  });
  const prior = fellegiSunter ? Math.log2(policy.priorMatchRate / (1 - policy.priorMatchRate)) : 0;

  /** The level index a pair reaches on one comparison, or -1 when a value is missing or unreadable. */
  const levelOf = (item: CompiledComparison, a: string | null, b: string | null): [number, number | null] => {
    if (a === null || b === null) return [-1, null];
    const measured = item.measure(a, b);
    if (measured === null) return [-1, null];
    const { bounds } = item;
    for (let level = 0; level < bounds.length; level += 1) {
      if (item.numeric ? measured <= bounds[level]! : measured >= bounds[level]!) return [level, measured];
    }
    return [bounds.length, measured];
  };
  const toScore = (total: number) => (fellegiSunter ? 1 / (1 + 2 ** -total) : total);

  return {
    score(a, b) {
      let total = prior;
      for (const item of compiled) {
        const [level] = levelOf(item, a.clean[item.index] ?? null, b.clean[item.index] ?? null);
        if (level >= 0) total += item.weights[level]!;
      }
      return toScore(total);
    },
    explain(a, b) {
      let total = prior;
      const comparisons = compiled.map((item): ComparisonOutcome => {
        const [level, similarity] = levelOf(item, a.clean[item.index] ?? null, b.clean[item.index] ?? null);
        if (level < 0) return { attribute: item.attribute, level: 'missing', similarity: null, weight: 0 };
        total += item.weights[level]!;
        return { attribute: item.attribute, level: item.labels[level]!, similarity, weight: item.weights[level]! };
      });
      return { score: toScore(total), totalWeight: total, comparisons };
    },
  };
}
