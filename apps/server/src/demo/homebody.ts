import type { AppRole, CouncilKind, CouncilMemberRole, GovernanceRole, Raci } from '@steward/domain';
import { homebodyPeople, type PersonName } from './homebody-people.js';

export { type DemoOrgUnit, homebodyOrgUnits, type OrgUnitKey } from './homebody-org.js';
export { DEMO_MARKER_EMAIL, type DemoPerson, homebodyPeople, type PersonName } from './homebody-people.js';

/** Every demo sign-in shares it; it meets the 12-character password rule. */
export const DEMO_PASSWORD = 'homebody-demo';

/** A domain of the demo; `parent` is the key of a domain listed before it. */
export interface DemoDomain {
  key: string;
  name: string;
  description: string;
  parent: string | null;
}

export const homebodyDomains = [
  {
    key: 'customer',
    name: 'Customer',
    parent: null,
    description: 'Everyone who buys, owns or resells our appliances, and how we reach them.',
  },
  {
    key: 'consumer',
    name: 'Consumer',
    parent: 'customer',
    description: 'Households that buy our appliances in a store or the web shop and use them at home.',
  },
  {
    key: 'retail-partner',
    name: 'Retail partner',
    parent: 'customer',
    description: 'The retail chains and dealers that sell our appliances, with their stores and contracts.',
  },
  {
    key: 'product',
    name: 'Product',
    parent: null,
    description: 'The appliances and parts we design, make and sell, from model number to bill of materials.',
  },
  {
    key: 'finished-goods',
    name: 'Finished goods',
    parent: 'product',
    description: 'Saleable appliances: models, SKUs and variants, with their launch and end-of-life dates.',
  },
  {
    key: 'spare-parts',
    name: 'Spare parts',
    parent: 'product',
    description: 'Parts we stock and ship to technicians and customers to repair appliances already installed.',
  },
  {
    key: 'supplier',
    name: 'Supplier',
    parent: null,
    description: 'The companies that supply our materials, components and services, with their terms and ratings.',
  },
  {
    key: 'finance',
    name: 'Finance',
    parent: null,
    description: 'Invoices, payments, cost centres and the figures we report to management and auditors.',
  },
  {
    key: 'manufacturing',
    name: 'Manufacturing',
    parent: null,
    description: 'How we build appliances: plants, production lines, production orders and quality checks.',
  },
] as const satisfies readonly DemoDomain[];

export type DomainKey = (typeof homebodyDomains)[number]['key'];

/**
 * The gaps the demo keeps on purpose, so the coverage screen has something true to show:
 * one sub-domain leans on its parent's steward, one domain has no business steward at all.
 */
export const homebodyGaps = {
  inheritsSteward: 'retail-partner',
  noBusinessSteward: 'supplier',
} as const satisfies Record<string, DomainKey>;

export interface DemoCouncil {
  name: string;
  kind: CouncilKind;
  purpose: string;
  cadence: string;
  members: readonly { person: PersonName; role: CouncilMemberRole }[];
}

/** The tiers of the organisational blueprint (DGUP step 5): sponsors, governance, stewardship. */
export const homebodyCouncils: readonly DemoCouncil[] = [
  {
    name: 'Executive Steering Committee',
    kind: 'executive_sponsors',
    purpose:
      'Gives the program its mandate and funding, approves the charter, roadmap and targets, and removes blockers the governance council cannot.',
    cadence: 'Quarterly, and at each step gate of the program',
    members: [
      { person: 'Yoshi Goto', role: 'chair' },
      { person: 'Susan Notetaker', role: 'member' },
      { person: 'Barbara Futura', role: 'member' },
      { person: 'Sarah Updown', role: 'secretary' },
    ],
  },
  {
    name: 'Data Governance Council',
    kind: 'governance_council',
    purpose: 'Approves data policies, sets priorities across domains and settles disputes between them.',
    cadence: 'Monthly, on the first Tuesday',
    members: [
      { person: 'Sarah Updown', role: 'chair' },
      { person: 'Barbara Futura', role: 'member' },
      { person: 'Tony Technology', role: 'member' },
      { person: 'Steve Panic', role: 'member' },
      { person: 'Jose Makit', role: 'member' },
      { person: 'Valerie Strand', role: 'member' },
      { person: 'Grace Ledger', role: 'member' },
      { person: 'Priya Shield', role: 'member' },
    ],
  },
  {
    name: 'Data Stewardship Council',
    kind: 'stewardship_council',
    purpose:
      'Turns policy into practice: agrees definitions and data-quality thresholds, settles term conflicts and reviews match rules across domains.',
    cadence: 'Every second Thursday',
    members: [
      { person: 'Carmen Loyola', role: 'chair' },
      { person: 'Oliver Specs', role: 'member' },
      { person: 'Hector Torque', role: 'member' },
      { person: 'Nadia Balance', role: 'member' },
      { person: 'Ada Schema', role: 'member' },
      { person: 'Dimitri Backup', role: 'member' },
      { person: 'Sarah Updown', role: 'secretary' },
    ],
  },
];

