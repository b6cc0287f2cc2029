import type { StandardiserName } from '@steward/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abbreviateAddress, blockingKey, isoDate, type PhoneticEncoder, standardise } from './standardise.js';

describe('standardise', () => {
  it.each<[StandardiserName, string, string | null]>([
    ['trim', '  sarah \t', 'sarah'],
    ['lowercase', 'Sarah BRUHN', 'sarah bruhn'],
    ['collapse_whitespace', '  max \t henry\n crescent ', 'max henry crescent'],
    ['strip_punctuation', "o'brien-smith, jr.", 'o brien smith jr'],
    ['strip_punctuation', 'a+b = c & d!', 'a b c d'],
    ['strip_diacritics', 'Zoë Müller', 'Zoe Muller'],
    ['strip_diacritics', 'Ångström café ﬁne', 'Angstrom cafe fine'],
    ['digits_only', '+61 (02) 9876-5432', '610298765432'],
    ['digits_only', 'soc 749 8321', '7498321'],
    ['iso_date', '19300213', '1930-02-13'],
    ['iso_date', '13/02/1930', '1930-02-13'],
    ['address_abbreviations', 'Sturdee Crescent', 'sturdee cres'],
    ['email', '  Jane.Doe+news@GMail.com ', 'jane.doe+news@gmail.com'],
  ])('%s: %j → %j', (step, value, expected) => {
    expect(standardise(value, [step])).toBe(expected);
  });

  it('keeps the value when there are no steps', () => {
    expect(standardise('Kent St', [])).toBe('Kent St');
  });

  it('returns null for missing, empty and blank results', () => {
    expect(standardise(null, ['trim'])).toBeNull();
    expect(standardise(undefined, ['trim'])).toBeNull();
    expect(standardise('', [])).toBeNull();
    expect(standardise('   ', [])).toBeNull();
    expect(standardise('   ', ['lowercase'])).toBeNull();
    expect(standardise('...', ['strip_punctuation'])).toBeNull();
    expect(standardise('n/a', ['digits_only'])).toBeNull();
    expect(standardise('19830229', ['iso_date'])).toBeNull();
  });

  it('stops at the first step that empties the value', () => {
    expect(standardise('--', ['strip_punctuation', 'iso_date'])).toBeNull();
  });

  it('applies the steps in the order given', () => {
    // Digits first keeps the slashes from reaching the date parser.
    expect(standardise('13/02/1930', ['digits_only', 'iso_date'])).toBeNull();
    expect(standardise('13/02/1930', ['iso_date', 'digits_only'])).toBe('19300213');
    expect(standardise(' ÉMILE ', ['lowercase', 'strip_diacritics', 'trim'])).toBe('emile');
  });

  it.each<[string, StandardiserName[], string]>([
    ['  42  Kent St. ', ['trim', 'lowercase', 'address_abbreviations', 'collapse_whitespace'], '42 kent st'],
    ['max henry crescent', ['address_abbreviations'], 'max henry cres'],
    ['Unit 5, 12 Forbes Street', ['lowercase', 'address_abbreviations'], 'unit 5 12 forbes st'],
    ['  de  Salis  Street ', ['trim', 'lowercase', 'collapse_whitespace'], 'de salis street'],
    ['Beaconsfield-Upper', ['lowercase', 'strip_punctuation'], 'beaconsfield upper'],
    [' 19940319', ['trim', 'iso_date'], '1994-03-19'],
    ['749 8321', ['digits_only'], '7498321'],
  ])('FEBRL-like %j with %j → %j', (value, steps, expected) => {
    expect(standardise(value, steps)).toBe(expected);
  });

  it('is idempotent for each step', () => {
    const steps: StandardiserName[] = [
      'trim',
      'lowercase',
      'collapse_whitespace',
      'strip_punctuation',
      'strip_diacritics',
      'digits_only',
      'address_abbreviations',
      'email',
    ];
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.constantFrom(...steps), (value, step) => {
        const once = standardise(value, [step]);
        expect(standardise(once, [step])).toBe(once);
      }),
    );
  });
});

describe('isoDate', () => {
  it.each([
    ['19840229', '1984-02-29'],
    ['20000229', '2000-02-29'],
    ['1984-02-29', '1984-02-29'],
    ['1984/2/9', '1984-02-09'],
    [' 2001-04-30 ', '2001-04-30'],
    ['30/04/2001', '2001-04-30'],
    ['03/04/2001', '2001-04-03'],
    ['3.4.2001', '2001-04-03'],
    ['03-04-2001', '2001-04-03'],
  ])('%j → %s', (value, expected) => {
    expect(isoDate(value)).toBe(expected);
  });

  it.each([
    ['19830229', 'not a leap year'],
    ['19000229', 'century, not a leap year'],
    ['19831301', 'month 13'],
    ['19830001', 'month 0'],
    ['19830100', 'day 0'],
    ['31/04/2001', '31 April'],
    ['2001-06-31', '31 June'],
    ['04/31/2001', 'month-first is not read'],
    ['', 'empty'],
    ['1983', 'year only'],
    ['1983-02-01-', 'trailing separator'],
    ['1983-02/01', 'mixed separators'],
    ['1983.02.01', 'dotted year-first'],
    ['01/02/83', 'two-digit year'],
    ['198302011', 'nine digits'],
    ['1983-02-01T10:00:00Z', 'timestamp'],
    ['unknown', 'text'],
  ])('%j → null (%s)', (value) => {
    expect(isoDate(value)).toBeNull();
  });

  it('agrees with the calendar for every compact date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const pad = (n: number) => String(n).padStart(2, '0');
          const date = new Date(Date.UTC(year, month - 1, day));
          const real = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
          expect(isoDate(`${year}${pad(month)}${pad(day)}`)).toBe(real ? `${year}-${pad(month)}-${pad(day)}` : null);
        },
      ),
    );
  });
});

