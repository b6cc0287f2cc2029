// String comparators: the hot kernel of pair scoring.
//
// All functions work on UTF-16 code units, not code points: an astral character (emoji, rare CJK)
// counts as two units, so replacing one may cost two edits and it forms extra q-grams. Values are
// expected to be standardised upstream (case, whitespace, diacritics); nothing here folds case.
// Edit-distance rows, match flags and gram codes live in module-level scratch buffers grown on
// demand, so a call allocates nothing in the common case. That makes the functions non-reentrant,
// which is fine: none of them calls back into user code.

let jaroFlags = new Uint8Array(64);
let editRow = new Int32Array(64);
let osaRows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;
let gramsA = new Float64Array(64);
let gramsB = new Float64Array(64);
let tokensA = new Int32Array(64);
let tokensB = new Int32Array(64);

function growInt32(buffer: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  return buffer.length >= size ? buffer : new Int32Array(Math.max(size, buffer.length * 2));
}

function growFloat64(buffer: Float64Array<ArrayBuffer>, size: number): Float64Array<ArrayBuffer> {
  return buffer.length >= size ? buffer : new Float64Array(Math.max(size, buffer.length * 2));
}

/** Jaro similarity in [0, 1]; 1 for equal strings (including two empty ones), 0 if only one is empty. */
export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  // Greedy matching is order-dependent; a canonical order makes the result exactly symmetric.
  let s = a;
  let l = b;
  if (s.length > l.length || (s.length === l.length && s > l)) {
    s = b;
    l = a;
  }
  const sn = s.length;
  const ln = l.length;
  if (sn === 0) return 0;
  const window = Math.max(0, (ln >> 1) - 1);
  if (jaroFlags.length < sn + ln) jaroFlags = new Uint8Array(Math.max(sn + ln, jaroFlags.length * 2));
  else jaroFlags.fill(0, 0, sn + ln);
  const flags = jaroFlags; // [0, sn) marks matched units of s, [sn, sn + ln) those of l

  let matches = 0;
  for (let i = 0; i < sn; i++) {
    const c = s.charCodeAt(i);
    const hi = Math.min(i + window + 1, ln);
    for (let j = i > window ? i - window : 0; j < hi; j++) {
      if (flags[sn + j] === 0 && l.charCodeAt(j) === c) {
        flags[i] = 1;
        flags[sn + j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;

  let halfTranspositions = 0;
  let k = sn;
  for (let i = 0; i < sn; i++) {
    if (flags[i] === 0) continue;
    while (flags[k] === 0) k++;
    if (s.charCodeAt(i) !== l.charCodeAt(k - sn)) halfTranspositions++;
    k++;
  }
  return (matches / sn + matches / ln + (matches - halfTranspositions / 2) / matches) / 3;
}

/**
 * Jaro-Winkler similarity: boosts Jaro by up to 4 shared prefix units × `prefixScale`, only when
 * Jaro exceeds `boostThreshold`. Keep `prefixScale` ≤ 0.25; the result is capped at 1 regardless.
 */
export function jaroWinkler(a: string, b: string, prefixScale = 0.1, boostThreshold = 0.7): number {
  if (a === b) return 1;
  const j = jaro(a, b);
  if (j <= boostThreshold) return j;
  const limit = Math.min(4, a.length, b.length);
  let prefix = 0;
  while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  const boosted = j + prefix * prefixScale * (1 - j);
  return Math.min(boosted, 1);
}

/**
 * Shared prelude of the edit distances: orders the pair shorter-first and trims the common prefix
 * and suffix (which never changes Levenshtein or OSA distance). Results go to module variables to
 * avoid allocating a tuple per call.
 */
let trimShort = '';
let trimLong = '';
let trimStart = 0;
let trimShortLength = 0;
let trimLongLength = 0;

function trimCommonAffixes(a: string, b: string): void {
  const swap = a.length > b.length;
  const s = swap ? b : a;
  const l = swap ? a : b;
  let start = 0;
  let sEnd = s.length;
  let lEnd = l.length;
  while (start < sEnd && s.charCodeAt(start) === l.charCodeAt(start)) start++;
  while (sEnd > start && s.charCodeAt(sEnd - 1) === l.charCodeAt(lEnd - 1)) {
    sEnd--;
    lEnd--;
  }
  trimShort = s;
  trimLong = l;
  trimStart = start;
  trimShortLength = sEnd - start;
  trimLongLength = lEnd - start;
}

/**
 * Levenshtein distance. With `max` (a non-negative integer) it only fills the diagonal band of
 * width 2·max+1 and returns `max + 1` as soon as the distance is known to exceed `max`.
 */
export function levenshtein(a: string, b: string, max?: number): number {
  if (max !== undefined && max < 0) return Math.floor(max) + 1;
  if (a === b) return 0;
  trimCommonAffixes(a, b);
  const s = trimShort;
  const l = trimLong;
  const start = trimStart;
  const sn = trimShortLength;
  const ln = trimLongLength;
  const k = max === undefined || max >= ln ? ln : Math.floor(max);
  if (ln - sn > k) return k + 1;
  if (sn === 0) return ln;
  if (k === 0) return 1;

  // Cells outside the band hold values > k (initial j, or k + 1 on the left edge), which is enough:
  // any path of cost ≤ k stays inside the band, so in-band results ≤ k are exact.
  editRow = growInt32(editRow, sn + 1);
  const row = editRow;
  for (let j = 0; j <= sn; j++) row[j] = j;
  for (let i = 1; i <= ln; i++) {
    const c = l.charCodeAt(start + i - 1);
    let lo = 1;
    let diag: number;
    let left: number;
    if (i > k) {
      lo = i - k;
      diag = row[lo - 1]!;
      left = k + 1;
    } else {
      diag = row[0]!;
      left = i;
      row[0] = i;
    }
    const hi = Math.min(i + k, sn);
    let rowMin = left;
    for (let j = lo; j <= hi; j++) {
      const up = row[j]!;
      let v = s.charCodeAt(start + j - 1) === c ? diag : diag + 1;
      if (up + 1 < v) v = up + 1;
      if (left + 1 < v) v = left + 1;
      row[j] = v;
      diag = up;
      left = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > k) return k + 1; // row minima never decrease
  }
  const distance = row[sn]!;
  return distance > k ? k + 1 : distance;
}

/**
 * Optimal string alignment distance (Damerau-Levenshtein where an adjacent transposition costs 1
 * and no substring is edited twice). Same banding and `max` contract as {@link levenshtein}.
 */
export function damerauLevenshtein(a: string, b: string, max?: number): number {
  if (max !== undefined && max < 0) return Math.floor(max) + 1;
  if (a === b) return 0;
  trimCommonAffixes(a, b);
  const s = trimShort;
  const l = trimLong;
  const start = trimStart;
  const sn = trimShortLength;
  const ln = trimLongLength;
  const k = max === undefined || max >= ln ? ln : Math.floor(max);
  if (ln - sn > k) return k + 1;
  if (sn === 0) return ln;
  if (k === 0) return 1;

  // Three rotating rows (i-2, i-1, i). All start as row 0 so never-written cells read as j > k.
  if (osaRows[0].length < sn + 1) {
    const size = Math.max(sn + 1, osaRows[0].length * 2);
    osaRows = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  }
  let before = osaRows[0];
  let prev = osaRows[1];
  let cur = osaRows[2];
  for (let j = 0; j <= sn; j++) {
    before[j] = j;
    prev[j] = j;
    cur[j] = j;
  }
  let cPrev = -1;
  for (let i = 1; i <= ln; i++) {
    const c = l.charCodeAt(start + i - 1);
    const lo = i > k ? i - k : 1;
    const hi = Math.min(i + k, sn);
    cur[0] = i;
    let left = lo === 1 ? i : k + 1;
    let rowMin = left;
    let sPrev = lo > 1 ? s.charCodeAt(start + lo - 2) : -1;
    for (let j = lo; j <= hi; j++) {
      const sc = s.charCodeAt(start + j - 1);
      let v = prev[j - 1]! + (sc === c ? 0 : 1);
      const up = prev[j]! + 1;
      if (up < v) v = up;
      if (left + 1 < v) v = left + 1;
      if (sc === cPrev && sPrev === c) {
        const swapped = before[j - 2]! + 1;
        if (swapped < v) v = swapped;
      }
      cur[j] = v;
      left = v;
      sPrev = sc;
      if (v < rowMin) rowMin = v;
    }
    // A transposed cell is never below its diagonal predecessor, so row minima never decrease.
    if (rowMin > k) return k + 1;
    const recycled = before;
    before = prev;
    prev = cur;
    cur = recycled;
    cPrev = c;
  }
  const distance = prev[sn]!;
  return distance > k ? k + 1 : distance;
}

/** Normalises an edit distance to a similarity: 1 − distance / max(length), clamped to [0, 1]. */
export function editSimilarity(distance: number, a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  const similarity = 1 - distance / longest;
  return Math.max(similarity, 0);
}

function isWhitespace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Writes [start, end) pairs of the whitespace-separated tokens of `value`; returns the token count. */
function scanTokens(value: string, out: Int32Array): number {
  let count = 0;
  let i = 0;
  const n = value.length;
  while (i < n) {
    while (i < n && isWhitespace(value.charCodeAt(i))) i++;
    if (i === n) break;
    const tokenStart = i;
    while (i < n && !isWhitespace(value.charCodeAt(i))) i++;
    out[2 * count] = tokenStart;
    out[2 * count + 1] = i;
    count++;
  }
  return count;
}

function sameRange(x: string, xs: number, xe: number, y: string, ys: number, ye: number): boolean {
  const n = xe - xs;
  if (n !== ye - ys) return false;
  for (let i = 0; i < n; i++) if (x.charCodeAt(xs + i) !== y.charCodeAt(ys + i)) return false;
  return true;
}

/** Whether token `t` of `value` already appeared among its first `t` tokens. */
function repeatsEarlierToken(value: string, tokens: Int32Array, t: number): boolean {
  const ts = tokens[2 * t]!;
  const te = tokens[2 * t + 1]!;
  for (let u = 0; u < t; u++) if (sameRange(value, tokens[2 * u]!, tokens[2 * u + 1]!, value, ts, te)) return true;
  return false;
}

/**
 * Jaccard similarity of the distinct whitespace-separated tokens (case-sensitive); 1 when neither
 * side has a token. Quadratic in the token count, which beats hashing for name/address sized values.
 */
export function tokenSetSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  // A value of n units has at most ⌈n/2⌉ tokens, i.e. at most n + 1 offsets.
  tokensA = growInt32(tokensA, a.length + 2);
  tokensB = growInt32(tokensB, b.length + 2);
  const na = scanTokens(a, tokensA);
  const nb = scanTokens(b, tokensB);
  if (na === 0 || nb === 0) return na === nb ? 1 : 0;
  let distinctA = 0;
  let distinctB = 0;
  let shared = 0;
  for (let t = 0; t < na; t++) {
    if (repeatsEarlierToken(a, tokensA, t)) continue;
    distinctA++;
    const ts = tokensA[2 * t]!;
    const te = tokensA[2 * t + 1]!;
    for (let u = 0; u < nb; u++) {
      if (sameRange(a, ts, te, b, tokensB[2 * u]!, tokensB[2 * u + 1]!)) {
        shared++;
        break;
      }
    }
  }
  for (let u = 0; u < nb; u++) if (!repeatsEarlierToken(b, tokensB, u)) distinctB++;
  return shared / (distinctA + distinctB - shared);
}

// q-gram codes for q ≤ 3: 17 bits per unit (65536 and 65537 are the start/end pads), exact in a double.
const GRAM_BASE = 0x20000;
const PAD_START = 0x10000;
const PAD_END = 0x10001;

/** Writes the codes of the padded q-grams of `value`, sorted and deduplicated; returns their count. */
function collectGrams(value: string, q: number, out: Float64Array): number {
  const pad = q - 1;
  const n = value.length + pad;
  for (let g = 0; g < n; g++) {
    let code = 0;
    for (let v = g; v < g + q; v++) {
      const i = v - pad;
      code = code * GRAM_BASE + (i < 0 ? PAD_START : i >= value.length ? PAD_END : value.charCodeAt(i));
    }
    out[g] = code;
  }
  if (n <= 32) {
    for (let i = 1; i < n; i++) {
      const x = out[i]!;
      let j = i - 1;
      while (j >= 0 && out[j]! > x) {
        out[j + 1] = out[j]!;
        j--;
      }
      out[j + 1] = x;
    }
  } else {
    out.subarray(0, n).sort();
  }
  let distinct = 0;
  for (let i = 0; i < n; i++) if (i === 0 || out[i] !== out[distinct - 1]) out[distinct++] = out[i]!;
  return distinct;
}

function collectGramSet(value: string, q: number): Set<string> {
  // Noncharacters stand in for the pads; values are not expected to contain U+FFFE / U+FFFF.
  const padded = '\uFFFE'.repeat(q - 1) + value + '\uFFFF'.repeat(q - 1);
  const grams = new Set<string>();
  for (let g = 0; g + q <= padded.length; g++) grams.add(padded.slice(g, g + q));
  return grams;
}

/**
 * Jaccard similarity of the distinct character q-grams, with the value padded by q − 1 start and
 * end markers (so "ab" has the bigrams ^a, ab, b$). q ≤ 3 runs allocation-free; larger q uses Sets.
 */
export function qgramSimilarity(a: string, b: string, q = 2): number {
  if (!Number.isInteger(q) || q < 1) throw new RangeError(`q must be a positive integer, got ${q}`);
  if (a === b) return 1;
  if (q > 3) {
    const ga = collectGramSet(a, q);
    const gb = collectGramSet(b, q);
    let shared = 0;
    for (const gram of ga) if (gb.has(gram)) shared++;
    return shared / (ga.size + gb.size - shared);
  }
  gramsA = growFloat64(gramsA, a.length + q);
  gramsB = growFloat64(gramsB, b.length + q);
  const na = collectGrams(a, q, gramsA);
  const nb = collectGrams(b, q, gramsB);
  if (na === 0 || nb === 0) return na === nb ? 1 : 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < na && j < nb) {
    const x = gramsA[i]!;
    const y = gramsB[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (na + nb - shared);
}
