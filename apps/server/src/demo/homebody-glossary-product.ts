import type { DemoTerm } from './homebody-glossary.js';

// Who looks after the terms of each domain: its business steward and its accountable owner.
const product = { domain: 'product', steward: 'Oliver Specs', owner: 'Jose Makit' } as const;
const finishedGoods = { domain: 'finished-goods', steward: 'Mira Lindqvist', owner: 'Jose Makit' } as const;
const spareParts = { domain: 'spare-parts', steward: 'Peter Partsworth', owner: 'Jose Makit' } as const;
const manufacturing = { domain: 'manufacturing', steward: 'Hector Torque', owner: 'Jose Makit' } as const;

/** Product and Manufacturing: what we design, build and sell, and how we build it. */
export const productTerms: readonly DemoTerm[] = [
  {
    name: 'Product',
    ...product,
    definition:
      'Anything we sell: a complete appliance, a spare part or an accessory, known in the ERP by its part number or SKU.',
    synonyms: ['Item'],
    classification: 'public',
  },
  {
    name: 'Product master data',
    ...product,
    definition:
      'The agreed attributes of every product (identifiers, descriptions, dimensions, energy data, prices and lifecycle dates) that the ERP, the web shop and the retail partner feeds all take from one source.',
    synonyms: ['Product data', 'Item master'],
    tags: ['Master data'],
    relations: [['related_to', 'Product']],
  },
  {
    name: 'Time to publish',
    ...product,
    definition:
      "The working days from a new SKU's approval at the product gate until its complete master data is live in the ERP, the web shop and the retail partner feeds.",
    synonyms: ['Product data lead time'],
    examples: '19 working days on average when the program started; the target is 5.',
    relations: [['related_to', 'Product master data']],
  },
  {
    name: 'Bill of materials',
    ...product,
    abbreviation: 'BOM',
    definition: 'The structured list of parts, sub-assemblies and quantities needed to build one unit of a model.',
    synonyms: ['Parts list'],
    relations: [
      ['related_to', 'Model number'],
      ['related_to', 'Part number'],
    ],
  },
  {
    name: 'Appliance',
    ...finishedGoods,
    parent: 'Product',
    definition:
      'A complete household machine we build and sell under the Homebody brand, such as a washer, dryer, fridge or dishwasher.',
    synonyms: ['Household appliance', 'Unit'],
    classification: 'public',
    relations: [['is_a', 'Product']],
  },
  {
    name: 'Washer',
    ...finishedGoods,
    parent: 'Appliance',
    definition: 'An appliance that washes laundry, front- or top-loading, sold by drum capacity in kilograms.',
    synonyms: ['Washing machine', 'Laundry machine'],
    classification: 'public',
    examples: 'EcoWash 8 (model WM-8420), an 8 kg front loader.',
    relations: [['is_a', 'Appliance']],
  },
  {
    name: 'Dryer',
    ...finishedGoods,
    parent: 'Appliance',
    definition: 'An appliance that dries laundry with a heat pump or a condenser, sold by drum capacity in kilograms.',
    synonyms: ['Tumble dryer', 'Clothes dryer'],
    classification: 'public',
    relations: [
      ['is_a', 'Appliance'],
      ['related_to', 'Washer'],
    ],
  },
  {
    name: 'Fridge',
    ...finishedGoods,
    parent: 'Appliance',
    definition:
      'An appliance that keeps food cold, with or without a freezer compartment, sold by net volume in litres.',
    synonyms: ['Refrigerator', 'Fridge-freezer'],
    classification: 'public',
    examples: 'FreshKeep 300 (model FR-3105), a 300-litre fridge-freezer.',
    relations: [['is_a', 'Appliance']],
  },
  {
    name: 'Dishwasher',
    ...finishedGoods,
    parent: 'Appliance',
    definition: 'An appliance that washes dishes and cutlery, free-standing or built in, sold by place settings.',
    synonyms: ['Dish washer'],
    classification: 'public',
    relations: [['is_a', 'Appliance']],
  },
  {
    name: 'Model number',
    ...finishedGoods,
    definition:
      'The code of an appliance design, the same for every unit built to it. It is printed on the rating plate, and customers use it to find manuals and spare parts.',
    synonyms: ['Model code', 'Type number'],
    critical: true,
    classification: 'public',
    examples: 'WM-8420 (EcoWash 8 washer), FR-3105 (FreshKeep 300 fridge-freezer).',
    validValues: 'A two-letter family code, a hyphen and four digits.',
    relations: [['related_to', 'Appliance']],
  },
  {
    name: 'SKU',
    ...finishedGoods,
    definition:
      'A saleable variant of a model (colour, market, plug and packaging) with its own code, price and stock. One model number has one or more SKUs.',
    synonyms: ['Stock keeping unit', 'Article number'],
    critical: true,
    classification: 'public',
    examples: 'WM-8420-WH-UK: EcoWash 8, white, with a UK plug.',
    relations: [['related_to', 'Model number']],
  },
  {
    name: 'End-of-life date',
    ...finishedGoods,
    abbreviation: 'EOL',
    definition:
      'The last day a SKU can be ordered. Spare parts for it stay available for at least ten years afterwards.',
    synonyms: ['Discontinuation date', 'Phase-out date'],
    relations: [
      ['related_to', 'SKU'],
      ['related_to', 'Spare part'],
    ],
  },
  {
    name: 'Energy efficiency class',
    ...finishedGoods,
    definition: "The A-to-G rating on the EU energy label, from the appliance's measured energy use.",
    synonyms: ['Energy label class', 'Energy rating'],
    classification: 'public',
    validValues: 'A, B, C, D, E, F or G (the rescaled EU label in force since March 2021).',
    relations: [['related_to', 'Model number']],
  },
  {
    name: 'Spare part',
    ...spareParts,
    parent: 'Product',
    definition: 'A part we stock and ship to technicians and customers to repair an appliance already in use.',
    synonyms: ['Service part', 'Replacement part'],
    classification: 'public',
    relations: [['is_a', 'Product']],
  },
  {
    name: 'Part number',
    ...spareParts,
    definition:
      'The ERP code of a part or material, the same in the bill of materials, the spare-parts catalogue and the warehouse.',
    synonyms: ['Material number', 'Component number'],
    examples: '00751234 (door seal, EcoWash 8)',
    validValues: 'Eight digits.',
    relations: [['related_to', 'Spare part']],
  },
  {
    name: 'Plant',
    ...manufacturing,
    definition: 'A factory where we build appliances, with its own production lines, stock and quality team.',
    synonyms: ['Factory', 'Site'],
    examples: 'The laundry plant builds washers and dryers.',
  },
  {
    name: 'Production order',
    ...manufacturing,
    definition:
      "An instruction to build a quantity of one model on a production line by a date, using the model's bill of materials.",
    synonyms: ['Work order', 'Manufacturing order'],
    relations: [
      ['related_to', 'Bill of materials'],
      ['related_to', 'Plant'],
    ],
  },
  {
    name: 'Serial number',
    ...manufacturing,
    definition:
      'The unique number given to each appliance at the end of the production line and printed on its rating plate. It ties the unit to its model, production order, plant and build date.',
    synonyms: ['Serial no.', 'Unit number'],
    abbreviation: 'S/N',
    critical: true,
    examples: 'L2-2431-004517: laundry plant line 2, built in week 31 of 2024, unit 4517.',
    validValues: 'Plant and line code, build year and week, and a six-digit counter.',
    relations: [
      ['related_to', 'Model number'],
      ['related_to', 'Production order'],
    ],
  },
  {
    name: 'Quality check',
    ...manufacturing,
    abbreviation: 'QC',
    definition:
      'A test or inspection of a unit or a batch against its specification, recorded with its result and inspector.',
    synonyms: ['Inspection', 'Quality inspection'],
    validValues: 'Passed, Failed, Passed after rework.',
    relations: [['related_to', 'Production order']],
  },
  {
    name: 'First pass yield',
    ...manufacturing,
    abbreviation: 'FPY',
    definition:
      'The share of units that pass every quality check at the end of the line the first time, without rework.',
    synonyms: ['First-time-right rate'],
    examples: '97.2% on line 2 of the laundry plant in May.',
    relations: [['related_to', 'Quality check']],
  },
  {
    name: 'Mean time between failures',
    ...manufacturing,
    abbreviation: 'MTBF',
    definition:
      "The average operating time of an appliance model between failures at customers' homes, from warranty claims and service visits.",
    synonyms: ['Reliability'],
    examples: 'EcoWash 8: 2,900 operating hours.',
    relations: [
      ['related_to', 'Model number'],
      ['related_to', 'Installed base'],
    ],
  },
];
