// The compiled form of a policy's comparisons, shared by `createScorer` (record objects) and the
// columnar pair scorer (value ids, possibly in a worker thread). Internal: not exported from the
// package. Both paths must grade every pair into the same level and add the weights in the same
// order, so their scores are bit-for-bit equal.
import type { ComparatorKind, Comparison, GoldenRecordPolicy } from '@steward/domain';
import { phoneticEqual } from '../compare/phonetic.js';
import {
  damerauLevenshtein,
  editSimilarity,
  jaroWinkler,
  levenshtein,
  tokenSetSimilarity,
} from '../compare/strings.js';
import { attributeIndex } from './prepare.js';

const DAY = 86_400_000;

/** A comparison compiled for the hot loop: where its values are, how to grade them, what each level weighs. */
export interface CompiledComparison {
  attribute: string;
  index: number;
  comparator: ComparatorKind;
  /** Similarity in 0–1 (similarity comparators) or a difference (numeric, date); null when it cannot be read. */
  measure: (a: string, b: string) => number | null;
  numeric: boolean;
  bounds: number[];
  weights: number[];
  labels: string[];
  /** The level of identical values (similarity comparators: every level holds, so the first). */
  equalLevel: number;
  /** Edit comparators: the most edits that still reach some level, by longer length (filled on demand). */
  maxEdits: Int32Array;
  /** The lowest similarity bound: below it a pair is in the "else" level. */
  lowestBound: number;
}

export interface CompiledScoring {
  compiled: CompiledComparison[];
  prior: number;
  fellegiSunter: boolean;
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
      return (a, b) => differenceInUnits(Date.parse(a), Date.parse(b), unit);
    }
  }
}

/** The difference of two epoch-millisecond dates in a unit; null when either is unreadable. */
export function differenceInUnits(x: number, y: number, unit: 'days' | 'months' | 'years'): number | null {
  if (Number.isNaN(x) || Number.isNaN(y)) return null;
  const days = Math.abs(x - y) / DAY;
  return unit === 'days' ? days : unit === 'months' ? days / 30.4375 : days / 365.25;
}

/** Compiles a policy's comparisons, weights and prior. */
export function compileScoring(policy: GoldenRecordPolicy): CompiledScoring {
  const index = attributeIndex(policy);
  const fellegiSunter = policy.scoring === 'fellegi_sunter';
  const weightOf = (level: { m?: number; u?: number; weight?: number }) =>
    fellegiSunter ? Math.log2(level.m! / level.u!) : level.weight!;
  const compiled = policy.comparisons.map((comparison): CompiledComparison => {
    const numeric = comparison.comparator === 'numeric' || comparison.comparator === 'date';
    const bounds = comparison.levels.map((level) => (numeric ? level.maxDifference! : level.minSimilarity!));
    return {
      attribute: comparison.attribute,
      index: index.get(comparison.attribute)!,
      comparator: comparison.comparator,
      measure: measureOf(comparison),
      numeric,
      bounds,
      weights: [...comparison.levels.map(weightOf), weightOf(comparison.otherwise)],
      labels: [...comparison.levels.map((level) => level.label), comparison.otherwise.label],
      equalLevel: 0,
      maxEdits: new Int32Array(0),
      lowestBound: Math.min(...bounds),
    };
  });
  const prior = fellegiSunter ? Math.log2(policy.priorMatchRate / (1 - policy.priorMatchRate)) : 0;
  return { compiled, prior, fellegiSunter };
}

/** The first level a measured value reaches (bounds.length for the "else" level). */
export function levelOfMeasure(item: CompiledComparison, measured: number): number {
  const { bounds } = item;
  for (let level = 0; level < bounds.length; level += 1) {
    if (item.numeric ? measured <= bounds[level]! : measured >= bounds[level]!) return level;
  }
  return bounds.length;
}

/**
 * The most edits at which `1 − edits / longest` still reaches the lowest bound, found with the
 * same floating-point expression `editSimilarity` uses, so a bounded distance grades identically.
 */
function maxEditsFor(item: CompiledComparison, longest: number): number {
  if (item.maxEdits.length <= longest) {
    const grown = new Int32Array(Math.max(longest + 1, item.maxEdits.length * 2)).fill(-2);
    grown.set(item.maxEdits);
    item.maxEdits = grown;
  }
  let edits = item.maxEdits[longest]!;
  if (edits !== -2) return edits;
  const bound = item.lowestBound;
  edits = longest;
  while (edits > 0 && !(Math.max(1 - edits / longest, 0) >= bound)) edits -= 1;
  item.maxEdits[longest] = edits;
  return edits;
}

/**
 * The level two present values reach, or -1 when a numeric or date value cannot be read. Same
 * result as grading `item.measure(a, b)`, but edit distances stop once no level can be reached.
 */
export function levelOfValues(item: CompiledComparison, a: string, b: string): number {
  switch (item.comparator) {
    case 'levenshtein':
    case 'damerau_levenshtein': {
      if (a === b) return item.equalLevel;
      const longest = Math.max(a.length, b.length);
      const max = maxEditsFor(item, longest);
      const distance = item.comparator === 'levenshtein' ? levenshtein(a, b, max) : damerauLevenshtein(a, b, max);
      if (distance > max) return item.bounds.length;
      return levelOfMeasure(item, editSimilarity(distance, a, b));
    }
    case 'jaro_winkler':
      return a === b ? item.equalLevel : levelOfMeasure(item, jaroWinkler(a, b));
    default: {
      const measured = item.measure(a, b);
      return measured === null ? -1 : levelOfMeasure(item, measured);
    }
  }
}

/** The pair score of a total weight: a match probability (Fellegi–Sunter) or the points. */
export function scoreOfWeight(scoring: CompiledScoring, total: number): number {
  return scoring.fellegiSunter ? 1 / (1 + 2 ** -total) : total;
}
