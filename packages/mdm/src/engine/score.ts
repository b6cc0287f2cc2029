import type { GoldenRecordPolicy } from '@steward/domain';
import type { PreparedRecord } from './prepare.js';
import { compileScoring, levelOfMeasure, levelOfValues, scoreOfWeight } from './score-kernel.js';

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
  const scoring = compileScoring(policy);
  const { compiled, prior } = scoring;
  return {
    score(a, b) {
      let total = prior;
      for (const item of compiled) {
        const x = a.clean[item.index] ?? null;
        const y = b.clean[item.index] ?? null;
        if (x === null || y === null) continue;
        const level = levelOfValues(item, x, y);
        if (level >= 0) total += item.weights[level]!;
      }
      return scoreOfWeight(scoring, total);
    },
    explain(a, b) {
      let total = prior;
      const comparisons = compiled.map((item): ComparisonOutcome => {
        const x = a.clean[item.index] ?? null;
        const y = b.clean[item.index] ?? null;
        const similarity = x === null || y === null ? null : item.measure(x, y);
        if (similarity === null) return { attribute: item.attribute, level: 'missing', similarity: null, weight: 0 };
        const level = levelOfMeasure(item, similarity);
        total += item.weights[level]!;
        return { attribute: item.attribute, level: item.labels[level]!, similarity, weight: item.weights[level]! };
      });
      return { score: scoreOfWeight(scoring, total), totalWeight: total, comparisons };
    },
  };
}
