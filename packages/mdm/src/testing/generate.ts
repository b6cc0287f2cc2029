// A seeded generator of FEBRL-like person records for scale tests: no external data, no
// Math.random. Value pools are built from embedded names and syllables and sized from the record
// count so that the febrlPersonPolicy blocking passes yield about `pairsPerRecord` candidate pairs
// per record at any scale; that is why the date-of-birth range, the name pools and the number of
// postcodes grow with the record count (1 M sparse records span centuries of birth dates).
import { soundex } from '../compare/phonetic.js';
import type { SourceRecord } from '../engine/prepare.js';
import { createRandom } from '../random.js';

export interface GeneratePeopleOptions {
  records: number;
  seed: number;
  /** Target candidate pairs per record after blocking with febrlPersonPolicy (default 10). */
  pairsPerRecord?: number;
  /** Share of the records that are duplicates of another record (default 0.2). */
  duplicateShare?: number;
  /** Most duplicates of one original (default 5); counts are Zipf-like, mostly one. */
  maxDuplicates?: number;
  /** Most corruptions applied to one duplicate (default 3; at least one is always applied). */
  maxModifications?: number;
  /** Share of corruptions that blank a value (default 0.15). */
  missingShare?: number;
}

/** Generated records in FEBRL's columns, shuffled, with each record's true entity number. */
export interface GeneratedPeople {
  records: SourceRecord[];
  entities: Int32Array;
}

const GIVEN_HEAD =
  'jack,olivia,james,charlotte,william,emily,thomas,chloe,joshua,sophie,ethan,jessica,lachlan,isabella,samuel,emma,benjamin,grace,daniel,hannah,matthew,ella,ryan,georgia,liam,mia,riley,sarah,jacob,lily'.split(
    ',',
  );
const SURNAME_HEAD =
  'smith,jones,williams,brown,wilson,taylor,johnson,white,martin,anderson,thompson,nguyen,thomas,walker,harris,lee,ryan,robinson,kelly,king,campbell,clarke,mitchell,young,hughes,murphy,ward,green,bailey,cook'.split(
    ',',
  );
const STARTS =
  'al,an,ar,bel,ben,bra,cal,car,cha,cla,dan,del,don,el,em,fer,fin,gar,gil,gra,hal,han,har,isa,jac,jas,jen,jor,kar,kel,kim,lau,lec,lin,lor,mac,mar,mel,mic,mor,nat,nic,nor,ol,pat,per,ram,ren,ric,rob,ros,sam,san,sel,sha,sim,ste,tam,tay,ter,tho,tor,val,ver,wal,wil,zac,bru,efth,gaz,hob,kol,lan,pho'.split(
    ',',
  );
const MIDDLES = ',a,e,i,o,ra,ri,le,li,na,ne,to,ma,de,ve,ber,lan,son,ki,ph,ck,th'.split(',');
const GIVEN_ENDS = ',a,e,y,ie,o,an,en,in,on,ah,el,er,ia,ine,ley,lyn,na,ne,ee,ette,ella,us,ian,ey'.split(',');
const SURNAME_ENDS =
  ',son,ton,ford,well,man,ell,ard,ick,ett,ins,iou,ski,ello,berg,wood,ham,field,ridge,ley,er,zola,ini,oche,ough,ers,by'.split(
    ',',
  );
const STREET_TYPES =
  'street,street,street,road,road,avenue,place,crescent,drive,court,close,circuit,parade,lane,terrace'.split(',');
const SUBURB_TAILS =
  'ton,field,wood,vale,dale,more,brook,ford,ley,ham,bury,stone,worth,hurst,side,ington,ridge,lands,ville,mont,dene,berrin,ong,arra,alla,ina,up,erup,ana'.split(
    ',',
  );