export interface DemoRoleAssignment {
  person: PersonName;
  role: GovernanceRole;
  /** The domain the role is held for; null for the governance program as a whole. */
  domain: DomainKey | null;
  /** Left out, the role's default letter applies (data owner A, stewards R…). */
  raci?: Raci;
  note?: string;
}

export const homebodyRoleAssignments: readonly DemoRoleAssignment[] = [
  // The program. One sponsor is accountable; the CIO co-sponsors and delivers the IT side.
  {
    person: 'Yoshi Goto',
    role: 'executive_sponsor',
    domain: null,
    raci: 'A',
    note: 'Business sponsor; accountable for the mandate and targets.',
  },
  {
    person: 'Susan Notetaker',
    role: 'executive_sponsor',
    domain: null,
    raci: 'R',
    note: 'IT co-sponsor; commits the people and platform.',
  },
  {
    person: 'Sarah Updown',
    role: 'chief_data_officer',
    domain: null,
    note: 'Governance lead; runs the program and reports results.',
  },
  { person: 'Barbara Futura', role: 'council_member', domain: null, note: "Owns the program's business case." },
  { person: 'Tony Technology', role: 'council_member', domain: null, note: 'Technical owner of the data platform.' },
  // Customer: the domain the business problem is about.
  { person: 'Steve Panic', role: 'data_owner', domain: 'customer' },
  { person: 'Carmen Loyola', role: 'business_steward', domain: 'customer' },
  {
    person: 'Ravi Pipeline',
    role: 'technical_steward',
    domain: 'customer',
    note: 'CRM, web shop and service integrations.',
  },
  { person: 'Ada Schema', role: 'technical_steward', domain: 'customer', note: 'Defines the Customer MDM scope.' },
  { person: 'Dimitri Backup', role: 'custodian', domain: 'customer' },
  { person: 'Emma Webb', role: 'business_steward', domain: 'consumer' },
  // Retail partner has an owner but no steward of its own yet: it answers to Customer's.
  { person: 'Valerie Strand', role: 'data_owner', domain: 'retail-partner' },
  // Product.
  { person: 'Jose Makit', role: 'data_owner', domain: 'product' },
  { person: 'Oliver Specs', role: 'business_steward', domain: 'product' },
  { person: 'Karl Eriksen', role: 'technical_steward', domain: 'product' },
  { person: 'Dimitri Backup', role: 'custodian', domain: 'product' },
  { person: 'Mira Lindqvist', role: 'business_steward', domain: 'finished-goods' },
  { person: 'Peter Partsworth', role: 'business_steward', domain: 'spare-parts' },
  // Supplier: owned and run, but nobody in the business stewards it yet.
  { person: 'Victor Sourcing', role: 'data_owner', domain: 'supplier' },
  { person: 'Karl Eriksen', role: 'technical_steward', domain: 'supplier' },
  { person: 'Dimitri Backup', role: 'custodian', domain: 'supplier' },
  // Finance.
  { person: 'Grace Ledger', role: 'data_owner', domain: 'finance' },
  { person: 'Nadia Balance', role: 'business_steward', domain: 'finance' },
  { person: 'Karl Eriksen', role: 'technical_steward', domain: 'finance' },
  { person: 'Dimitri Backup', role: 'custodian', domain: 'finance' },
  // Manufacturing.
  { person: 'Jose Makit', role: 'data_owner', domain: 'manufacturing' },
  { person: 'Hector Torque', role: 'business_steward', domain: 'manufacturing' },
  { person: 'Marta Sensor', role: 'technical_steward', domain: 'manufacturing' },
  { person: 'Dimitri Backup', role: 'custodian', domain: 'manufacturing' },
];

export interface DemoAccount {
  person: PersonName;
  role: AppRole;
}

/** One sign-in per app role, so a visitor can see Steward as each kind of user. */
export const homebodyAccounts: readonly DemoAccount[] = [
  { person: 'Tony Technology', role: 'admin' },
  { person: 'Sarah Updown', role: 'steward' },
  { person: 'Steve Panic', role: 'steward' },
  { person: 'Ada Schema', role: 'architect' },
  { person: 'Yoshi Goto', role: 'executive' },
  { person: 'Lucy Metrics', role: 'viewer' },
];

export interface DemoSignIn {
  email: string;
  role: AppRole;
  /** Name and title, for the CLI to print next to the email. */
  who: string;
}

export function demoPerson(name: PersonName) {
  const person = homebodyPeople.find((candidate) => candidate.name === name);
  if (!person) throw new Error(`The demo has no person named ${name}`);
  return person;
}

export const demoSignIns: readonly DemoSignIn[] = homebodyAccounts.map((account) => {
  const person = demoPerson(account.person);
  return { email: person.email, role: account.role, who: `${person.name}, ${person.title}` };
});
