import {
  addStepComment,
  approveRoadmap,
  type Clock,
  createProgramDocument,
  linkDeliverable,
  newDocumentVersion,
  recordDecision,
  transitionDocument,
  updateDocumentDraft,
} from '@steward/core';
import { councils, type Database, domains, glossaryTerms, mdmDomains, mdmPolicyVersions } from '@steward/db';
import type { Actor, RecordLink } from '@steward/domain';
import { and, eq, inArray } from 'drizzle-orm';

const DAY = 86_400_000;
const at = (time: number): Clock => ({ now: () => new Date(time) });
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

const charterV1 = `# Customer data governance charter

## Mission
Give every customer one trusted record, so that service visits reach the right address, warranty history stays whole and marketing counts each customer once.

## Scope
The Customer domain (consumers and retail partners) in the CRM, the web shop and the service system. Product and supplier data follow in the next iteration.

## Principles
- Data is owned by the business: the VP Customer Satisfaction is accountable for customer data.
- Definitions are agreed once, in the glossary, and used everywhere.
- Quality is measured where data is created, not where it is reported.

## Decision rights
| Decision | Accountable | Responsible | Consulted |
| --- | --- | --- | --- |
| Customer term definitions | Data owner | Business stewards | Stewardship council |
| Match and merge policy | Data owner | Data architect | Stewardship council |
| Data-quality thresholds | Data owner | Business stewards | Governance council |

## Escalation
Stewardship council, then the Data Governance Council, then the Executive Steering Committee.

## Cadence and measures of success
The governance council meets monthly; the sponsors review progress quarterly against the duplicate rate, wrong-address visits and the customer-data quality score.`;

const charterV2 = `${charterV1}

## Privacy
Personal data of customers is handled under GDPR: stewards see masked values in samples unless their task needs the full value.`;

/**
 * The records that prove steps 2, 4 and 5 of the demo program: the charter (v1 approved by the
 * sponsor, v2 waiting for approval), the councils' decision logs, the roadmap's approval, the
 * deliverables linked to their records and a short discussion on the glossary step.
 */
