import { believed, checklistItem, criterion, deliverable, sourced, subStep, suggested } from './catalogue-text.js';
import type { CatalogueStep } from './catalogue-types.js';

/**
 * Steps 1–4 of the process catalogue: from the business problem to the roadmap. Facts follow
 * reference/governance-process.md §1.3; the wording is Steward's own.
 */

const step1: CatalogueStep = {
  number: 1,
  kind: 'required',
  name: { en: 'Define the business problem', zh: '定义业务问题' },
  nameProvenance: 'sourced',
  purpose: sourced(
    'Anchor the program to a single, concrete business problem and draw its scope around that problem. ' +
      'According to the method, programs most often fail because they have no such problem to solve; it cites a ' +
      'failed audit, a breach of data, or risk work held back by poor data as the kind of trigger it means.',
  ),
  subSteps: [],
  checklist: [
    checklistItem('1.a', 'State the problem in one paragraph of business language: what goes wrong, and for whom.'),
    checklistItem(
      '1.b',
      "Put a number on the impact (cost, risk, revenue or audit findings): its unit and today's value.",
    ),
    checklistItem('1.c', 'Name the business processes affected, and the regulation if one applies.'),
    checklistItem('1.d', 'List the in-scope data domains and their source systems.'),
    checklistItem('1.e', 'Record what this iteration leaves out of scope.'),
    checklistItem('1.f', 'Suggest how success will be measured; step 9 turns this into metrics.'),
    checklistItem('1.g', 'Walk through the statement with a business stakeholder and an IT stakeholder.'),
  ],
  deliverables: [
    deliverable('D1.1', suggested('Problem statement with a first business case')),
    deliverable('D1.2', suggested('Initial scope: domains, systems and organisational units')),
    deliverable('D1.3', suggested('Baseline figures for the impact')),
  ],
  roles: [
    suggested('Prospective data governance lead (drafts the statement)'),
    suggested('Business stakeholders (own the problem)'),
    suggested('IT (describes the systems involved)'),
  ],
  criteria: [
    criterion(
      'EC1.1',
      'program',
      'The program has a non-empty business problem, and its scope names at least one domain.',
    ),
    criterion(
      'EC1.2',
      'program',
      'The program records an impact figure that has a unit, a baseline value and the date that value applies to.',
    ),
    criterion('EC1.3', 'program', 'The program is linked to one or more business processes or regulations.'),
    criterion(
      'EC1.4',
      'program',
      'Reviews of the problem are recorded from a member of a business organisational unit and from a member of an IT unit.',
    ),
  ],
};

const step2: CatalogueStep = {
  number: 2,
  kind: 'required',
  name: { en: 'Obtain executive sponsorship', zh: '获取高层支持' },
  nameProvenance: 'believed',
  purpose: sourced(
    'Win the active commitment of senior business and IT executives, and put one person in charge of running ' +
      'governance from day to day. The overall owner can be a CISO, CIO, chief risk, compliance or privacy officer ' +
      'already in post, or a dedicated chief data officer.',
  ),
  subSteps: [
    subStep('2.1', 'Form a virtual data governance working group: part-time and drawn from several functions.'),
    subStep('2.2', 'Secure the backing of senior executives in IT and in the business.'),
    subStep('2.3', 'Name the data governance leader.'),
  ],
  checklist: [
    checklistItem('2.a', 'Staff the working group from the business, IT, risk or compliance, and security.'),
    checklistItem('2.b', 'Present the step 1 business case to possible sponsors.'),
    checklistItem('2.c', 'Get a named sponsor, ideally a pair: one business executive, one IT executive.'),
    checklistItem('2.d', 'Settle the money or staff time committed, and what the sponsor decides.'),
    checklistItem('2.e', 'Appoint the governance lead or chief data officer with a written mandate.'),
    checklistItem('2.f', 'Set how often results go to the sponsors (step 14 follows this cadence).'),
  ],
  deliverables: [
    deliverable('D2.1', sourced('Working-group roster')),
    deliverable('D2.2', suggested('Sponsor commitment, recorded as a memo or minutes')),
    deliverable('D2.3', sourced('Named data governance lead')),
    deliverable('D2.4', suggested('Reporting calendar for the sponsors')),
  ],
  roles: [suggested('Executive sponsors (A)'), suggested('Data governance lead (R)'), suggested('Working group (C)')],
  criteria: [
    criterion(
      'EC2.1',
      'stewardship',
      'The program scope has one or more active executive_sponsor role assignments (ideally a business sponsor ' +
        'and an IT sponsor).',
    ),
    criterion(
      'EC2.2',
      'councils',
      'A council of the working-group type has 3 or more members spread over 2 or more organisational units, ' +
        'with business and IT both represented.',
      { value: 3, unit: 'count' },
    ),
    criterion(
      'EC2.3',
      'stewardship',
      'Exactly one active lead holds chief_data_officer or the configured governance-lead role.',
    ),
    criterion('EC2.4', 'program', 'The program has a reporting cadence and a scheduled review with its sponsors.'),
  ],
};

