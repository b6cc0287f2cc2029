import { believed, checklistItem, criterion, deliverable, sourced, suggested } from './catalogue-text.js';
import type { CatalogueStep } from './catalogue-types.js';

/**
 * Steps 10–14 of the process catalogue: the four optional tracks and the recurring measurement.
 * Facts follow reference/governance-process.md §1.3; the wording is Steward's own.
 */

const step10: CatalogueStep = {
  number: 10,
  kind: 'track',
  name: { en: 'Master data governance', zh: '主数据治理' },
  nameProvenance: 'sourced',
  purpose: believed(
    'Bring the core entities many systems share (customers, products, suppliers and the like) under governance: ' +
      'settle what master data management covers and in which style, who looks after each domain, the matching ' +
      'and merging of records, the trusted source per attribute, and the handling of likely duplicates.',
  ),
  subSteps: [],
  checklist: [
    checklistItem(
      '10.a',
      "Choose this iteration's master data domains, one at a time if possible, with few attributes.",
    ),
    checklistItem(
      '10.b',
      'Per domain, list the attributes covered and the sources that feed them, and say per attribute which system ' +
        'is authoritative or how sources rank.',
    ),
    checklistItem('10.c', 'Choose a hub style among registry, consolidation, coexistence and centralised.'),
    checklistItem(
      '10.d',
      'Draw up the golden-record policy, covering blocking keys, match rules, the thresholds for automatic merge ' +
        'and for review, and survivorship for each attribute.',
    ),
    checklistItem('10.e', 'Try the policy on sample data, then have the steward and the owner approve it.'),
    checklistItem('10.f', 'Open a queue for suspected duplicates, with an SLA, and make merges reversible.'),
    checklistItem(
      '10.g',
      'Track MDM measures such as the duplicate rate, the age of the queue and false merges reported.',
    ),
  ],
  deliverables: [
    deliverable('D10.1', suggested('Master data domain records')),
    deliverable('D10.2', suggested('An approved golden-record policy version')),
    deliverable('D10.3', suggested('Simulation report')),
    deliverable('D10.4', suggested('Suspect-duplicate stewardship queue')),
  ],
  roles: [
    suggested('Architect (R for scope and policy)'),
    suggested('Domain data owner (A)'),
    suggested('Business steward (R for suspect reviews)'),
    suggested('Custodians of the sources (C)'),
  ],
  criteria: [
    criterion(
      'EC10.1',
      'mdm',
      'Each active master data domain names its owner, steward and hub style, and covers 1 or more attributes fed ' +
        'by 2 or more sources, every source carrying a trust value.',
      { value: 2, unit: 'count' },
    ),
    criterion(
      'EC10.2',
      'mdm',
      'For each active master data domain, the golden-record policy in force is approved, gives each in-scope ' +
        'attribute a survivorship rule, and sets its review threshold lower than its auto-merge threshold.',
    ),
    criterion(
      'EC10.3',
      'mdm',
      'The approved policy version has been simulated, and the run reports how many merges and reviews it would ' +
        'produce, with example clusters.',
    ),
    criterion(
      'EC10.4',
      'mdm',
      'Each open suspected-duplicate pair sits in an assigned duplicate-review issue, and none has overrun its SLA ' +
        'by more than the configured tolerance.',
    ),
  ],
};

const step11: CatalogueStep = {
  number: 11,
  kind: 'track',
  name: { en: 'Analytics governance', zh: '分析治理' },
  nameProvenance: 'sourced',
  purpose: believed(
    'Bring reporting, BI and analytics under governance, so that KPIs use the agreed meanings, certified reports ' +
      'are built on data that can be traced and trusted, redundant reports are cut back, and analytical models ' +
      'are used with controls.',
  ),
  subSteps: [],
  checklist: [
    checklistItem('11.a', 'List the reports and dashboards that bear on the business problem.'),
    checklistItem('11.b', 'Connect each of their KPIs to an approved term in the glossary.'),
    checklistItem('11.c', 'Certify the reports whose definitions, lineage and quality rules all pass.'),
    checklistItem('11.d', 'Retire or merge reports that compute the same KPI in different ways.'),
    checklistItem('11.e', 'For analytical and predictive models, record inputs, owner, approval and monitoring.'),
  ],
  deliverables: [
    deliverable('D11.1', believed('List of certified reports')),
    deliverable('D11.2', suggested('KPI-to-term map')),
    deliverable('D11.3', believed('Register of analytical models')),
  ],
  roles: [
    suggested('BI owner (A)'),
    suggested('Stewards (R for definitions)'),
    suggested('Analytics competency team (R)'),
  ],
  criteria: [
    criterion(
      'EC11.1',
      'analytics',
      'Every certified report links each of its KPIs to an approved term and has lineage back to its sources.',
    ),
    criterion('EC11.2', 'analytics', 'Certified reports that compute the same term all use the same logic.'),
    criterion(
      'EC11.3',
      'analytics',
      'Each registered model records its owner, its input assets and the date it was approved.',
    ),
  ],
};

