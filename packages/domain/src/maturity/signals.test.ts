import { describe, expect, it } from 'vitest';
import { scoreAssessment } from './scoring.js';
import { checkAgainstSignals } from './signal-checks.js';
import {
  compareWithSignal,
  defaultShareBands,
  maturitySignalDefinitions,
  maturitySignals,
  suggestLevel,
  suggestLevelForSignal,
} from './signals.js';

describe('maturitySignalDefinitions', () => {
  it('defines every signal, with thresholds that rise (or fall, when lower is better)', () => {
    expect(Object.keys(maturitySignalDefinitions).sort()).toEqual([...maturitySignals].sort());
    for (const { key, direction, thresholds } of Object.values(maturitySignalDefinitions)) {
      const ordered = direction === 'higher_is_better' ? [...thresholds].sort() : [...thresholds].sort().reverse();
      expect(thresholds, key).toEqual(ordered);
      for (const threshold of thresholds) expect(threshold > 0 && threshold < 1, key).toBe(true);
    }
  });

  it('treats only the SLA breach rate as lower-is-better', () => {
    const lower = Object.values(maturitySignalDefinitions).filter((signal) => signal.direction === 'lower_is_better');
    expect(lower.map((signal) => signal.key)).toEqual(['sla_breach_rate']);
  });
});

describe('suggestLevel', () => {
  it.each([
    [0, 1],
    [0.19, 1],
    [0.2, 2],
    [0.39, 2],
    [0.4, 3],
    [0.59, 3],
    [0.6, 4],
    [0.79, 4],
    [0.8, 5],
    [1, 5],
  ])('maps a share of %s to level %s', (value, level) => {
    expect(suggestLevel(value, defaultShareBands)).toBe(level);
    expect(suggestLevelForSignal('stewardship_coverage', value)).toBe(level);
  });

  it.each([
    [0.5, 1],
    [0.41, 1],
    [0.4, 2],
    [0.25, 2],
    [0.2, 3],
    [0.1, 4],
    [0.06, 4],
    [0.05, 5],
    [0, 5],
  ])('maps an SLA breach rate of %s to level %s (lower is better)', (value, level) => {
    expect(suggestLevelForSignal('sla_breach_rate', value)).toBe(level);
  });

  it('sets the quality pass-rate bands higher', () => {
    expect(suggestLevelForSignal('quality_pass_rate', 0.6)).toBe(2);
    expect(suggestLevelForSignal('quality_pass_rate', 0.84)).toBe(3);
    expect(suggestLevelForSignal('quality_pass_rate', 0.9)).toBe(4);
    expect(suggestLevelForSignal('quality_pass_rate', 0.95)).toBe(5);
  });

  it('suggests nothing without a usable value', () => {
    expect(suggestLevel(null, defaultShareBands)).toBeNull();
    expect(suggestLevel(Number.NaN, defaultShareBands)).toBeNull();
    expect(suggestLevel(Number.POSITIVE_INFINITY, defaultShareBands)).toBeNull();
  });
});

describe('compareWithSignal', () => {
  it('flags a difference of 1.5 or more either way', () => {
    expect(compareWithSignal(3.4, 5)).toEqual({ difference: -1.6, hasDisagreement: true });
    expect(compareWithSignal(3.5, 5)).toEqual({ difference: -1.5, hasDisagreement: true });
    expect(compareWithSignal(5, 3)).toEqual({ difference: 2, hasDisagreement: true });
  });

  it('accepts a difference below 1.5', () => {
    expect(compareWithSignal(3.6, 5)).toEqual({ difference: -1.4, hasDisagreement: false });
    expect(compareWithSignal(3, 2)).toEqual({ difference: 1, hasDisagreement: false });
  });

  it('compares nothing when either side is missing', () => {
    expect(compareWithSignal(null, 3)).toEqual({ difference: null, hasDisagreement: false });
    expect(compareWithSignal(3, null)).toEqual({ difference: null, hasDisagreement: false });
  });
});

describe('checkAgainstSignals', () => {
  const score = scoreAssessment({
    questions: [
      { key: 'Q5.1', category: 'stewardship' },
      { key: 'Q5.3', category: 'stewardship' },
      { key: 'Q5.C1', category: 'stewardship' },
      { key: 'Q6.1', category: 'quality' },
    ],
    answers: [
      { questionKey: 'Q5.1', current: 3, target: 4 },
      { questionKey: 'Q5.3', current: 3, target: 4 },
      { questionKey: 'Q5.C1', current: 2, target: 3 },
      { questionKey: 'Q6.1', current: 3, target: 4 },
    ],
  });

  it('checks questions and categories that have a signal with a value', () => {
    // stewardship = (3 + 3 + 2) / 3 = 2.66… → 2.6; quality = 3.
    const checks = checkAgainstSignals(score, {
      stewardship_coverage: 0.9,
      sla_breach_rate: 0.3,
      quality_pass_rate: 0.6,
      cde_rule_coverage: null,
    });
    expect(
      checks.map(({ scope, key, signal, suggestedLevel, selfAssessed, difference, hasDisagreement }) => ({
        scope,
        key,
        signal,
        suggestedLevel,
        selfAssessed,
        difference,
        hasDisagreement,
      })),
    ).toEqual([
      {
        scope: 'question',
        key: 'Q5.1',
        signal: 'stewardship_coverage',
        suggestedLevel: 5,
        selfAssessed: 3,
        difference: -2,
        hasDisagreement: true,
      },
      {
        scope: 'question',
        key: 'Q5.3',
        signal: 'sla_breach_rate',
        suggestedLevel: 2,
        selfAssessed: 3,
        difference: 1,
        hasDisagreement: false,
      },
      {
        scope: 'category',
        key: 'stewardship',
        signal: 'stewardship_coverage',
        suggestedLevel: 5,
        selfAssessed: 2.6,
        difference: -2.4,
        hasDisagreement: true,
      },
      {
        scope: 'category',
        key: 'quality',
        signal: 'quality_pass_rate',
        suggestedLevel: 2,
        selfAssessed: 3,
        difference: 1,
        hasDisagreement: false,
      },
    ]);
  });

  it('returns nothing without signal values', () => {
    expect(checkAgainstSignals(score, {})).toEqual([]);
  });
});
