import {
  createProgram,
  createRoadmapItem,
  evaluateStepCriteria,
  getPrograms,
  recordProgramReview,
  updateProgramStep,
} from '@steward/core';
import { type Database, domains, orgUnits, people, programs } from '@steward/db';
import type { Actor, UpdateProgramStepInput } from '@steward/domain';
import { eq, inArray } from 'drizzle-orm';
import { seedDemoMaturity } from './seed-maturity.js';
import { seedProgramRecords } from './seed-program-records.js';

const DAY = 86_400_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

async function personIds(db: Database, names: readonly string[]): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(inArray(people.name, [...names]));
  return new Map(rows.map((row) => [row.name, row.id]));
}

/**
 * Homebody's governance program part-way through the process (demo-company.md): steps 1 and 2
 * done on the evidence the demo holds (problem, figures, scope, reviews by the business and IT,
 * the sponsors, the working group, the reporting cadence); step 3 done with the lead's reason
 * (assessments were kept outside Steward); step 4 with the roadmap approved by the sponsor; step 5
 * on the approved charter, the councils and their decision logs; step 6 (the glossary) in
 * progress; the master-data track chosen.
 */
export async function seedDemoProgram(db: Database, sourceId: string | null): Promise<boolean> {
  const [existing] = await db.select({ id: programs.id }).from(programs).limit(1);
  if (existing) return false;
  const names = await personIds(db, [
    'Sarah Updown',
    'Steve Panic',
    'Tony Technology',
    'Carmen Loyola',
    'Yoshi Goto',
    'Ada Schema',
  ]);
  const sarah = names.get('Sarah Updown');
  if (!sarah) throw new Error('The demo has no Sarah Updown');
  const actorOf = (name: string, role: Actor['role'], email: string): Actor => ({
    kind: 'account',
    accountId: null,
    personId: names.get(name) ?? sarah,
    role,
    label: email,
    requestId: null,
    sessionId: null,
  });
  const lead = actorOf('Sarah Updown', 'steward', 'sarah.updown@homebody.example');
  const [customer] = await db.select({ id: domains.id }).from(domains).where(eq(domains.name, 'Customer'));
  const units = await db
    .select({ id: orgUnits.id, name: orgUnits.name })
    .from(orgUnits)
    .where(inArray(orgUnits.name, ['Information Systems', 'Customer Service', 'Sales & Marketing']));
  const unit = (name: string) => units.find((row) => row.name === name)?.id;
  const now = Date.now();
  const program = await createProgram(db, lead, {
    name: 'Customer data governance',
    businessProblem:
      'The same customer exists several times across the CRM, the web shop and the service system, with conflicting addresses and phone numbers. Technicians drive to old addresses, warranty history is split between records, and marketing counts customers twice. The business case expects 3.5–4.5 million USD a year in benefit for an investment of 3.5–4 million USD over 7–10 months.',
    scope: {
      domainIds: customer ? [customer.id] : [],
      orgUnitIds: [unit('Customer Service'), unit('Sales & Marketing')].filter((id): id is string => Boolean(id)),
      itOrgUnitIds: [unit('Information Systems')].filter((id): id is string => Boolean(id)),
      sourceIds: sourceId ? [sourceId] : [],
      outOfScope: 'Product and supplier master data (the next iteration); the finance systems.',
    },
    impactFigures: [
      { label: 'Duplicate rate among customer records', unit: '%', baseline: 12, asOf: '2026-09-30', target: 2 },
      {
        label: 'Service visits to a wrong address',
        unit: 'visits/month',
        baseline: 340,
        asOf: '2026-09-30',
        target: 50,
      },
      { label: 'Customer-data quality score', unit: '%', baseline: 71, asOf: '2026-09-30', target: 90 },
      {
        label: "Time to publish a new product's master data",
        unit: 'days',
        baseline: 19,
        asOf: '2026-09-30',
        target: 7,
      },
    ],
    processes: [
      { kind: 'process', name: 'Field-service dispatch' },
      { kind: 'process', name: 'Warranty claims' },
      { kind: 'regulation', name: 'GDPR (personal data of customers)' },
    ],
    tracks: [10],
    leadPersonId: sarah,
    startDate: isoDay(now - 120 * DAY),
    reportingCadence: 'quarterly',
    nextSponsorReviewOn: isoDay(now + 30 * DAY),
  });
  for (const [reviewer, note] of [
    ['Steve Panic', 'The service numbers match what my teams see every week.'],
    ['Tony Technology', 'The three systems and their owners are named right.'],
  ] as const) {
    const personId = names.get(reviewer);
    if (personId) await recordProgramReview(db, lead, { programId: program.id, personId, note });
  }
  const step = (number: number, fields: Omit<UpdateProgramStepInput, 'programId' | 'number'>) =>
    updateProgramStep(db, lead, { programId: program.id, number, ...fields });
  const ada = (await personIds(db, ['Ada Schema'])).get('Ada Schema') ?? sarah;
  const carmen = names.get('Carmen Loyola') ?? sarah;
  const steve = names.get('Steve Panic') ?? sarah;
  const roadmap = [
    {
      title: 'Name the Customer data owner and stewards',
      ownerPersonId: sarah,
      stepNumber: 5,
      from: -115,
      to: -70,
      status: 'done' as const,
    },
    {
      title: 'Approve the customer critical data elements',
      ownerPersonId: carmen,
      stepNumber: 6,
      from: -30,
      to: 40,
      status: 'in_progress' as const,
    },
    {
      title: 'Profile and classify the CRM, web shop and service tables',
      ownerPersonId: ada,
      stepNumber: 7,
      from: -60,
      to: 20,
      status: 'in_progress' as const,
    },
    {
      title: 'Quality rules on customer email, phone and address',
      ownerPersonId: carmen,
      stepNumber: 9,
      from: 20,
      to: 90,
      status: 'planned' as const,
    },
    {
      title: 'Customer golden record in production',
      ownerPersonId: steve,
      stepNumber: 10,
      from: 40,
      to: 180,
      status: 'planned' as const,
    },
  ];
  const created: string[] = [];
  for (const [index, item] of roadmap.entries()) {
    const saved = await createRoadmapItem(
      db,
      lead,
      {
        programId: program.id,
        title: item.title,
        ownerPersonId: item.ownerPersonId,
        stepNumber: item.stepNumber,
        startsOn: isoDay(now + item.from * DAY),
        endsOn: isoDay(now + item.to * DAY),
        status: item.status,
        // The golden record waits on the CDEs and the quality rules.
        dependsOn: index === 4 ? [created[1]!, created[3]!] : index === 3 ? [created[1]!] : [],
      },
      // Planned before the sponsor approved the roadmap (seedProgramRecords).
      { clock: { now: () => new Date(now - 90 * DAY) } },
    );
    created.push(saved.id);
  }
  await step(1, {
    status: 'done',
    tick: ['1.a', '1.b', '1.c', '1.d', '1.e', '1.g'].map((key) => ({ key, done: true })),
  });
  await step(2, { status: 'done', tick: ['2.a', '2.b', '2.c', '2.e', '2.f'].map((key) => ({ key, done: true })) });
  const sponsor = actorOf('Yoshi Goto', 'executive', 'yoshi.goto@homebody.example');
  await seedProgramRecords(db, program.id, {
    lead,
    sponsor,
    owner: actorOf('Steve Panic', 'steward', 'steve.panic@homebody.example'),
    steward: actorOf('Carmen Loyola', 'steward', 'carmen.loyola@homebody.example'),
  });
  await seedDemoMaturity(db, program.id, {
    lead,
    sponsor,
    respondents: [
      { actor: actorOf('Steve Panic', 'steward', 'steve.panic@homebody.example'), side: 'business' },
      { actor: actorOf('Carmen Loyola', 'steward', 'carmen.loyola@homebody.example'), side: 'business' },
      { actor: actorOf('Tony Technology', 'admin', 'tony.technology@homebody.example'), side: 'it' },
      { actor: actorOf('Ada Schema', 'architect', 'ada.schema@homebody.example'), side: 'it' },
    ],
  });
  // Steps 3 to 5 are done on their evidence where every criterion passes, else with the lead's reason.
  const doneOnEvidence = async (number: number, reason: string) => {
    const [current] = await getPrograms(db, [program.id]);
    const open = (await evaluateStepCriteria(db, current!, number, {})).filter((result) => result.state !== 'pass');
    await step(number, {
      status: 'done',
      ...(open.length ? { overrideReason: `${reason} (${open.map((result) => result.key).join(', ')}).` } : {}),
    });
  };
  await doneOnEvidence(3, 'Assessed with the business and IT; the rest follows in the next round');
  await doneOnEvidence(4, 'Roadmap approved by the sponsor; the remaining gaps are planned for the next iteration');
  await doneOnEvidence(5, 'Charter approved and councils recorded; the rest is closed in the next iteration');
  await step(6, {
    status: 'in_progress',
    ownerPersonId: names.get('Carmen Loyola') ?? sarah,
    dueOn: isoDay(now + 21 * DAY),
    tick: [{ key: '6.a', done: true }],
    notes: 'Start with the customer CDEs: name, address, email, phone, date of birth, customer ID.',
  });
  return true;
}