describe('abbreviateAddress', () => {
  it.each([
    ['42 Kent St.', '42 kent st'],
    ['forbes street', 'forbes st'],
    ['Oliver STR.', 'oliver st'],
    ['yerralee road', 'yerralee rd'],
    ['Main Av', 'main ave'],
    ['Sturdee Cr', 'sturdee cres'],
    ['baseby place, north rocks', 'baseby pl n rocks'],
    ['Flat 3/7 Coe Circuit', 'unit 3/7 coe cct'],
    ['apt. 12 Sunset Blvd W', 'unit 12 sunset blvd w'],
    ['Pacific Highway East', 'pacific hwy e'],
    ['Berliner Straße 5', 'berliner st 5'],
    ['Berliner Strasse 5', 'berliner st 5'],
    ['Hauptstraße 5', 'hauptstr 5'],
    ['HAUPTSTRASSE 5', 'hauptstr 5'],
    ['Hauptstr. 5', 'hauptstr 5'],
    ['  brentwood   vlge ', 'brentwood vlge'],
    ['', ''],
  ])('%j → %j', (value, expected) => {
    expect(abbreviateAddress(value)).toBe(expected);
  });

  it('gives every spelling of a street type the same form', () => {
    const forms = ['Kent Street', 'kent st', 'KENT ST.', 'Kent Str', 'kent st,'].map(abbreviateAddress);
    expect(new Set(forms)).toEqual(new Set(['kent st']));
  });
});

describe('blockingKey', () => {
  const encoder: PhoneticEncoder = {
    soundex: (value) => (value === 'smith' ? 'S530' : ''),
    doubleMetaphone: (value) => (value === 'smith' ? ['SM0', 'XMT'] : ['', '']),
  };

  it.each([null, undefined, '', '   '])('never blocks on %j', (value) => {
    for (const transform of ['exact', 'prefix_1', 'year', 'sorted_tokens', 'digits'] as const) {
      expect(blockingKey(value, transform)).toBeNull();
    }
  });

  it('uses the value for exact', () => {
    expect(blockingKey('bruhn', 'exact')).toBe('bruhn');
  });

  it('takes prefixes, the whole value when it is shorter', () => {
    expect(blockingKey('efthimiou', 'prefix_1')).toBe('e');
    expect(blockingKey('efthimiou', 'prefix_3')).toBe('eft');
    expect(blockingKey('efthimiou', 'prefix_5')).toBe('efthi');
    expect(blockingKey('rudd', 'prefix_5')).toBe('rudd');
    expect(blockingKey('rudd', 'prefix_3')).toBe('rud');
  });

  it('does not split a surrogate pair in a prefix', () => {
    expect(blockingKey('ab😀cd', 'prefix_3')).toBe('ab😀');
  });

  it('takes the year of an ISO or compact date', () => {
    expect(blockingKey('1984-02-29', 'year')).toBe('1984');
    expect(blockingKey('19840229', 'year')).toBe('1984');
    expect(blockingKey('29/02/1984', 'year')).toBeNull();
    expect(blockingKey('198', 'year')).toBeNull();
  });

  it('sorts tokens', () => {
    expect(blockingKey('smith  john', 'sorted_tokens')).toBe('john smith');
    expect(blockingKey(' john smith ', 'sorted_tokens')).toBe('john smith');
  });

  it('keeps digits only, null without any', () => {
    expect(blockingKey('749-8321', 'digits')).toBe('7498321');
    expect(blockingKey('0800', 'digits')).toBe('0800');
    expect(blockingKey('n/a', 'digits')).toBeNull();
  });

  it('throws for a phonetic transform without an encoder, even for a missing value', () => {
    expect(() => blockingKey('smith', 'soundex')).toThrow(/soundex.*phonetic encoder/);
    expect(() => blockingKey(null, 'double_metaphone')).toThrow(/double_metaphone.*phonetic encoder/);
  });

  it('uses the injected encoder, null for an empty code', () => {
    expect(blockingKey('smith', 'soundex', encoder)).toBe('S530');
    expect(blockingKey('smith', 'double_metaphone', encoder)).toBe('SM0');
    expect(blockingKey('123', 'soundex', encoder)).toBeNull();
    expect(blockingKey('123', 'double_metaphone', encoder)).toBeNull();
    expect(blockingKey('', 'soundex', encoder)).toBeNull();
  });
});