const SUBURB_WORDS = ',,,,, north, upper, vale, heights, park, beach, creek, hill, downs, point, bay'.split(',');
const CONSONANTS = 'bcdfghklmnprstvwy';
const VOWELS = 'aeiou';
const THIRD = `${CONSONANTS}${VOWELS}`;
const STATE_BY_DIGIT = ['nt', 'act', 'nsw', 'vic', 'qld', 'sa', 'wa', 'tas', 'vic', 'qld'];
const OCR = [
  ['5', 's'],
  ['0', 'o'],
  ['1', 'l'],
  ['m', 'rn'],
  ['8', 'b'],
  ['2', 'z'],
  ['6', 'g'],
  ['d', 'cl'],
  ['w', 'vv'],
  ['h', 'b'],
];
const PHONETIC = [
  ['ph', 'f'],
  ['c', 'k'],
  ['ie', 'y'],
  ['ck', 'k'],
  ['s', 'z'],
  ['th', 't'],
  ['ou', 'ow'],
  ['ee', 'ea'],
  ['ei', 'ie'],
  ['gh', 'g'],
  ['x', 'ks'],
  ['w', 'v'],
];
const COLUMNS = [
  'given_name',
  'surname',
  'street_number',
  'address_1',
  'address_2',
  'suburb',
  'postcode',
  'state',
  'date_of_birth',
  'soc_sec_id',
] as const;
/** How often a corruption lands on each column (names and address most, state least). */
const COLUMN_WEIGHTS = [3, 3, 1, 2, 1, 2, 1, 0.5, 1.5, 1.5];

type Values = Record<(typeof COLUMNS)[number], string | null>;

/** Distinct syllable words: a readable head, then start + middle + end combinations. */
function buildWords(count: number, head: readonly string[], ends: readonly string[]): string[] {
  const words = new Set(head.slice(0, count));
  for (let i = 0; words.size < count; i++) {
    let rest = i;
    let word = '';
    do {
      word += STARTS[rest % STARTS.length]! + MIDDLES[Math.floor(rest / STARTS.length) % MIDDLES.length]!;
      rest = Math.floor(rest / (STARTS.length * MIDDLES.length));
    } while (rest >= ends.length);
    words.add(word + ends[rest]!);
  }
  return [...words];
}

/** Cumulative Zipf–Mandelbrot weights 1/(rank + offset)^exponent (rank from 1), for sampling by binary search. */
function zipfTable(count: number, exponent: number, offset = 0): Float64Array {
  const table = new Float64Array(count);
  let sum = 0;
  for (let i = 0; i < count; i++) table[i] = sum += (i + 1 + offset) ** -exponent;
  return table;
}

