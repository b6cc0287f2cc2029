import {
  createMdmDomain,
  createPolicyVersion,
  startMdmSimulation,
  transitionPolicy,
  updatePolicyDraft,
  uploadMdmSample,
} from '@steward/core';
import { type Database, domains, glossaryTerms, mdmDomains, people } from '@steward/db';
import type { Actor, GoldenRecordPolicyInput } from '@steward/domain';
import { createRandom } from '@steward/mdm';
import { eq, inArray } from 'drizzle-orm';

const firstNames = [
  'olivia',
  'liam',
  'emma',
  'noah',
  'ava',
  'oliver',
  'sophia',
  'elijah',
  'isabella',
  'james',
  'mia',
  'william',
  'charlotte',
  'benjamin',
  'amelia',
  'lucas',
  'harper',
  'henry',
  'evelyn',
  'theodore',
  'abigail',
  'jack',
  'emily',
  'levi',
  'ella',
  'alexander',
  'elizabeth',
  'jackson',
  'camila',
  'mateo',
  'luna',
  'daniel',
  'sofia',
  'michael',
  'avery',
  'mason',
  'mila',
  'sebastian',
  'aria',
  'ethan',
  'scarlett',
  'logan',
  'penelope',
  'owen',
  'layla',
];
const surnames = [
  'smith',
  'johnson',
  'williams',
  'brown',
  'jones',
  'garcia',
  'miller',
  'davis',
  'rodriguez',
  'martinez',
  'hernandez',
  'lopez',
  'gonzalez',
  'wilson',
  'anderson',
  'thomas',
  'taylor',
  'moore',
  'jackson',
  'martin',
  'lee',
  'perez',
  'thompson',
  'white',
  'harris',
  'sanchez',
  'clark',
  'ramirez',
  'lewis',
  'robinson',
  'walker',
  'young',
  'allen',
  'king',
  'wright',
  'scott',
  'torres',
  'nguyen',
  'hill',
  'flores',
  'green',
  'adams',
  'nelson',
  'baker',
];
const streets = [
  'maple avenue',
  'oak street',
  'pine road',
  'cedar lane',
  'elm street',
  'birch drive',
  'willow way',
  'lake view road',
  'hillcrest avenue',
  'river road',
  'park lane',
  'sunset boulevard',
  'church street',
  'mill road',
  'station road',
];
const cities = [
  ['springfield', '62701'],
  ['riverton', '82501'],
  ['fairview', '37062'],
  ['greenville', '29601'],
  ['madison', '53703'],
  ['georgetown', '78626'],
  ['clinton', '52732'],
  ['franklin', '37064'],
] as const;

interface Customer {
  key: string;
  given_name: string;
  surname: string;
  email: string;
  phone: string;
  street: string;
  postcode: string;
  city: string;
  date_of_birth: string;
}

/**
 * Homebody's customers as the three systems hold them: the CRM has most of them, the web shop
 * and the service desk re-keyed some (typos, nicknames, a moved address, a missing birth date),
 * so about one customer in eight exists twice or more — the duplicate rate the story quotes.
 * `customer_key` is the truth, known because the demo invented the duplicates.
 */
