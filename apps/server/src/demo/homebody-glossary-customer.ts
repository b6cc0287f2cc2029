import type { DemoTerm } from './homebody-glossary.js';

// Who looks after the terms of each domain: its business steward and its accountable owner.
// Retail partner has no steward of its own yet, so the Customer steward looks after its terms.
const customer = { domain: 'customer', steward: 'Carmen Loyola', owner: 'Steve Panic' } as const;
const consumer = { domain: 'consumer', steward: 'Emma Webb', owner: 'Steve Panic' } as const;
const retailPartner = { domain: 'retail-partner', steward: 'Carmen Loyola', owner: 'Valerie Strand' } as const;

const privacyPolicy = {
  label: 'Customer-data privacy policy',
  url: 'https://intranet.homebody.example/policies/customer-data-privacy',
};

/** Customer and its sub-domains: who buys, owns and resells our appliances, and how we serve them. */
export const customerTerms: readonly DemoTerm[] = [
  {
    name: 'Client',
    ...customer,
    definition:
      'Any person or company that bought from us, as the sales organisation used the word before the Customer definition was agreed. It mixed consumers, retail partners and prospects, so counts made with it do not add up.',
    synonyms: ['Account'],
    tags: ['Legacy'],
  },
  {
    name: 'Customer',
    ...customer,
    definition:
      'A person, household or company that buys, owns or resells a Homebody appliance, or has asked us for service. A customer is counted once, however many systems hold a record of them.',
    synonyms: ['Client', 'Buyer'],
    businessRules:
      'Consumers and retail partners are kinds of customer. A prospect who has never bought from us or asked for service is not a customer.',
    tags: ['Master data'],
    relations: [['replaces', 'Client']],
  },
  {
    name: 'Customer ID',
    ...customer,
    definition:
      'The number the customer master gives each customer. The CRM, the web shop and the service system store it next to their own keys, so one customer can be followed across systems.',
    synonyms: ['Customer number'],
    critical: true,
    examples: 'C-00482913',
    validValues: '"C-" followed by eight digits. Never reused, not even after two customers are merged.',
    tags: ['Master data'],
    relations: [['part_of', 'Customer']],
  },
  {
    name: 'Customer address',
    ...customer,
    definition:
      'A postal address at which we reach a customer: where they live, receive goods, are invoiced or have an appliance installed. A customer may have several, each with its purpose.',
    synonyms: ['Address', 'Postal address'],
    critical: true,
    classification: 'confidential',
    businessRules:
      'Complete (street, house number, postcode, city and country) and checked by the address-validation service before it is used for a delivery or a service visit.',
    tags: ['PII', 'Master data'],
    externalReferences: [privacyPolicy],
    relations: [['part_of', 'Customer']],
  },
  {
    name: 'Service address',
    ...customer,
    parent: 'Customer address',
    definition:
      'The address where an installed appliance stands and where our technicians go to install, repair or maintain it.',
    synonyms: ['Installation address', 'Visit address'],
    critical: true,
    classification: 'confidential',
    businessRules:
      'Confirmed with the customer whenever a visit is booked. Never overwritten from the billing or delivery address.',
    tags: ['PII'],
    relations: [['is_a', 'Customer address']],
  },
  {
    name: 'Billing address',
    ...customer,
    parent: 'Customer address',
    definition: 'The address printed on invoices and used for payment reminders.',
    synonyms: ['Invoice address', 'Bill-to address'],
    classification: 'confidential',
    tags: ['PII'],
    relations: [['is_a', 'Customer address']],
  },
  {
    name: 'Delivery address',
    ...customer,
    parent: 'Customer address',
    definition:
      'The address where ordered goods are delivered. It may differ from the billing address, for example when an appliance is a gift.',
    synonyms: ['Ship-to address', 'Shipping address'],
    classification: 'confidential',
    tags: ['PII'],
    relations: [['is_a', 'Customer address']],
  },
  {
    name: 'Email address',
    ...customer,
    definition:
      'An email address a customer gave us to be contacted on. A customer may have several; exactly one is marked preferred.',
    synonyms: ['E-mail', 'Email'],
    critical: true,
    classification: 'confidential',
    validValues: 'One address of the form name@domain, whose domain accepts mail.',
    businessRules: 'Checked for syntax and a deliverable domain when captured. A hard bounce marks it invalid.',
    tags: ['PII'],
    externalReferences: [privacyPolicy],
    relations: [['part_of', 'Customer']],
  },
  {
    name: 'Phone number',
    ...consumer,
    definition: 'A telephone number on which a customer can be reached about deliveries and service appointments.',
    synonyms: ['Telephone number', 'Mobile number'],
    critical: true,
    classification: 'confidential',
    examples: '+44 20 7946 0958',
    tags: ['PII'],
    externalReferences: [privacyPolicy],
    relations: [['part_of', 'Customer']],
  },
  {
    name: 'Date of birth',
    ...consumer,
    abbreviation: 'DOB',
    definition:
      "A consumer's date of birth, collected only to check their age for financing offers. It is not used for marketing or for matching records.",
    synonyms: ['Birth date'],
    classification: 'restricted',
    businessRules: 'Kept only while a financing agreement runs, then erased.',
    tags: ['PII', 'Special handling'],
    externalReferences: [privacyPolicy],
  },
  {
    name: 'Household',
    ...consumer,
    definition:
      'The people who live at one address and share its appliances. Marketing and service plan by household, so a family is contacted once, not once per member.',
    synonyms: ['Home', 'Family unit'],
    relations: [['related_to', 'Customer address']],
  },
  {
    name: 'Consumer',
    ...consumer,
    parent: 'Customer',
    definition: 'A private customer who buys our appliances in a store or the web shop for use in their own home.',
    synonyms: ['End customer', 'End user', 'Private customer'],
    relations: [
      ['is_a', 'Customer'],
      ['part_of', 'Household'],
    ],
  },
  {
    name: 'Consent',
    ...consumer,
    definition:
      "A consumer's recorded agreement to receive marketing through one channel (email, phone or post), with when and how it was given. Without it we contact them only about their orders and service.",
    synonyms: ['Marketing consent', 'Opt-in'],
    classification: 'confidential',
    validValues: 'Given, Withdrawn, Never asked (per channel).',
    tags: ['PII', 'GDPR'],
    externalReferences: [privacyPolicy],
    relations: [['related_to', 'Email address']],
  },
  {
    name: 'Customer lifetime value',
    ...consumer,
    abbreviation: 'CLV',
    definition:
      'The margin we expect to earn from a household over the years it owns our appliances: purchases, extended warranties, spare parts and accessories, minus the cost to serve it.',
    synonyms: ['Lifetime value', 'LTV'],
    relations: [['related_to', 'Household']],
  },
  {
    name: 'Net promoter score',
    ...customer,
    abbreviation: 'NPS',
    definition:
      'The share of customers who would recommend us (a score of 9 or 10) minus the share who would not (0 to 6), from the survey sent after a purchase or a service visit.',
    synonyms: ['Recommendation score'],
    examples: 'Q3: 41% promoters − 27% detractors = NPS 14.',
    validValues: 'A whole number from −100 to 100.',
  },
  {
    name: 'Duplicate customer',
    ...customer,
    definition:
      'Two or more records, in one system or across the CRM, web shop and service system, that describe the same customer. Duplicates split a customer’s history and send visits and mail to stale addresses.',
    synonyms: ['Duplicate record', 'Double'],
    examples: 'About 12% of customer records were duplicates when the program started.',
    relations: [['related_to', 'Customer']],
  },
  {
    name: 'Golden record',
    domain: 'customer',
    steward: 'Ada Schema',
    owner: 'Steve Panic',
    definition:
      'The single trusted record of a customer that master data management builds from the matching records of every source system, field by field, by the survivorship rules.',
    synonyms: ['Master record', 'Best record'],
    tags: ['Master data', 'MDM'],
    relations: [
      ['related_to', 'Duplicate customer'],
      ['related_to', 'Customer ID'],
    ],
  },
  {
    name: 'Installed base',
    ...customer,
    definition:
      "All Homebody appliances in use at customers' homes, each known by serial number, model and service address. Service capacity, spare-parts stock and warranty provisions are planned from it.",
    synonyms: ['Appliance fleet', 'Installed appliances'],
    relations: [
      ['related_to', 'Appliance'],
      ['related_to', 'Serial number'],
      ['related_to', 'Service address'],
    ],
  },
  {
    name: 'Service ticket',
    ...customer,
    definition:
      "A customer's request for help with an appliance, from the first call or web form until the problem is solved and the ticket closed.",
    synonyms: ['Service case', 'Service request'],
    validValues: 'Open, Scheduled, In progress, Waiting for parts, Solved, Closed.',
    relations: [['related_to', 'Installed base']],
  },
  {
    name: 'Service visit',
    ...customer,
    definition:
      'A technician’s visit to a service address to install, repair or maintain an appliance, booked against a service ticket.',
    synonyms: ['Field visit', 'Call-out'],
    examples: 'About 340 visits a month went to a wrong address when the program started.',
    relations: [
      ['part_of', 'Service ticket'],
      ['related_to', 'Service address'],
    ],
  },
  {
    name: 'Warranty',
    ...customer,
    definition:
      'Our promise to repair or replace a faulty appliance free of charge for a fixed period from its warranty start date. The standard warranty runs two years; extended warranties are sold on top.',
    synonyms: ['Guarantee'],
    validValues: 'Standard (2 years), Extended (3 or 5 years).',
    relations: [['related_to', 'Installed base']],
  },
  {
    name: 'Warranty start date',
    ...customer,
    definition: "The date an appliance's warranty begins: the purchase date on the customer's receipt.",
    synonyms: ['Guarantee start date'],
    critical: true,
    relations: [['related_to', 'Warranty']],
  },
  {
    name: 'Warranty claim',
    ...customer,
    definition:
      'A request to repair or replace an appliance under warranty, accepted once its serial number and warranty start date show it is covered.',
    synonyms: ['Guarantee claim'],
    relations: [
      ['part_of', 'Warranty'],
      ['related_to', 'Service ticket'],
    ],
  },
  {
    name: 'Retail partner',
    ...retailPartner,
    parent: 'Customer',
    definition:
      'A retail chain, independent dealer or online marketplace that buys our appliances to resell them under a retail partner agreement.',
    synonyms: ['Dealer', 'Reseller', 'Trade customer'],
    relations: [['is_a', 'Customer']],
  },
  {
    name: 'Retail partner agreement',
    ...retailPartner,
    definition:
      "The yearly contract that sets a retail partner's prices, rebates, delivery terms and service obligations.",
    synonyms: ['Dealer agreement', 'Trade terms'],
    classification: 'confidential',
    relations: [['related_to', 'Retail partner']],
  },
  {
    name: 'Store',
    ...retailPartner,
    definition:
      'A physical shop of a retail partner where our appliances are displayed and sold. Retail partners report their sales to consumers per store and SKU every week.',
    synonyms: ['Outlet', 'Point of sale'],
    relations: [['part_of', 'Retail partner']],
  },
];
