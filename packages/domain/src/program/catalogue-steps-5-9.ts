import { believed, checklistItem, criterion, deliverable, suggested } from './catalogue-text.js';
import type { CatalogueStep } from './catalogue-types.js';

/**
 * Steps 5–9 of the process catalogue: the organisation, the glossary, the data, the metadata and
 * the metrics. Facts follow reference/governance-process.md §1.3; the wording is Steward's own.
 */

const step5: CatalogueStep = {
  number: 5,
  kind: 'required',
  name: { en: 'Establish the organizational blueprint', zh: '建立组织蓝图' },
  nameProvenance: 'believed',
  purpose: believed(
    'Put the lasting structure in place: a charter, the bodies that take decisions, and roles whose decision ' +
      'rights and escalation paths are clear.',
  ),
  subSteps: [],
  checklist: [
    checklistItem(
      '5.a',
      'Write the charter, covering mission, scope, principles, who decides what, escalation, meeting rhythm and measures of success.',
    ),
    checklistItem('5.b', 'Define the tiers: an executive council, a working or stewardship council, and the stewards.'),
    checklistItem('5.c', "Name chairs and members, and record each body's terms of reference."),
    checklistItem(
      '5.d',
      'Give every in-scope domain a data owner and one or more business stewards, and its systems technical ' +
        'stewards or custodians.',
    ),
    checklistItem(
      '5.e',
      'Write a RACI table for recurring decisions (term approval, quality thresholds, access, match and merge policy).',
    ),
    checklistItem('5.f', 'Hold the first meetings and record their decisions and minutes.'),
    checklistItem(
      '5.g',
      'Connect to existing committees (risk, architecture, security) instead of running beside them.',
    ),
  ],
  deliverables: [
    deliverable('D5.1', believed('Approved charter'), { approver: 'executive_sponsor' }),
    deliverable('D5.2', believed('Council records with their members')),
    deliverable('D5.3', believed('Role assignments with decision rights')),
    deliverable('D5.4', suggested('RACI table')),
  ],
  roles: [
    suggested('Executive sponsor (A for the charter)'),
    suggested('Data governance lead (R)'),
    suggested('Council chairs'),
    suggested('Data owners and stewards'),
  ],
  criteria: [
    criterion('EC5.1', 'charter', 'The charter is approved, has a version, and its approver holds executive_sponsor.'),
    criterion(
      'EC5.2',
      'councils',
      'There is an executive council and a council at stewardship level, and each has a chair and 3 or more members.',
      { value: 3, unit: 'count' },
    ),
    criterion(
      'EC5.3',
      'stewardship',
      'Each in-scope domain has one active data_owner (no more) and one or more business_stewards; a custodian ' +
        'or a technical_steward looks after each in-scope data source.',
    ),
    criterion(
      'EC5.4',
      'stewardship',
      'Every RACI decision has exactly one person or role holding A and at least one holding R.',
    ),
    criterion('EC5.5', 'councils', 'At least one council meeting is recorded with its decisions.'),
  ],
};

const step6: CatalogueStep = {
  number: 6,
  kind: 'required',
  name: { en: 'Build the data dictionary (business glossary)', zh: '构建数据字典' },
  nameProvenance: 'believed',
  purpose: believed(
    'Agree shared business definitions for the terms the business problem depends on (a business glossary), ' +
      'each with a steward who answers for it.',
  ),
  subSteps: [],
  checklist: [
    checklistItem(
      '6.a',
      'Pick the critical data elements for the problem: roughly 20–100 terms, not the whole enterprise.',
    ),
    checklistItem('6.b', 'Write each definition, adding examples, allowed values, abbreviation and synonyms.'),
    checklistItem('6.c', 'Give each term an owner and a steward.'),
    checklistItem('6.d', 'Run review and approval; send conflicting definitions to the stewardship council.'),
    checklistItem('6.e', 'Classify each term (public, internal, confidential, sensitive personal).'),
    checklistItem('6.f', 'Publish the glossary and set how change requests work.'),
  ],
  deliverables: [
    deliverable('D6.1', believed('Approved glossary terms, with their revisions and reviews')),
    deliverable('D6.2', suggested('List of critical data elements')),
    deliverable('D6.3', suggested('Record of how conflicting definitions were resolved')),
  ],
  roles: [
    suggested('Business stewards (R)'),
    suggested('Data owners (A)'),
    suggested('Stewardship council (C; decides escalations)'),
    suggested('Consumers (I)'),
  ],
  criteria: [
    criterion(
      'EC6.1',
      'glossary',
      'Each in-scope term flagged as a critical data element is approved, with both its steward and its owner named.',
    ),
    criterion('EC6.2', 'glossary', 'Within a domain, approved terms never share a name or a synonym with each other.'),
    criterion(
      'EC6.3',
      'glossary',
      'No term is still in review after the review SLA has run out (by default 10 working days).',
      { value: 10, unit: 'days' },
    ),
    criterion(
      'EC6.4',
      'glossary',
      'Each approved term that is a critical data element is classified and has a definition 20 or more characters long.',
      { value: 20, unit: 'characters' },
    ),
  ],
};

