import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  damerauLevenshtein,
  editSimilarity,
  jaro,
  jaroWinkler,
  levenshtein,
  qgramSimilarity,
  tokenSetSimilarity,
} from './strings.js';

// Full-matrix textbook versions to check the banded, trimmed, buffer-reusing kernels against.
function referenceEditDistance(a: string, b: string, transpositions: boolean): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (transpositions && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

function referenceJaccard<T>(x: Set<T>, y: Set<T>): number {
  if (x.size === 0 && y.size === 0) return 1;
  let shared = 0;
  for (const item of x) if (y.has(item)) shared++;
  return shared / (x.size + y.size - shared);
}

function referenceGrams(value: string, q: number): Set<string> {
  const padded = '\u0001'.repeat(q - 1) + value + '\u0002'.repeat(q - 1);
  const grams = new Set<string>();
  for (let i = 0; i + q <= padded.length; i++) grams.add(padded.slice(i, i + q));
  return grams;
}

// A small alphabet forces shared characters, transpositions and repeated tokens; the emoji is a
// surrogate pair, so functions see it as two UTF-16 units.
const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', ' ', 'é', '😀'), maxLength: 14 });
const name = fc.string({ unit: fc.constantFrom('a', 'e', 'n', 'r', 's', 't'), maxLength: 24 });
const similarities = { jaro, jaroWinkler, tokenSetSimilarity, qgramSimilarity };

describe('jaro and jaroWinkler', () => {
  it.each([
    ['MARTHA', 'MARHTA', 0.9444, 0.9611],
    ['DIXON', 'DICKSONX', 0.7667, 0.8133],
    ['DWAYNE', 'DUANE', 0.8222, 0.84],
    ['CRATE', 'TRACE', 0.7333, 0.7333],
    ['abc', 'xyz', 0, 0],
  ])('scores %s / %s', (a, b, j, jw) => {
    expect(jaro(a, b)).toBeCloseTo(j, 4);
    expect(jaroWinkler(a, b)).toBeCloseTo(jw, 4);
  });

  it('is 1 for equal strings and 0 when exactly one is empty', () => {
    expect(jaro('', '')).toBe(1);
    expect(jaroWinkler('', '')).toBe(1);
    expect(jaroWinkler('anna', 'anna')).toBe(1);
    expect(jaro('', 'a')).toBe(0);
    expect(jaroWinkler('a', '')).toBe(0);
  });

  it('boosts only above the threshold and never past 1', () => {
    expect(jaroWinkler('DIXON', 'DICKSONX', 0.1, 0.8)).toBe(jaro('DIXON', 'DICKSONX'));
    expect(jaroWinkler('MARTHA', 'MARTAH', 0.25)).toBeCloseTo(1, 12); // 4-unit prefix × 0.25
    expect(jaroWinkler('MARTHA', 'MARHTA', 1)).toBe(1); // out-of-range scale is capped
  });

  it('is symmetric, in [0, 1], and Winkler never lowers Jaro', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        const j = jaro(a, b);
        const jw = jaroWinkler(a, b);
        expect(jaro(b, a)).toBe(j);
        expect(jaroWinkler(b, a)).toBe(jw);
        expect(j).toBeGreaterThanOrEqual(0);
        expect(jw).toBeLessThanOrEqual(1);
        expect(jw).toBeGreaterThanOrEqual(j);
      }),
    );
  });
});

