import type { BlockingTransform, StandardiserName } from '@steward/domain';

/**
 * Value standardisation and blocking keys: the first stage of matching. Everything here is a
 * pure function called once per value per record, so regular expressions and tables are built
 * once at module load and no step allocates more than it must.
 */

const nonBlank = /\S/;
const whitespaceRun = /\s+/g;
const whitespaceSplit = /\s+/;
/** Unicode punctuation and symbols: what POSIX [:punct:] means for ASCII, extended to all scripts. */
const punctuationRun = /[\p{P}\p{S}]+/gu;
const combiningMarks = /\p{M}+/gu;
const nonAscii = /[^\p{ASCII}]/u;
const nonDigits = /[^0-9]+/g;

/**
 * Applies the steps in order. Null for a missing value and for one that becomes empty (or only
 * whitespace), so a blank never compares equal to another blank and never blocks.
 */
export function standardise(value: string | null | undefined, steps: readonly StandardiserName[]): string | null {
  if (value == null) return null;
  let result = value;
  for (const step of steps) {
    result = applyStep(result, step);
    if (result === '') return null;
  }
  return nonBlank.test(result) ? result : null;
}

function applyStep(value: string, step: StandardiserName): string {
  switch (step) {
    case 'trim':
      return value.trim();
    case 'lowercase':
      return value.toLowerCase();
    case 'collapse_whitespace':
      return collapseWhitespace(value);
    case 'strip_punctuation':
      return collapseWhitespace(value.replace(punctuationRun, ' '));
    case 'strip_diacritics':
      return nonAscii.test(value) ? value.normalize('NFKD').replace(combiningMarks, '') : value;
    case 'digits_only':
      return value.replace(nonDigits, '');
    case 'iso_date':
      // An unparseable or impossible date becomes missing: comparing it would only add noise.
      return isoDate(value) ?? '';
    case 'address_abbreviations':
      return abbreviateAddress(value);
    case 'email':
      // Deliberately no provider rules (gmail dots, +tags): they are wrong for other domains,
      // and a fuzzy comparator handles the rest.
      return value.trim().toLowerCase();
    default: {
      const unknown: never = step;
      throw new Error(`Unknown standardiser: ${String(unknown)}`);
    }
  }
}

function collapseWhitespace(value: string): string {
  return value.replace(whitespaceRun, ' ').trim();
}

const compactDate = /^(\d{4})(\d{2})(\d{2})$/;
const yearFirstDate = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/;
const dayFirstDate = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;
const daysPerMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Parses YYYYMMDD, YYYY-MM-DD, YYYY/MM/DD, DD/MM/YYYY, DD.MM.YYYY and DD-MM-YYYY into
 * YYYY-MM-DD; null for anything else or an impossible calendar date. The two-part-first forms
 * are always read day first (Australian and European order): 03/04/2001 is 3 April, never
 * 4 March. Month-first sources must be converted before they reach the engine.
 */
export function isoDate(value: string): string | null {
  const text = value.trim();
  let match = compactDate.exec(text);
  if (match) return formatDate(match[1]!, match[2]!, match[3]!);
  match = yearFirstDate.exec(text);
  if (match) return formatDate(match[1]!, match[3]!, match[4]!);
  match = dayFirstDate.exec(text);
  if (match) return formatDate(match[4]!, match[3]!, match[1]!);
  return null;
}

function formatDate(yearText: string, monthText: string, dayText: string): string | null {
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  if (month < 1 || month > 12 || day < 1) return null;
  const isLeapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const lastDay = month === 2 && isLeapYear ? 29 : daysPerMonth[month - 1]!;
  if (day > lastDay) return null;
  return `${yearText}-${monthText.padStart(2, '0')}-${dayText.padStart(2, '0')}`;
}