export function homebodyCustomerSample(count = 400): string {
  const next = createRandom(20_261_127);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const typo = (value: string) => {
    if (value.length < 4) return value;
    const at = 1 + Math.floor(next() * (value.length - 2));
    return next() < 0.5
      ? value.slice(0, at) + value[at + 1] + value[at] + value.slice(at + 2)
      : value.slice(0, at) + value.slice(at + 1);
  };
  const rows: string[] = [
    'record_id,source,updated_at,customer_key,given_name,surname,email,phone,street,postcode,city,date_of_birth',
  ];
  let line = 0;
  const write = (source: string, customer: Customer, days: number) => {
    line += 1;
    const updated = new Date(Date.UTC(2026, 9, 1) - days * 86_400_000).toISOString().slice(0, 10);
    rows.push(
      [
        `${source}-${String(line).padStart(5, '0')}`,
        source,
        updated,
        customer.key,
        customer.given_name,
        customer.surname,
        customer.email,
        customer.phone,
        customer.street,
        customer.postcode,
        customer.city,
        customer.date_of_birth,
      ].join(','),
    );
  };
  for (let index = 0; index < count; index += 1) {
    const given = pick(firstNames);
    const surname = pick(surnames);
    const [city, postcode] = pick(cities);
    const birth = new Date(
      Date.UTC(1940 + Math.floor(next() * 60), Math.floor(next() * 12), 1 + Math.floor(next() * 28)),
    );
    const customer: Customer = {
      key: `C${String(index + 1).padStart(4, '0')}`,
      given_name: given,
      surname,
      email: `${given}.${surname}${Math.floor(next() * 90) + 10}@${pick(['mail.example', 'post.example', 'inbox.example'])}`,
      phone: `555-${String(Math.floor(next() * 9000) + 1000)}-${String(Math.floor(next() * 9000) + 1000)}`,
      street: `${Math.floor(next() * 900) + 1} ${pick(streets)}`,
      postcode,
      city,
      date_of_birth: birth.toISOString().slice(0, 10),
    };
    write('crm', customer, Math.floor(next() * 400));
    if (next() < 0.05) {
      // A household: same address and landline, another person (not a duplicate).
      const partner = pick(firstNames.filter((name) => name !== given));
      write(
        'crm',
        {
          ...customer,
          key: `${customer.key}-H`,
          given_name: partner,
          email: `${partner}.${customer.surname}@${pick(['mail.example', 'post.example'])}`,
          date_of_birth: new Date(birth.getTime() + Math.floor(next() * 3000) * 86_400_000).toISOString().slice(0, 10),
        },
        Math.floor(next() * 400),
      );
    }
    if (next() < 0.13) {
      // Re-keyed in the web shop: a typo in a name, another email, the phone written another way.
      const copy = { ...customer, email: customer.email.toUpperCase() };
      if (next() < 0.35) copy.email = `${given}${Math.floor(next() * 900) + 100}@shop.example`;
      if (next() < 0.25) {
        // Moved house since the CRM last heard of them: new address, new phone.
        const [newCity, newPostcode] = pick(cities);
        Object.assign(copy, {
          street: `${Math.floor(next() * 900) + 1} ${pick(streets)}`,
          city: newCity,
          postcode: newPostcode,
          phone: `555-${String(Math.floor(next() * 9000) + 1000)}-${String(Math.floor(next() * 9000) + 1000)}`,
        });
      }
      if (next() < 0.6) copy.surname = typo(copy.surname);
      if (next() < 0.4) copy.phone = copy.phone.replaceAll('-', ' ');
      if (next() < 0.3) copy.date_of_birth = '';
      write('webshop', copy, Math.floor(next() * 200));
    }
    if (next() < 0.06) {
      // Known to the service desk after a visit: a nickname or typo, the street without its number.
      const copy = { ...customer };
      if (next() < 0.5) copy.given_name = typo(copy.given_name);
      if (next() < 0.5) copy.street = copy.street.replace(/^\d+ /, '');
      copy.email = next() < 0.5 ? '' : copy.email;
      if (next() < 0.3) copy.phone = '';
      write('service', copy, Math.floor(next() * 60));
    }
  }
  return `${rows.join('\n')}\n`;
}