describe('levenshtein and damerauLevenshtein', () => {
  it.each([
    ['kitten', 'sitting', 3, 3],
    ['saturday', 'sunday', 3, 3],
    ['flaw', 'lawn', 2, 2],
    ['', 'abc', 3, 3],
    ['ca', 'ac', 2, 1],
    ['a cat', 'an act', 3, 2],
    // OSA never edits a transposed pair again; unrestricted Damerau would give 2.
    ['ca', 'abc', 3, 3],
  ])('%s → %s', (a, b, lev, osa) => {
    expect(levenshtein(a, b)).toBe(lev);
    expect(damerauLevenshtein(a, b)).toBe(osa);
  });

  it('matches the full-matrix definitions', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(levenshtein(a, b)).toBe(referenceEditDistance(a, b, false));
        expect(damerauLevenshtein(a, b)).toBe(referenceEditDistance(a, b, true));
      }),
      { numRuns: 500 },
    );
  });

  it('returns the distance when it is ≤ max, else max + 1', () => {
    expect(levenshtein('kitten', 'sitting', 2)).toBe(3);
    expect(levenshtein('kitten', 'sitting', 3)).toBe(3);
    expect(damerauLevenshtein('martha', 'marhta', 0)).toBe(1);
    expect(damerauLevenshtein('abcdefgh', 'badcfehg', 3)).toBe(4);
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 16 }), (a, b, max) => {
        const lev = referenceEditDistance(a, b, false);
        const osa = referenceEditDistance(a, b, true);
        expect(levenshtein(a, b, max)).toBe(lev <= max ? lev : max + 1);
        expect(damerauLevenshtein(a, b, max)).toBe(osa <= max ? osa : max + 1);
      }),
      { numRuns: 1000 },
    );
  });

  it('is symmetric and OSA never exceeds Levenshtein', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(levenshtein(b, a)).toBe(levenshtein(a, b));
        expect(damerauLevenshtein(b, a)).toBe(damerauLevenshtein(a, b));
        expect(damerauLevenshtein(a, b)).toBeLessThanOrEqual(levenshtein(a, b));
      }),
    );
  });

  it('stays exact when scratch buffers were grown by longer inputs', () => {
    const long = 'abcdefghij'.repeat(30);
    const edited = `${long.slice(0, 100)}x${long.slice(101, 200)}${long.slice(201)}`;
    expect(levenshtein(long, edited)).toBe(2);
    expect(damerauLevenshtein(long, edited, 1)).toBe(2);
    expect(levenshtein('abc', 'bca')).toBe(2);
    expect(damerauLevenshtein('abc', 'bac')).toBe(1);
  });

  it('counts UTF-16 units, so an astral character is two units', () => {
    expect('😀'.length).toBe(2);
    expect(levenshtein('😀', '😁')).toBe(1); // same high surrogate
    expect(levenshtein('a', '😀')).toBe(2);
    expect(damerauLevenshtein('é😀', '😀é')).toBe(2);
  });
});

describe('editSimilarity', () => {
  it('normalises by the longer length and stays in [0, 1]', () => {
    expect(editSimilarity(3, 'kitten', 'sitting')).toBeCloseTo(4 / 7, 10);
    expect(editSimilarity(0, '', '')).toBe(1);
    expect(editSimilarity(0, 'same', 'same')).toBe(1);
    expect(editSimilarity(4, 'ab', 'cd')).toBe(0); // e.g. a max + 1 from an early exit
  });
});

describe('tokenSetSimilarity', () => {
  it('is Jaccard over distinct whitespace-separated tokens', () => {
    expect(tokenSetSimilarity('john  smith', 'smith john jr')).toBeCloseTo(2 / 3, 10);
    expect(tokenSetSimilarity('a a b', 'b\tb\u00a0a')).toBe(1);
    expect(tokenSetSimilarity('acme pty ltd', 'acme corp')).toBe(1 / 4);
    expect(tokenSetSimilarity('Smith', 'smith')).toBe(0);
    expect(tokenSetSimilarity('', '   ')).toBe(1);
    expect(tokenSetSimilarity('', 'a')).toBe(0);
  });

  it('matches a Set-based Jaccard', () => {
    const split = (value: string) => new Set(value.split(/\s+/).filter((token) => token !== ''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(tokenSetSimilarity(a, b)).toBeCloseTo(referenceJaccard(split(a), split(b)), 12);
      }),
    );
  });
});

describe('qgramSimilarity', () => {
  it('uses padded distinct grams', () => {
    expect(qgramSimilarity('ab', 'ac')).toBe(1 / 5); // ^a ab b$ vs ^a ac c$
    expect(qgramSimilarity('aaaa', 'aa')).toBe(1); // ^a aa a$ on both sides
    expect(qgramSimilarity('', 'a', 1)).toBe(0);
    expect(qgramSimilarity('', '', 3)).toBe(1);
    expect(() => qgramSimilarity('a', 'b', 0)).toThrow(RangeError);
  });

  it('matches a Set-based Jaccard for q = 1..5', () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 1, max: 5 }), (a, b, q) => {
        const expected = referenceJaccard(referenceGrams(a, q), referenceGrams(b, q));
        expect(qgramSimilarity(a, b, q)).toBeCloseTo(expected, 12);
      }),
      { numRuns: 500 },
    );
  });

  it('handles values longer than the insertion-sort cut-off', () => {
    const a = 'the quick brown fox jumps over the lazy dog';
    const b = 'the quick brown cat jumps over the lazy dog';
    expect(qgramSimilarity(a, b)).toBeCloseTo(referenceJaccard(referenceGrams(a, 2), referenceGrams(b, 2)), 12);
  });
});

describe.each(Object.entries(similarities))('%s', (_, similarity) => {
  it('is symmetric, in [0, 1], and 1 on equal values', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const score = similarity(a, b);
        expect(similarity(b, a)).toBe(score);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        expect(similarity(a, a)).toBe(1);
      }),
    );
  });
});