const step3: CatalogueStep = {
  number: 3,
  kind: 'required',
  name: { en: 'Conduct the maturity assessment', zh: '执行成熟度评估' },
  nameProvenance: 'believed',
  purpose: sourced(
    "Rate today's governance maturity against a model (usually the IBM Data Governance Council model), fix a " +
      'target state and the date to reach it, and find the gaps that will shape the roadmap. Many initiatives ' +
      'stop once the assessment is done; it only pays off when step 4 and the steps after it follow.',
  ),
  subSteps: [
    subStep('3.1', 'Set the organisational scope the assessment covers.'),
    subStep('3.2', 'Set the time frame for reaching the desired future state.'),
    subStep('3.3', 'Choose the governance categories to assess.'),
    subStep('3.4', 'Choose workshop participants from both the business and IT.'),
    subStep('3.5', 'Run the assessment (the source breaks off here, so its exact wording is unknown).'),
  ],
  checklist: [
    checklistItem('3.a', 'Decide which units and domains are assessed; starting local is fine.'),
    checklistItem('3.b', 'Set the target date for the desired state.'),
    checklistItem('3.c', 'Choose the categories: all 11, or a subset the business problem justifies.'),
    checklistItem('3.d', 'Name participants so each category gets answers from both business and IT.'),
    checklistItem('3.e', 'Gather 1–5 ratings for now and for the target, in workshops or surveys, with evidence.'),
    checklistItem('3.f', 'Settle on one agreed rating for each category, keeping the evidence.'),
    checklistItem('3.g', 'Publish the gap report (current against target) to the sponsors.'),
  ],
  deliverables: [
    deliverable('D3.1', suggested('Assessment record')),
    deliverable('D3.2', suggested('Current and target score per category')),
    deliverable('D3.3', suggested('Gap list')),
    deliverable('D3.4', suggested('Summary for executives (a radar chart works well)')),
  ],
  roles: [
    suggested('Data governance lead (R)'),
    suggested('Working group (C)'),
    suggested('Workshop participants (C)'),
    suggested('Executive sponsor (A for the target state)'),
  ],
  criteria: [
    criterion(
      'EC3.1',
      'maturity',
      'An assessment records its scope, its period and a target date, and selects 1 or more categories.',
    ),
    criterion(
      'EC3.2',
      'maturity',
      'Every selected category has at least one business respondent and at least one IT respondent.',
    ),
    criterion(
      'EC3.3',
      'maturity',
      'Each question of a selected category has agreed current and target levels; where an agreed level sits 2 ' +
        'or more levels from the median of the responses, a comment explains it.',
      { value: 2, unit: 'count' },
    ),
    criterion(
      'EC3.4',
      'maturity',
      'Each selected category has its gap (target level minus current level) worked out, and a sponsor has approved the report.',
    ),
  ],
};

const step4: CatalogueStep = {
  number: 4,
  kind: 'required',
  name: { en: 'Build a roadmap', zh: '构建路线图' },
  nameProvenance: 'believed',
  purpose: believed(
    'Turn the assessment gaps into an ordered plan of initiatives across people, process and technology, ' +
      'including early quick wins that show the sponsors some value.',
  ),
  subSteps: [],
  checklist: [
    checklistItem('4.a', 'Write at least one initiative for each category with a gap.'),
    checklistItem('4.b', 'Tie every initiative to the business problem behind it.'),
    checklistItem('4.c', 'Estimate value and effort, then set priorities.'),
    checklistItem('4.d', 'Record dependencies (the glossary before quality rules, stewards before MDM).'),
    checklistItem('4.e', 'Mark the quick wins that can land within about a quarter.'),
    checklistItem('4.f', 'Give every initiative an owner, dates, and the target level it works toward.'),
    checklistItem('4.g', 'Choose the optional tracks (steps 10–13) for this iteration.'),
    checklistItem('4.h', "Get the sponsor's approval of the roadmap."),
  ],
  deliverables: [
    deliverable('D4.1', believed('Roadmap: a timeline of initiatives')),
    deliverable('D4.2', suggested('Selection of optional tracks for this iteration')),
  ],
  roles: [suggested('Data governance lead (R)'), suggested('Executive sponsor (A)'), suggested('Council (C)')],
  criteria: [
    criterion(
      'EC4.1',
      'roadmap',
      'Each assessed category with a target level higher than its current level is linked to one or more roadmap items.',
    ),
    criterion('EC4.2', 'roadmap', 'Each roadmap item names an owner and has both a start and an end date.'),
    criterion(
      'EC4.3',
      'roadmap',
      "At least one roadmap item (a quick win) ends within 90 days of the roadmap's approval.",
      { value: 90, unit: 'days' },
    ),
    criterion(
      'EC4.4',
      'roadmap',
      'One or more optional tracks are chosen, and an executive sponsor has approved the roadmap.',
    ),
  ],
};

/** Steps 1–4 in order. */
export const catalogueSteps1To4: readonly CatalogueStep[] = [step1, step2, step3, step4];
