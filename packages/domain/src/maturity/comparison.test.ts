import { describe, expect, it } from 'vitest';
import { type CategoryScoreSnapshot, compareAssessments } from './comparison.js';

describe('compareAssessments', () => {
  const latest: CategoryScoreSnapshot[] = [
    { category: 'metadata', current: 2 },
    { category: 'stewardship', current: 2.7 },
    { category: 'quality', current: 3 },
    { category: 'value', current: 1.5 },
    { category: 'organization', current: 3.3 },
    { category: 'risk', current: null },
  ];
  const previous: CategoryScoreSnapshot[] = [
    { category: 'value', current: 1.2 },
    { category: 'stewardship', current: 2.1 },
    { category: 'quality', current: 3.4 },
    { category: 'metadata', current: 2 },
    { category: 'security', current: 1.5 },
  ];
  const comparison = compareAssessments(latest, previous);

  it('gives the delta of each category scored in both, in model order', () => {
    expect(comparison.categories).toEqual([
      { category: 'value', latest: 1.5, previous: 1.2, delta: 0.3, direction: 'up' },
      { category: 'stewardship', latest: 2.7, previous: 2.1, delta: 0.6, direction: 'up' },
      { category: 'quality', latest: 3, previous: 3.4, delta: -0.4, direction: 'down' },
      { category: 'metadata', latest: 2, previous: 2, delta: 0, direction: 'unchanged' },
    ]);
  });

  it('lists which categories went up, down or stayed', () => {
    expect(comparison.improved).toEqual(['value', 'stewardship']);
    expect(comparison.declined).toEqual(['quality']);
    expect(comparison.unchanged).toEqual(['metadata']);
  });

  it('recomputes both overall scores over the shared categories only', () => {
    // latest (1.5 + 2.7 + 3 + 2) / 4 = 2.3; previous (1.2 + 2.1 + 3.4 + 2) / 4 = 2.175 → 2.1
    expect(comparison.overall).toEqual({ latest: 2.3, previous: 2.1, delta: 0.2 });
  });

  it('names the categories scored on one side only; an unrated one counts as not scored', () => {
    expect(comparison.onlyLatest).toEqual(['organization']);
    expect(comparison.onlyPrevious).toEqual(['security']);
  });

  it('has no deltas when nothing is shared', () => {
    const none = compareAssessments([{ category: 'risk', current: 2 }], []);
    expect(none.categories).toEqual([]);
    expect(none.overall).toEqual({ latest: null, previous: null, delta: null });
    expect(none.onlyLatest).toEqual(['risk']);
  });
});
