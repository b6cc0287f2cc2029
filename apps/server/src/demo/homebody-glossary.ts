import type { Classification, ExternalReference, TermRelationType } from '@steward/domain';
import type { DomainKey } from './homebody.js';
import { customerTerms } from './homebody-glossary-customer.js';
import { financeTerms } from './homebody-glossary-finance.js';
import { productTerms } from './homebody-glossary-product.js';
import type { PersonName } from './homebody-people.js';

/** A typed relation to another term of the glossary, by the other term's name. */
export type DemoTermRelation = readonly [type: TermRelationType, term: string];

/**
 * A term of the demo glossary. People, domains and other terms are named, not identified: the
 * seed resolves them once they exist. `parent` and relation targets are proposed first.
 */
export interface DemoTerm {
  name: string;
  definition: string;
  /** Null for the program's own vocabulary, which belongs to no one domain. */
  domain: DomainKey | null;
  steward: PersonName;
  owner: PersonName;
  abbreviation?: string;
  synonyms?: readonly string[];
  examples?: string;
  validValues?: string;
  businessRules?: string;
  /** The broader term, by name. */
  parent?: string;
  critical?: boolean;
  /** `internal` when left out. */
  classification?: Classification;
  tags?: readonly string[];
  externalReferences?: readonly ExternalReference[];
  relations?: readonly DemoTermRelation[];
}

/** A later version of a term: the fields that change, who proposes it and why. */
export interface DemoTermChange {
  term: string;
  by: PersonName;
  change: Partial<Omit<DemoTerm, 'name' | 'steward' | 'owner' | 'domain'>>;
  reason: string;
  /** What the reviewer says on approving it. */
  decisionComment?: string;
}

export const homebodyGlossary = {
  name: 'Homebody Business Glossary',
  description:
    'The words Homebody Appliances agrees on: what we mean by a customer, a household, an appliance or an invoice, who looks after each word and which data matters most. Stewards propose terms and changes; another reviewer approves them before they count.',
  owners: ['Sarah Updown'],
  /** The business stewards of the domains, and the governance lead. */
  reviewers: [
    'Sarah Updown',
    'Carmen Loyola',
    'Emma Webb',
    'Oliver Specs',
    'Mira Lindqvist',
    'Peter Partsworth',
    'Hector Torque',
    'Nadia Balance',
  ],
  reviewerEditsNeedSecondReviewer: true,
  /** Approves what the stewards propose. */
  leadReviewer: 'Sarah Updown',
  /** Approves what the lead reviewer proposes herself: nobody approves their own change. */
  deputyReviewer: 'Carmen Loyola',
  /** Why the terms were proposed, kept with their first revision. */
  proposalReason: 'Agreed at the Data Stewardship Council as part of the customer data governance program.',
} as const satisfies {
  name: string;
  description: string;
  owners: readonly PersonName[];
  reviewers: readonly PersonName[];
  reviewerEditsNeedSecondReviewer: boolean;
  leadReviewer: PersonName;
  deputyReviewer: PersonName;
  proposalReason: string;
};

/** Every term the seed proposes one by one, in no particular order (the seed orders them). */
export const homebodyTerms: readonly DemoTerm[] = [...customerTerms, ...productTerms, ...financeTerms];

/**
 * What makes the glossary look like a program in motion rather than a finished list: terms still
 * in review, an import waiting as one batch, a change waiting on an approved term, a term
 * deprecated in favour of another and a term already revised once.
 */
export const homebodyGlossaryStory = {
  /** Proposed by their steward, not yet decided. */
  inReview: ['Customer lifetime value', 'Supplier risk rating'],
  /** The spare-parts planner imports a spreadsheet; its terms wait for review as one batch. */
  importBatch: {
    by: 'Peter Partsworth',
    fileName: 'spare-parts-terms.csv',
    terms: [
      {
        name: 'Service kit',
        definition:
          'A set of spare parts packed together for a common repair, so a technician takes one item on a visit instead of several.',
        domain: 'spare-parts',
        steward: 'Peter Partsworth',
        owner: 'Jose Makit',
        synonyms: ['Repair kit'],
        parent: 'Spare part',
        examples: 'Door seal kit for EcoWash 8: gasket, clamp ring and hinge bushes.',
        relations: [['related_to', 'Service visit']],
      },
      {
        name: 'Part supersession',
        definition:
          'The replacement of a part number by a newer one that fits the same appliances, so orders for the old part are served with the new one.',
        domain: 'spare-parts',
        steward: 'Peter Partsworth',
        owner: 'Jose Makit',
        synonyms: ['Part substitution', 'Successor part'],
        relations: [['related_to', 'Part number']],
      },
    ],
  },
  /** Approved once, then changed and approved again: the history shows two revisions and a diff. */
  revised: {
    term: 'Warranty start date',
    by: 'Carmen Loyola',
    change: {
      definition:
        "The date an appliance's warranty begins: the day it was delivered or installed at the customer's home, whichever is later. When neither is known, the purchase date on the receipt.",
      businessRules:
        'Set by the service system from the delivery or installation record. Retail partners report delivery dates in their weekly sell-out file.',
      examples: 'Bought on 3 March, delivered on 17 March: the warranty runs from 17 March.',
      relations: [
        ['related_to', 'Warranty'],
        ['related_to', 'Warranty claim'],
      ],
    },
    reason:
      'Retail partners often deliver days or weeks after the purchase, so claims near the end of the warranty were wrongly refused.',
    decisionComment: 'Agreed with Finance: the warranty provision uses the same date.',
  },
  /** An approved term with a change still waiting for a reviewer. */
  pendingChange: {
    term: 'Phone number',
    by: 'Emma Webb',
    change: {
      validValues:
        'International E.164 format: a plus sign, the country code and the number, no spaces (+442079460958).',
      businessRules:
        'Stored in E.164 format. A number that cannot be converted is flagged for the call centre to confirm at the next contact.',
    },
    reason: 'The phone-format quality rule fails on about 9% of service records because numbers are stored as typed.',
  },
  /** Retired in favour of a term that says what it means. */
  deprecated: {
    term: 'Client',
    replacedBy: 'Customer',
    by: 'Carmen Loyola',
    reason:
      'Sales used "Client" for consumers, retail partners and prospects alike. "Customer" and its narrower terms replace it.',
  },
} as const satisfies {
  inReview: readonly string[];
  importBatch: { by: PersonName; fileName: string; terms: readonly DemoTerm[] };
  revised: DemoTermChange;
  pendingChange: DemoTermChange;
  deprecated: { term: string; replacedBy: string; by: PersonName; reason: string };
};