function sample(table: Float64Array, random: () => number): number {
  const target = random() * table[table.length - 1]!;
  let lo = 0;
  let hi = table.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (table[mid]! <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The smallest Zipf pool whose collision probability is at most 1/`effective` (pool capped). */
function zipfPoolSize(effective: number, exponent: number, offset: number, cap: number): number {
  let sum = 0;
  let squares = 0;
  for (let n = 1; n <= cap; n++) {
    const weight = (n + offset) ** -exponent;
    sum += weight;
    squares += weight * weight;
    if ((sum * sum) / squares >= effective) return n;
  }
  return cap;
}

/** Collision probability of soundex codes over a weighted pool of words. */
function soundexCollision(words: readonly string[], table: Float64Array): number {
  const mass = new Map<string, number>();
  for (let i = 0; i < words.length; i++) {
    const weight = table[i]! - (i > 0 ? table[i - 1]! : 0);
    const code = soundex(words[i]!);
    mass.set(code, (mass.get(code) ?? 0) + weight);
  }
  const total = table[table.length - 1]!;
  let collision = 0;
  for (const weight of mass.values()) collision += (weight / total) ** 2;
  return collision;
}

const clamp = (value: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(value)));

/** Generates `records` FEBRL-like person records; the same options always give the same records. */
export function generatePeople(options: GeneratePeopleOptions): GeneratedPeople {
  const random = createRandom(options.seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const total = options.records;
  const density = options.pairsPerRecord ?? 10;
  // A pass whose key collides with probability 1/spread adds n/(2·spread) pairs per record. Exact
  // names take a tenth of the density (a shared full name is strong evidence, so name collisions
  // would turn into false merges), date of birth, postcode + number and soundex + suburb three
  // tenths each; the ssn pass collides rarely (seven random digits). 1.15 makes up for missing
  // values and pairs found by several passes (measured).
  const spreadOf = (share: number) => Math.max(20, total / (2 * 1.15 * density * share));
  const spread = spreadOf(0.3);
  const nameExponent = 0.9;
  const nameOffset = 3;
  const nameSize = zipfPoolSize(Math.sqrt(spreadOf(0.1)), nameExponent, nameOffset, 200_000);
  const givenNames = buildWords(nameSize, GIVEN_HEAD, GIVEN_ENDS);
  const surnames = buildWords(nameSize, SURNAME_HEAD, SURNAME_ENDS);
  const nameTable = zipfTable(nameSize, nameExponent, nameOffset);
  const streetNumbers = clamp(Math.sqrt(spread) / 2, 10, 400);
  const postcodeCount = clamp(spread / streetNumbers, 5, 9000);
  const prefixCount = clamp(
    spread * soundexCollision(surnames, nameTable),
    5,
    CONSONANTS.length * VOWELS.length * THIRD.length,
  );
  const days = clamp(spread, 365, 400_000);

  const postcodes = new Set<string>();
  while (postcodes.size < postcodeCount) postcodes.add(String(800 + Math.floor(random() * 9200)).padStart(4, '0'));
  const postcodeList = [...postcodes];
  const localities = Math.max(prefixCount, postcodeCount) * 3;
  const streets = buildWords(Math.max(200, Math.round(Math.sqrt(total) * 4)), [], SURNAME_ENDS);
  const properties = buildWords(500, [], GIVEN_ENDS);
  const suburbOf = (locality: number) => {
    const p = locality % prefixCount;
    const prefix =
      CONSONANTS[p % CONSONANTS.length]! +
      VOWELS[Math.floor(p / CONSONANTS.length) % VOWELS.length]! +
      THIRD[Math.floor(p / (CONSONANTS.length * VOWELS.length)) % THIRD.length]!;
    const rest = Math.floor(locality / prefixCount);
    const tail = SUBURB_TAILS[rest % SUBURB_TAILS.length]!;
    return prefix + tail + SUBURB_WORDS[Math.floor(rest / SUBURB_TAILS.length) % SUBURB_WORDS.length]!;
  };
  const dateOf = (day: number) =>
    new Date(Date.UTC(2010, 11, 31) - day * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');

  const original = (): Values => {
    const locality = Math.floor(random() * localities);
    const postcode = postcodeList[locality % postcodeCount]!;
    return {
      given_name: random() < 0.02 ? null : givenNames[sample(nameTable, random)]!,
      surname: random() < 0.01 ? null : surnames[sample(nameTable, random)]!,
      street_number: random() < 0.03 ? null : String(1 + Math.floor(random() * streetNumbers)),
      address_1: `${pick(streets)} ${pick(STREET_TYPES)}`,
      address_2: random() < 0.5 ? null : random() < 0.2 ? `unit ${1 + Math.floor(random() * 40)}` : pick(properties),
      suburb: suburbOf(locality),
      postcode,
      state: STATE_BY_DIGIT[postcode.charCodeAt(0) - 48]!,
      date_of_birth: random() < 0.02 ? null : dateOf(Math.floor(random() * days)),
      soc_sec_id: String(1_000_000 + Math.floor(random() * 9_000_000)),
    };
  };

  const letter = (digits: boolean) =>
    digits ? String.fromCharCode(48 + Math.floor(random() * 10)) : String.fromCharCode(97 + Math.floor(random() * 26));
  const typo = (value: string, digits: boolean): string => {
    const at = Math.floor(random() * value.length);
    const kind = value.length < 2 ? 0 : Math.floor(random() * 4);
    if (kind === 0) return value.slice(0, at) + letter(digits) + value.slice(at);
    if (kind === 1) return value.slice(0, at) + value.slice(at + 1);
    if (kind === 2) return value.slice(0, at) + letter(digits) + value.slice(at + 1);
    const i = Math.min(at, value.length - 2);
    return value.slice(0, i) + value[i + 1] + value[i] + value.slice(i + 2);
  };
  /** Replaces one occurrence of either side of a random swap pair that occurs in `value`. */
  const swapPattern = (value: string, swaps: readonly string[][]): string | null => {
    const start = Math.floor(random() * swaps.length);
    for (let k = 0; k < swaps.length; k++) {
      const pair = swaps[(start + k) % swaps.length]!;
      const from = random() < 0.5 ? 0 : 1;
      for (const side of [from, 1 - from]) {
        const at = value.indexOf(pair[side]!);
        if (at >= 0) return value.slice(0, at) + pair[1 - side] + value.slice(at + pair[side]!.length);
      }
    }
    return null;
  };

  const missingShare = options.missingShare ?? 0.15;
  const maxModifications = options.maxModifications ?? 3;
  const columnTable = new Float64Array(COLUMN_WEIGHTS.length);
  COLUMN_WEIGHTS.reduce((sum, weight, index) => (columnTable[index] = sum + weight), 0);
  const corrupt = (source: Values): Values => {
    const values = { ...source };
    const modifications = 1 + Math.floor(random() * maxModifications);
    for (let m = 0; m < modifications; m++) {
      const roll = random();
      if (roll < 0.05) {
        [values.given_name, values.surname] = [values.surname, values.given_name];
        continue;
      }
      const column = COLUMNS[sample(columnTable, random)]!;
      const value = values[column];
      if (value === null) continue;
      const digits =
        column === 'street_number' || column === 'postcode' || column === 'date_of_birth' || column === 'soc_sec_id';
      if (roll < 0.05 + missingShare) values[column] = null;
      else if (roll < 0.25 + missingShare)
        values[column] = swapPattern(value, random() < 0.5 ? OCR : PHONETIC) ?? typo(value, digits);
      else values[column] = typo(value, digits);
    }
    return values;
  };

  // Duplicates per original: none for most; otherwise k with weight 1/k² up to maxDuplicates,
  // with the chance of any chosen so that duplicates make up `duplicateShare` of the records.
  const duplicateShare = options.duplicateShare ?? 0.2;
  const countTable = zipfTable(options.maxDuplicates ?? 5, 2);
  let meanCount = 0;
  for (let k = 0; k < countTable.length; k++)
    meanCount += ((k + 1) * (countTable[k]! - (k > 0 ? countTable[k - 1]! : 0))) / countTable[countTable.length - 1]!;
  const hasDuplicates = Math.min(1, duplicateShare / (1 - duplicateShare) / meanCount);

  const records: SourceRecord[] = [];
  const entityList: number[] = [];
  for (let entity = 0; records.length < total; entity++) {
    const values = original();
    records.push({ id: `rec-${entity}-org`, values });
    entityList.push(entity);
    const duplicates = random() < hasDuplicates ? 1 + sample(countTable, random) : 0;
    for (let k = 0; k < duplicates && records.length < total; k++) {
      records.push({ id: `rec-${entity}-dup-${k}`, values: corrupt(values) });
      entityList.push(entity);
    }
  }
  const entities = Int32Array.from(entityList);
  for (let i = records.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [records[i], records[j]] = [records[j]!, records[i]!];
    [entities[i], entities[j]] = [entities[j]!, entities[i]!];
  }
  return { records, entities };
}