/** The Customer golden-record policy Homebody runs: hand-written m and u for its columns. */
export const homebodyCustomerPolicy: GoldenRecordPolicyInput = {
  attributes: [
    { name: 'given_name', standardise: ['trim', 'lowercase'] },
    { name: 'surname', standardise: ['trim', 'lowercase'] },
    { name: 'email', standardise: ['email'] },
    { name: 'phone', standardise: ['digits_only'] },
    { name: 'street', standardise: ['lowercase', 'address_abbreviations', 'collapse_whitespace'] },
    { name: 'postcode', standardise: ['digits_only'] },
    { name: 'city', standardise: ['lowercase', 'collapse_whitespace'] },
    { name: 'date_of_birth', standardise: ['iso_date'] },
  ],
  blocking: [
    { keys: [{ attribute: 'email' }] },
    { keys: [{ attribute: 'phone' }] },
    { keys: [{ attribute: 'surname', transform: 'soundex' }, { attribute: 'postcode' }] },
  ],
  comparisons: [
    {
      attribute: 'given_name',
      comparator: 'jaro_winkler',
      levels: [
        { label: 'exact', minSimilarity: 1, m: 0.85, u: 0.03 },
        { label: 'close', minSimilarity: 0.88, m: 0.1, u: 0.02 },
      ],
      otherwise: { label: 'different', m: 0.03, u: 0.95 },
    },
    {
      attribute: 'surname',
      comparator: 'jaro_winkler',
      levels: [
        { label: 'exact', minSimilarity: 1, m: 0.8, u: 0.03 },
        { label: 'close', minSimilarity: 0.88, m: 0.15, u: 0.02 },
      ],
      otherwise: { label: 'different', m: 0.05, u: 0.95 },
    },
    {
      attribute: 'email',
      comparator: 'exact',
      levels: [{ label: 'same', minSimilarity: 1, m: 0.9, u: 0.0005 }],
      otherwise: { label: 'different', m: 0.1, u: 0.9995 },
    },
    {
      // A landline is shared by a household: agreeing on it says less than agreeing on an email.
      attribute: 'phone',
      comparator: 'exact',
      levels: [{ label: 'same', minSimilarity: 1, m: 0.85, u: 0.005 }],
      otherwise: { label: 'different', m: 0.15, u: 0.995 },
    },
    {
      attribute: 'street',
      comparator: 'token_set',
      levels: [
        { label: 'same', minSimilarity: 1, m: 0.7, u: 0.005 },
        { label: 'close', minSimilarity: 0.6, m: 0.25, u: 0.02 },
      ],
      otherwise: { label: 'different', m: 0.05, u: 0.975 },
    },
    {
      attribute: 'date_of_birth',
      comparator: 'date',
      unit: 'days',
      levels: [
        { label: 'same day', maxDifference: 0, m: 0.9, u: 0.001 },
        { label: 'within a month', maxDifference: 31, m: 0.05, u: 0.005 },
      ],
      otherwise: { label: 'different', m: 0.05, u: 0.994 },
    },
  ],
  priorMatchRate: 0.002,
  autoMergeThreshold: 0.99,
  reviewThreshold: 0.6,
  maxClusterSize: 6,
  survivorship: [
    { attribute: 'email', rules: ['most_recent', 'most_frequent'] },
    { attribute: 'phone', rules: ['trust', 'most_recent'] },
    { attribute: 'street', rules: ['source_priority', 'longest'] },
  ],
  sources: [
    { name: 'crm', priority: 1, maxTrust: 0.9, minTrust: 0.6, decayDays: 365 },
    { name: 'webshop', priority: 2, maxTrust: 0.7, minTrust: 0.4, decayDays: 180 },
    { name: 'service', priority: 3, maxTrust: 0.8, minTrust: 0.5, decayDays: 90 },
  ],
};

async function personActor(db: Database, name: string, role: Actor['role']): Promise<Actor> {
  const [person] = await db.select({ id: people.id, email: people.email }).from(people).where(eq(people.name, name));
  if (!person) throw new Error(`The demo has no person named ${name}`);
  return {
    kind: 'account',
    accountId: null,
    personId: person.id,
    role,
    label: person.email,
    requestId: null,
    sessionId: null,
  };
}

/**
 * The Customer MDM domain in motion: scoped by Ada Schema (consolidation over crm, webshop and
 * service), policy v1 approved by Steve Panic and active, v2 a draft that also catches customers
 * who moved, a sample with known duplicates, and a simulation of each queued (the job runner runs them).
 */
