import { describe, expect, it } from 'vitest';
import { doubleMetaphone, phoneticEqual, sharePhoneticCode, soundex } from './phonetic.js';

describe('soundex', () => {
  it.each([
    ['Robert', 'R163'],
    ['Rupert', 'R163'],
    ['Tymczak', 'T522'],
    ['Pfister', 'P236'],
    ['Ashcraft', 'A261'],
    ['Lee', 'L000'],
    ['robert', 'R163'],
    ["O'Brien", 'O165'],
    ['  Robert', 'R163'],
    ['Émile', 'E540'],
  ])('%s → %s', (value, code) => {
    expect(soundex(value)).toBe(code);
  });

  it('is empty for values without letters', () => {
    expect(soundex('')).toBe('');
    expect(soundex('  ')).toBe('');
    expect(soundex('1234-56')).toBe('');
  });
});

describe('doubleMetaphone', () => {
  it('returns primary and secondary codes', () => {
    expect(doubleMetaphone('Smith')).toEqual(['SM0', 'XMT']);
    expect(doubleMetaphone('')).toEqual(['', '']);
  });

  it('gives Smith and Schmidt a shared code', () => {
    expect(sharePhoneticCode(doubleMetaphone('Smith'), doubleMetaphone('Schmidt'))).toBe(true);
  });
});

describe('phoneticEqual', () => {
  it.each([
    ['Catherine', 'Kathryn', true],
    ['Smith', 'Schmidt', true],
    ['Robert', 'Rupert', true],
    ['Brown', 'Braun', true],
    ['Brown', 'Green', false],
    ['Smith', 'Jones', false],
    ['', '', false],
    ['', 'Smith', false],
  ])('%s ~ %s is %s', (a, b, equal) => {
    expect(phoneticEqual(a, b)).toBe(equal);
    expect(phoneticEqual(b, a)).toBe(equal);
  });
});
