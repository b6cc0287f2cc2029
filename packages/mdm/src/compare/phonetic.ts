// Phonetic encoders, wrapping wooorm's `soundex-code` and `double-metaphone`. Encoding allocates;
// for pair scoring, encode once per record while standardising and compare the codes with
// `sharePhoneticCode` rather than calling `phoneticEqual` per pair.
import { doubleMetaphone as encodeDoubleMetaphone } from 'double-metaphone';
import { soundex as encodeSoundex } from 'soundex-code';

const COMBINING_MARKS = /[\u0300-\u036f]/g;

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function foldDiacritics(value: string): string {
  for (let i = 0; i < value.length; i++) {
    if (value.charCodeAt(i) > 127) return value.normalize('NFD').replace(COMBINING_MARKS, '');
  }
  return value;
}

/**
 * Four-character American Soundex ('Robert' → 'R163'); '' when the value has no Latin letter.
 * Diacritics are folded first (É codes as E); anything else outside A–Z (digits, ø, ß, Cyrillic)
 * is skipped like H and W, and never becomes the leading letter.
 */
export function soundex(value: string): string {
  const folded = foldDiacritics(value);
  let first = 0;
  while (first < folded.length && !isAsciiLetter(folded.charCodeAt(first))) first++;
  if (first === folded.length) return '';
  // The library keeps the first character verbatim, so it must start at a letter.
  return encodeSoundex(first === 0 ? folded : folded.slice(first));
}

/** Double Metaphone primary and alternate codes ('Smith' → ['SM0', 'XMT']); ['', ''] for ''. */
export function doubleMetaphone(value: string): [primary: string, secondary: string] {
  return encodeDoubleMetaphone(value);
}

/** Whether two Double Metaphone code pairs share a non-empty code. */
export function sharePhoneticCode(
  a: readonly [primary: string, secondary: string],
  b: readonly [primary: string, secondary: string],
): boolean {
  const [a1, a2] = a;
  const [b1, b2] = b;
  return (a1 !== '' && (a1 === b1 || a1 === b2)) || (a2 !== '' && (a2 === b1 || a2 === b2));
}

/** Whether two values sound alike: their Double Metaphone codes share a non-empty code. */
export function phoneticEqual(a: string, b: string): boolean {
  return sharePhoneticCode(doubleMetaphone(a), doubleMetaphone(b));
}