export async function seedDemoMdm(db: Database, catalogSourceId: string | null): Promise<boolean> {
  const [existing] = await db.select({ id: mdmDomains.id }).from(mdmDomains).limit(1);
  if (existing) return false;
  const ada = await personActor(db, 'Ada Schema', 'architect');
  const steve = await personActor(db, 'Steve Panic', 'steward');
  const [customer] = await db.select({ id: domains.id }).from(domains).where(eq(domains.name, 'Customer'));
  const termNames = ['Email address', 'Phone number', 'Date of birth', 'Customer address'];
  const terms = await db
    .select({ id: glossaryTerms.id, name: glossaryTerms.name })
    .from(glossaryTerms)
    .where(inArray(glossaryTerms.name, termNames));
  const termId = (name: string) => terms.find((term) => term.name === name)?.id ?? null;
  const domain = await createMdmDomain(db, ada, {
    name: 'Customer',
    hubStyle: 'consolidation',
    workflow: 'merge',
    domainId: customer?.id ?? null,
    description:
      'One customer is one person who buys or owns a Homebody appliance, whatever system knows them: the CRM, the web shop or the service desk. Households are a separate entity.',
    businessDriver:
      'About 12% of customer records are duplicates: warranty history is split, the call centre cannot see past visits, and marketing writes to the same household twice. The golden record feeds the service desk, warranty claims and the customer 360 report.',
    attributes: [
      { name: 'given_name', label: 'Given name', critical: true, sensitive: true },
      { name: 'surname', label: 'Surname', critical: true, sensitive: true },
      { name: 'email', label: 'Email address', termId: termId('Email address'), critical: true, sensitive: true },
      { name: 'phone', label: 'Phone number', termId: termId('Phone number'), sensitive: true },
      { name: 'street', label: 'Street address', termId: termId('Customer address'), sensitive: true },
      { name: 'postcode', label: 'Postcode' },
      { name: 'city', label: 'City' },
      { name: 'date_of_birth', label: 'Date of birth', termId: termId('Date of birth'), sensitive: true },
    ],
    sources: [
      { name: 'crm', catalogSourceId, priority: 1, trust: 0.9 },
      { name: 'webshop', catalogSourceId, priority: 2, trust: 0.7 },
      { name: 'service', catalogSourceId, priority: 3, trust: 0.8 },
    ],
  });
  let v1 = await createPolicyVersion(db, ada, { mdmDomainId: domain.id, note: 'First policy: email, phone and name.' });
  v1 = await updatePolicyDraft(db, ada, { id: v1.id, version: v1.version, policy: homebodyCustomerPolicy });
  v1 = await transitionPolicy(db, ada, { id: v1.id, version: v1.version, action: 'submit' });
  v1 = await transitionPolicy(db, steve, {
    id: v1.id,
    version: v1.version,
    action: 'approve',
    comment: 'Tried on the customer sample: no mixed clusters. Go ahead.',
  });
  await transitionPolicy(db, ada, { id: v1.id, version: v1.version, action: 'activate' });
  const v2 = await createPolicyVersion(db, ada, {
    mdmDomainId: domain.id,
    note: 'Also compares customers who moved (same surname and birth date), with a wider review band for them.',
  });
  await updatePolicyDraft(db, ada, {
    id: v2.id,
    version: v2.version,
    policy: {
      ...homebodyCustomerPolicy,
      blocking: [
        ...homebodyCustomerPolicy.blocking,
        { keys: [{ attribute: 'surname', transform: 'soundex' }, { attribute: 'date_of_birth' }] },
      ],
      reviewThreshold: 0.3,
    },
  });
  const sample = await uploadMdmSample(db, ada, {
    mdmDomainId: domain.id,
    name: 'Customers across CRM, web shop and service',
    fileName: 'homebody-customers.csv',
    csv: homebodyCustomerSample(),
    idColumn: 'record_id',
    truthColumn: 'customer_key',
    sourceColumn: 'source',
    updatedAtColumn: 'updated_at',
  });
  await startMdmSimulation(db, ada, { policyVersionId: v1.id, sampleId: sample.id });
  await startMdmSimulation(db, ada, { policyVersionId: v2.id, sampleId: sample.id });
  return true;
}
