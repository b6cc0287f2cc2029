import type { DemoTerm } from './homebody-glossary.js';

// Who looks after the terms of each domain. Supplier has no business steward yet (a gap the
// coverage screen shows), so its technical steward looks after its terms. The program's own
// vocabulary belongs to no domain; the governance lead looks after it.
const supplier = { domain: 'supplier', steward: 'Karl Eriksen', owner: 'Victor Sourcing' } as const;
const finance = { domain: 'finance', steward: 'Nadia Balance', owner: 'Grace Ledger' } as const;
const governance = { domain: null, steward: 'Sarah Updown', owner: 'Sarah Updown' } as const;

/** Supplier, Finance and the governance program's own words. */
export const financeTerms: readonly DemoTerm[] = [
  {
    name: 'Critical data element',
    ...governance,
    abbreviation: 'CDE',
    definition:
      'A data element whose errors would harm customers, revenue or compliance. Each one has a named owner and steward, quality rules and monitored thresholds.',
    synonyms: ['Key data element'],
    businessRules: 'Proposed by a steward and confirmed by the Data Governance Council; the glossary flags each one.',
    tags: ['Governance'],
  },
  {
    name: 'Data quality score',
    ...governance,
    definition: 'The share of checked records that pass every data-quality rule of their domain, measured each month.',
    synonyms: ['DQ score'],
    examples: 'Customer data scored 71% when the program started.',
    validValues: '0 to 100%.',
    tags: ['Governance'],
    relations: [['related_to', 'Critical data element']],
  },
  {
    name: 'Supplier',
    ...supplier,
    definition: 'A company we buy materials, components or services from, with an approved supplier record in the ERP.',
    synonyms: ['Vendor', 'Creditor'],
    tags: ['Master data'],
  },
  {
    name: 'Supplier ID',
    ...supplier,
    definition: 'The ERP number of a supplier, used on purchase orders, goods receipts and supplier invoices.',
    synonyms: ['Vendor number', 'Creditor number'],
    examples: 'V-102394',
    relations: [['part_of', 'Supplier']],
  },
  {
    name: 'Approved supplier list',
    ...supplier,
    abbreviation: 'ASL',
    definition:
      'The suppliers procurement has qualified for a category of materials. Only they may receive purchase orders for it.',
    synonyms: ['Qualified supplier list'],
    relations: [['related_to', 'Supplier']],
  },
  {
    name: 'Purchase order',
    ...supplier,
    abbreviation: 'PO',
    definition:
      'A binding order to a supplier for materials or services at an agreed price, quantity and delivery date.',
    synonyms: ['Order to supplier'],
    relations: [
      ['related_to', 'Supplier'],
      ['related_to', 'Part number'],
    ],
  },
  {
    name: 'On time in full',
    ...supplier,
    abbreviation: 'OTIF',
    definition:
      'The share of purchase order lines a supplier delivered on the confirmed date and in the full quantity.',
    synonyms: ['Delivery reliability'],
    examples: 'The target is 95%. A line one day late or one unit short counts as missed.',
    validValues: '0 to 100%.',
    relations: [['related_to', 'Purchase order']],
  },
  {
    name: 'Supplier risk rating',
    ...supplier,
    definition:
      'How likely a supplier is to fail to deliver, rated from its financial health, delivery record and location, and from whether it is our only source.',
    synonyms: ['Supplier risk score'],
    validValues: 'Low, Medium, High, Critical.',
    relations: [
      ['related_to', 'Supplier'],
      ['related_to', 'On time in full'],
    ],
  },
  {
    name: 'Invoice',
    ...finance,
    definition:
      'A document asking a customer to pay for goods or services delivered, with a legal number, lines, taxes and a due date.',
    synonyms: ['Bill', 'Sales invoice'],
    relations: [['related_to', 'Customer']],
  },
  {
    name: 'Invoice amount',
    ...finance,
    definition: 'The total an invoice asks the customer to pay, including VAT, in the invoice currency.',
    synonyms: ['Invoice total', 'Gross amount'],
    critical: true,
    businessRules: 'The sum of the net line amounts plus VAT. A credit note carries a negative amount.',
    examples: 'EUR 1,138.80 = EUR 949.00 net + EUR 189.80 VAT at 20%.',
    relations: [['part_of', 'Invoice']],
  },
  {
    name: 'Credit note',
    ...finance,
    definition:
      'A document that cancels all or part of an invoice, for a return, a price correction or a goodwill gesture.',
    synonyms: ['Credit memo'],
    relations: [['related_to', 'Invoice']],
  },
  {
    name: 'Cost centre',
    ...finance,
    definition:
      'A unit of the organisation that collects costs for budgeting and reporting, such as a plant, the call centre or a marketing team.',
    synonyms: ['Cost center'],
    examples: 'CC-4120: laundry plant, line 2.',
  },
  {
    name: 'Warranty provision',
    ...finance,
    definition:
      'The amount set aside each month to pay for the warranty repairs we expect on appliances already sold, from the installed base and its failure rates.',
    synonyms: ['Warranty reserve'],
    classification: 'confidential',
    relations: [
      ['related_to', 'Warranty'],
      ['related_to', 'Installed base'],
    ],
  },
];