const step7: CatalogueStep = {
  number: 7,
  kind: 'required',
  name: { en: 'Understand the data', zh: '理解数据' },
  nameProvenance: 'believed',
  purpose: believed(
    'Discover the data that is actually there and judge its condition: the systems that keep in-scope data, the ' +
      'shape of its content, the links between records in different systems, and the places sensitive data is ' +
      "kept. The book supports this step with IBM's discovery and profiling products.",
  ),
  subSteps: [],
  checklist: [
    checklistItem('7.a', 'List the sources and assets in scope, each with its owner.'),
    checklistItem(
      '7.b',
      'Profile every asset for row count, empty values, distinct values, patterns and value ranges.',
    ),
    checklistItem('7.c', 'Find keys and overlaps across sources (one customer held in both CRM and billing).'),
    checklistItem('7.d', 'Detect and label sensitive fields.'),
    checklistItem('7.e', 'Link fields to their glossary terms and get each link confirmed.'),
    checklistItem('7.f', 'Log each anomaly found as an issue with an owner.'),
  ],
  deliverables: [
    deliverable('D7.1', believed('Catalogue entries with profiles')),
    deliverable('D7.2', suggested('Term-to-field mappings')),
    deliverable('D7.3', believed('Inventory of sensitive data')),
    deliverable('D7.4', suggested('First batch of data quality issues')),
  ],
  roles: [
    suggested('Technical stewards or custodians (R)'),
    suggested('Business stewards (confirm mappings)'),
    suggested('Data governance lead (A)'),
  ],
  criteria: [
    criterion('EC7.1', 'catalog', 'Each data asset in scope was profiled within the last 30 days.', {
      value: 30,
      unit: 'days',
    }),
    criterion(
      'EC7.2',
      'catalog',
      'Of the fields that map to critical data elements, 80% or more carry a confirmed term assignment, and no ' +
        'assignment has been waiting as a proposal for over 30 days.',
      { value: 0.8, unit: 'share' },
    ),
    criterion('EC7.3', 'catalog', 'Each field flagged as sensitive by detection carries a classification.'),
    criterion(
      'EC7.4',
      'issues',
      'Each anomaly found by profiling whose severity reaches the configured level is tied to an issue.',
    ),
  ],
};

const step8: CatalogueStep = {
  number: 8,
  kind: 'required',
  name: { en: 'Create a metadata repository', zh: '创建元数据存储库' },
  nameProvenance: 'believed',
  purpose: believed(
    'Gather metadata of every kind (business, technical, operational) into one linked, searchable store that ' +
      'also records lineage, so reports can be trusted and the effect of a change can be seen in advance.',
  ),
  subSteps: [],
  checklist: [
    checklistItem('8.a', 'Harvest technical metadata from each source in scope on a fixed schedule.'),
    checklistItem('8.b', 'Attach glossary terms to the assets and fields they describe.'),
    checklistItem('8.c', 'Capture lineage from the sources to the reports or outputs the problem depends on.'),
    checklistItem('8.d', 'Name an owner and a refresh cadence for each kind of metadata.'),
    checklistItem('8.e', 'Let people see what a change would affect, for example a change to one column.'),
  ],
  deliverables: [
    deliverable('D8.1', believed('Populated metadata catalogue')),
    deliverable('D8.2', believed('Lineage graph')),
    deliverable('D8.3', suggested('Ingestion schedule')),
  ],
  roles: [
    suggested('Custodians and technical stewards (R)'),
    suggested('Metadata or architecture owner (A)'),
    suggested('Stewards (C)'),
  ],
  criteria: [
    criterion('EC8.1', 'catalog', 'Each data source in scope was ingested successfully within its own cadence.'),
    criterion(
      'EC8.2',
      'glossary',
      'Each approved term that is a critical data element is assigned to one or more fields.',
    ),
    criterion(
      'EC8.3',
      'catalog',
      'Each report or asset in scope that is marked as a critical output traces back, along lineage with no gaps, ' +
        'to one or more source assets.',
    ),
    criterion('EC8.4', 'catalog', 'Lineage edges lead only to assets that exist and are known.'),
  ],
};

const step9: CatalogueStep = {
  number: 9,
  kind: 'required',
  name: { en: 'Define metrics', zh: '定义度量指标' },
  nameProvenance: 'believed',
  purpose: believed(
    'Decide how the program will prove its worth: measures linked to the business problem, each with a starting ' +
      'value and a goal, and published where people see them.',
  ),
  subSteps: [],
  checklist: [
    checklistItem('9.a', 'Define a business-value metric that follows the impact figure from step 1.'),
    checklistItem(
      '9.b',
      'Give every critical data element a quality rule, stating its dimension, threshold and severity.',
    ),
    checklistItem('9.c', 'Measure stewardship and process too, such as coverage, open backlog and resolution time.'),
    checklistItem(
      '9.d',
      'For each metric, record who owns it, its unit and frequency, its baseline and target, and where its data comes from.',
    ),
    checklistItem('9.e', 'Build a scorecard or dashboard for the sponsors.'),
  ],
  deliverables: [
    deliverable('D9.1', believed('Metric definitions with baselines and targets')),
    deliverable('D9.2', suggested('Data quality rules')),
    deliverable('D9.3', suggested('First measured values')),
    deliverable('D9.4', suggested('Scorecard layout')),
  ],
  roles: [
    suggested('Data governance lead (R)'),
    suggested('Stewards (R for quality rules)'),
    suggested('Executive sponsor (A for targets)'),
    suggested('Data owners (C)'),
  ],
  criteria: [
    criterion(
      'EC9.1',
      'metrics',
      "One or more business-value metrics are linked to the program's business problem, each with an owner, a " +
        'baseline and a target.',
    ),
    criterion(
      'EC9.2',
      'quality',
      'Each approved critical data element is checked by one or more active quality rules.',
    ),
    criterion('EC9.3', 'metrics', 'Every metric has a unit, a frequency and at least one recorded value.'),
  ],
};

/** Steps 5–9 in order. */
export const catalogueSteps5To9: readonly CatalogueStep[] = [step5, step6, step7, step8, step9];