export async function seedProgramRecords(
  db: Database,
  programId: string,
  actors: { lead: Actor; sponsor: Actor; owner: Actor; steward: Actor },
): Promise<void> {
  const now = Date.now();
  const { lead, sponsor, owner, steward } = actors;

  // The charter: written by the lead, approved by the sponsor, a second version in review.
  const { document, version } = await createProgramDocument(
    db,
    lead,
    { programId, stepNumber: 5, deliverableKey: 'D5.1', title: 'Customer data governance charter', body: charterV1 },
    { clock: at(now - 62 * DAY) },
  );
  const v1 = await transitionDocument(
    db,
    lead,
    { id: version.id, version: version.version, action: 'submit' },
    { clock: at(now - 60 * DAY) },
  );
  await transitionDocument(
    db,
    sponsor,
    { id: v1.id, version: v1.version, action: 'approve', comment: 'Approved at the steering committee.' },
    { clock: at(now - 58 * DAY) },
  );
  const v2 = await newDocumentVersion(db, lead, { documentId: document.id }, { clock: at(now - 5 * DAY) });
  const v2edited = await updateDocumentDraft(
    db,
    lead,
    { id: v2.id, version: v2.version, body: charterV2, changeNote: 'Adds how personal data is handled.' },
    { clock: at(now - 5 * DAY) },
  );
  await transitionDocument(
    db,
    lead,
    { id: v2edited.id, version: v2edited.version, action: 'submit' },
    { clock: at(now - 4 * DAY) },
  );

  // The councils' decision logs.
  const councilRows = await db.select({ id: councils.id, name: councils.name }).from(councils);
  const council = (name: string) => councilRows.find((row) => row.name === name)?.id;
  const [customer] = await db.select({ id: domains.id }).from(domains).where(eq(domains.name, 'Customer'));
  const [mdm] = await db.select({ id: mdmDomains.id }).from(mdmDomains).where(eq(mdmDomains.name, 'Customer'));
  const [policy] = mdm
    ? await db
        .select({ id: mdmPolicyVersions.id })
        .from(mdmPolicyVersions)
        .where(and(eq(mdmPolicyVersions.mdmDomainId, mdm.id), eq(mdmPolicyVersions.number, 1)))
    : [];
  const terms = await db
    .select({ id: glossaryTerms.id, name: glossaryTerms.name })
    .from(glossaryTerms)
    .where(inArray(glossaryTerms.name, ['Customer', 'Household']));
  const link = (type: RecordLink['type'], id: string | undefined): RecordLink[] => (id ? [{ type, id }] : []);
  const governance = council('Data Governance Council');
  const stewardship = council('Data Stewardship Council');
  const decisions = [
    {
      councilId: governance,
      days: 70,
      title: 'Steve Panic is the accountable owner of customer data',
      rationale: 'Customer Service feels the cost of bad customer data first and can change how it is captured.',
      links: link('domain', customer?.id),
    },
    {
      councilId: governance,
      days: 70,
      title: 'Customer master data is consolidated, not centralised, in the first iteration',
      rationale:
        'The CRM, the web shop and the service system keep their own entry screens; a consolidated golden record is enough to stop duplicate visits.',
      links: link('mdm_domain', mdm?.id),
    },
    {
      councilId: governance,
      days: 35,
      title: 'The Customer match policy v1 goes live',
      rationale: 'The simulation on 491 sample records found every known duplicate above the auto-merge threshold.',
      details: 'Pairs between the two thresholds go to the customer stewards as duplicate reviews.',
      links: link('mdm_policy', policy?.id),
    },
    {
      councilId: stewardship,
      days: 20,
      title: 'Household is a term of its own, not a synonym of Customer',
      rationale: 'Warranty and marketing count households; service and billing count customers.',
      links: terms.map((term) => ({ type: 'term' as const, id: term.id })),
    },
  ];
  for (const decision of decisions) {
    if (!decision.councilId) continue;
    await recordDecision(
      db,
      lead,
      {
        councilId: decision.councilId,
        decidedOn: isoDay(now - decision.days * DAY),
        title: decision.title,
        rationale: decision.rationale,
        details: decision.details ?? null,
        links: decision.links,
        programId,
      },
      { clock: at(now - decision.days * DAY) },
    );
  }

  // The roadmap, approved by the sponsor after its items were planned.
  await approveRoadmap(db, sponsor, { programId, comment: 'Go, with the golden record by spring.' });

  // Deliverables provided by records.
  const links: { stepNumber: number; deliverableKey: string; target: RecordLink | null }[] = [
    { stepNumber: 2, deliverableKey: 'D2.1', target: governance ? { type: 'council', id: governance } : null },
    { stepNumber: 4, deliverableKey: 'D4.1', target: { type: 'roadmap', id: programId } },
    ...[council('Executive Steering Committee'), governance, stewardship].map((id) => ({
      stepNumber: 5,
      deliverableKey: 'D5.2',
      target: id ? ({ type: 'council', id } as const) : null,
    })),
  ];
  for (const item of links) {
    if (item.target)
      await linkDeliverable(db, lead, {
        programId,
        stepNumber: item.stepNumber,
        deliverableKey: item.deliverableKey,
        target: item.target,
      });
  }

  // A short discussion on the glossary step.
  await addStepComment(
    db,
    steward,
    {
      programId,
      stepNumber: 6,
      body: 'Eleven of the customer CDEs are approved. **Consent date** and **Marketing opt-in** wait for Legal.',
    },
    { clock: at(now - 3 * DAY) },
  );
  await addStepComment(
    db,
    owner,
    { programId, stepNumber: 6, body: 'I will raise the consent terms with Legal on Thursday.' },
    { clock: at(now - 2 * DAY) },
  );
}