const step12: CatalogueStep = {
  number: 12,
  kind: 'track',
  name: { en: 'Security and privacy', zh: '安全和隐私' },
  nameProvenance: 'sourced',
  purpose: believed(
    'Locate sensitive data, protect it as policy requires (access control, masking outside production, watching ' +
      'privileged access), and meet privacy obligations.',
  ),
  subSteps: [],
  checklist: [
    checklistItem('12.a', 'Classify sensitive fields, reusing the detections from step 7.'),
    checklistItem(
      '12.b',
      'For each classification, write a policy on who may see the data, how it is masked and what it may be used for.',
    ),
    checklistItem('12.c', 'Review access to sensitive assets on a regular cycle.'),
    checklistItem('12.d', 'Keep sensitive data out of non-production copies by masking or subsetting it.'),
    checklistItem('12.e', 'Record each policy exception as an issue that expires.'),
  ],
  deliverables: [
    deliverable('D12.1', believed('Classification scheme')),
    deliverable('D12.2', believed('Approved security and privacy policies')),
    deliverable('D12.3', suggested('Access-review records')),
    deliverable('D12.4', suggested('Register of policy exceptions')),
  ],
  roles: [
    suggested('Chief privacy or security officer (A)'),
    suggested('Data owners (approve access)'),
    suggested('Custodians (apply the controls)'),
  ],
  criteria: [
    criterion('EC12.1', 'policies', 'An approved policy applies to each field with a sensitive classification.'),
    criterion('EC12.2', 'policies', 'Access to each sensitive asset was reviewed within the configured review period.'),
    criterion(
      'EC12.3',
      'issues',
      'Each policy-exception issue still open names its owner and expires on a date not yet reached.',
    ),
  ],
};

const step13: CatalogueStep = {
  number: 13,
  kind: 'track',
  name: { en: 'Information lifecycle governance', zh: '信息生命周期治理' },
  nameProvenance: 'sourced',
  purpose: believed(
    'Manage data across its whole life, from the moment it is created until it is disposed of, with retention ' +
      'schedules, archiving, legal holds, deletion that can be defended, and control of test data, to reduce cost ' +
      'and legal exposure.',
  ),
  subSteps: [],
  checklist: [
    checklistItem('13.a', 'Assign every in-scope asset a retention class, citing the legal or business reason.'),
    checklistItem('13.b', 'Define archiving and disposal rules per class.'),
    checklistItem('13.c', 'Define how legal holds are placed and lifted.'),
    checklistItem('13.d', 'Flag data held too long and follow it through to disposal.'),
  ],
  deliverables: [
    deliverable('D13.1', believed('Retention schedule')),
    deliverable('D13.2', believed('Archiving and disposal policies')),
    deliverable('D13.3', believed('Register of legal holds')),
  ],
  roles: [
    suggested('Records manager or legal (A)'),
    suggested('Data owners (R)'),
    suggested('Custodians (carry out archiving and disposal)'),
  ],
  criteria: [
    criterion('EC13.1', 'lifecycle', 'Each in-scope asset is assigned a retention class.'),
    criterion('EC13.2', 'lifecycle', 'Assets under legal hold have no disposal scheduled.'),
    criterion(
      'EC13.3',
      'lifecycle',
      'Each asset whose retention date has passed is covered by a disposal task still open or by a recorded exception.',
    ),
  ],
};

const step14: CatalogueStep = {
  number: 14,
  kind: 'required',
  name: { en: 'Measure results', zh: '度量结果' },
  nameProvenance: 'believed',
  // The reference tags the regular re-assessment [B/T]; it lives in 14.d and EC14.3, not here.
  purpose: sourced('Measure the program on a regular cadence and report what it achieves to the executive sponsors.'),
  subSteps: [],
  checklist: [
    checklistItem('14.a', "Gather this period's metric values."),
    checklistItem('14.b', 'Publish the scorecard to the sponsors.'),
    checklistItem('14.c', 'Compare results with targets and log an action for each miss.'),
    checklistItem('14.d', 'Re-assess maturity at least once a year, then refresh the roadmap.'),
  ],
  deliverables: [
    deliverable('D14.1', sourced('Results reported to the executive sponsors each period')),
    deliverable('D14.2', suggested('Action log for missed targets')),
    deliverable('D14.3', suggested('Repeat maturity assessment')),
  ],
  roles: [
    suggested('Data governance lead (R)'),
    suggested('Executive sponsor (A; receives the results)'),
    suggested('Council (C)'),
  ],
  criteria: [
    criterion('EC14.1', 'metrics', 'Every active metric has a value for the current period.'),
    criterion(
      'EC14.2',
      'metrics',
      "This period's scorecard has been published, and one or more executive sponsors have viewed or acknowledged it.",
    ),
    criterion('EC14.3', 'maturity', 'The most recent completed assessment was finished within the last 12 months.', {
      value: 365,
      unit: 'days',
    }),
    criterion('EC14.4', 'metrics', 'Each metric that misses its target is linked to an action or an issue.'),
  ],
  recurring: true,
};

/** Steps 10–14 in order. */
export const catalogueSteps10To14: readonly CatalogueStep[] = [step10, step11, step12, step13, step14];