/** Each canonical short form and the spellings that map to it. */
const addressForms: Record<string, readonly string[]> = {
  // Standalone German straße/strasse join str → st, so "Berliner Straße" = "Berliner Str.";
  // compounds (Hauptstraße) are shortened to …str below.
  st: ['street', 'str', 'st', 'straße', 'strasse'],
  rd: ['road', 'rd'],
  ave: ['avenue', 'ave', 'av'],
  dr: ['drive', 'dr'],
  pl: ['place', 'pl'],
  ct: ['court', 'ct'],
  cres: ['crescent', 'cres', 'cr'],
  ln: ['lane', 'ln'],
  tce: ['terrace', 'tce'],
  blvd: ['boulevard', 'blvd'],
  hwy: ['highway', 'hwy'],
  pde: ['parade', 'pde'],
  cl: ['close', 'cl'],
  cct: ['circuit', 'cct'],
  sq: ['square', 'sq'],
  n: ['north', 'n'],
  s: ['south', 's'],
  e: ['east', 'e'],
  w: ['west', 'w'],
  unit: ['apartment', 'apt', 'unit', 'flat'],
};
const addressAbbreviations = new Map(
  Object.entries(addressForms).flatMap(([short, spellings]) => spellings.map((spelling) => [spelling, short] as const)),
);
const trailingPunctuation = /[.,;:]+$/;
const germanStreetSuffix = /(?:straße|strasse)$/;

/**
 * Lower-cases an address and maps street types, directions and unit words to one short form
 * per token (Street/Str./St → st). Trailing . , ; : are dropped from every token and tokens are
 * rejoined with single spaces; other tokens are kept as they are.
 */
export function abbreviateAddress(value: string): string {
  const tokens: string[] = [];
  for (const rawToken of value.toLowerCase().split(whitespaceSplit)) {
    const token = rawToken.replace(trailingPunctuation, '');
    if (token === '') continue;
    tokens.push(addressAbbreviations.get(token) ?? token.replace(germanStreetSuffix, 'str'));
  }
  return tokens.join(' ');
}

/** Phonetic codes come from the engine, which owns the encoder implementations. */
export interface PhoneticEncoder {
  soundex(value: string): string;
  /** Primary and alternate code. */
  doubleMetaphone(value: string): [string, string];
}

/**
 * The blocking key a transform makes from a standardised value; null when the key would be
 * empty, because empty keys never block. A phonetic transform throws without an encoder, even
 * for a missing value, so a misconfigured engine fails on its first record.
 */
export function blockingKey(
  value: string | null | undefined,
  transform: BlockingTransform,
  phonetic?: PhoneticEncoder,
): string | null {
  if (transform === 'soundex' || transform === 'double_metaphone') requireEncoder(transform, phonetic);
  if (value == null || !nonBlank.test(value)) return null;
  switch (transform) {
    case 'exact':
      return value;
    case 'prefix_1':
      return prefix(value, 1);
    case 'prefix_3':
      return prefix(value, 3);
    case 'prefix_5':
      return prefix(value, 5);
    case 'year':
      return leadingYear(value);
    case 'sorted_tokens':
      // Code-unit order, not localeCompare: keys must not depend on the machine's locale.
      return value.split(whitespaceSplit).filter(Boolean).sort().join(' ');
    case 'digits':
      return nullIfEmpty(value.replace(nonDigits, ''));
    case 'soundex':
      return nullIfEmpty(requireEncoder(transform, phonetic).soundex(value));
    case 'double_metaphone':
      // Only the primary code: a pass that should also catch alternates blocks on both codes.
      return nullIfEmpty(requireEncoder(transform, phonetic).doubleMetaphone(value)[0]);
    default: {
      const unknown: never = transform;
      throw new Error(`Unknown blocking transform: ${String(unknown)}`);
    }
  }
}

function requireEncoder(transform: BlockingTransform, phonetic: PhoneticEncoder | undefined): PhoneticEncoder {
  if (!phonetic) {
    throw new Error(`Blocking transform "${transform}" needs a phonetic encoder: pass one to blockingKey`);
  }
  return phonetic;
}

/** The first `length` UTF-16 units, widened by one rather than splitting a surrogate pair. */
function prefix(value: string, length: number): string {
  if (value.length <= length) return value;
  const last = value.charCodeAt(length - 1);
  return value.slice(0, last >= 0xd800 && last <= 0xdbff ? length + 1 : length);
}

function leadingYear(value: string): string | null {
  if (value.length < 4) return null;
  for (let index = 0; index < 4; index++) {
    const code = value.charCodeAt(index);
    if (code < 48 || code > 57) return null;
  }
  return value.slice(0, 4);
}

function nullIfEmpty(value: string): string | null {
  return value === '' ? null : value;
}
