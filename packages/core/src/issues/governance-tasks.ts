import {
  controlAttestations,
  governancePolicies,
  governancePolicyVersions,
  maturityAssessments,
  maturityRespondents,
  policyControls,
  programDocuments,
  programDocumentVersions,
  type Queryable,
} from '@steward/db';
import { type Actor, type ControlFrequency, controlFrequencyDays } from '@steward/domain';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { documentApproversOf } from '../program/documents.js';

const DAY = 86_400_000;
/** An attestation shows in My work this many days before it falls due. */
export const ATTESTATION_NOTICE_DAYS = 14;

/**
 * Governance work waiting on a person besides issues and glossary reviews: a questionnaire to
 * answer, a control to attest, a policy version or a program document to approve. Each names what
 * it is about and where to do it; the words are the web app's.
 */
export interface GovernanceTask {
  area: 'questionnaire' | 'attestation' | 'policy_approval' | 'document_approval';
  /** What the task is about: the assessment, control, policy or document. */
  subject: string;
  /** Where it sits: the policy of a control, the version waiting. */
  context: string | null;
  href: string;
  dueAt: Date | null;
}

export async function governanceTasksOf(db: Queryable, actor: Actor, now = new Date()): Promise<GovernanceTask[]> {
  const personId = actor.personId;
  if (!personId) return [];
  const tasks: GovernanceTask[] = [];

  // Questionnaires: open assessments the person was invited to and has not submitted.
  const questionnaires = await db
    .select({ id: maturityAssessments.id, name: maturityAssessments.name, periodEnd: maturityAssessments.periodEnd })
    .from(maturityRespondents)
    .innerJoin(maturityAssessments, eq(maturityAssessments.id, maturityRespondents.assessmentId))
    .where(
      and(
        eq(maturityRespondents.personId, personId),
        isNull(maturityRespondents.submittedAt),
        eq(maturityAssessments.status, 'open'),
      ),
    );
  for (const row of questionnaires)
    tasks.push({
      area: 'questionnaire',
      subject: row.name,
      context: null,
      href: `/maturity/assessments/${row.id}/answer`,
      dueAt: row.periodEnd ? new Date(`${row.periodEnd}T23:59:59Z`) : null,
    });

  // Attestations: the person's active access reviews and manual checks, never attested or due soon.
  const controls = await db
    .select({
      id: policyControls.id,
      name: policyControls.name,
      frequency: policyControls.frequency,
      policyId: governancePolicies.id,
      policyKey: governancePolicies.key,
      policyTitle: governancePolicies.title,
      createdAt: policyControls.createdAt,
    })
    .from(policyControls)
    .innerJoin(governancePolicies, eq(governancePolicies.id, policyControls.policyId))
    .where(
      and(
        eq(policyControls.ownerPersonId, personId),
        eq(policyControls.active, true),
        inArray(policyControls.kind, ['access_review', 'attestation']),
      ),
    );
  if (controls.length > 0) {
    const attested = await db
      .select({ controlId: controlAttestations.controlId, at: controlAttestations.attestedAt })
      .from(controlAttestations)
      .where(
        inArray(
          controlAttestations.controlId,
          controls.map((control) => control.id),
        ),
      )
      .orderBy(desc(controlAttestations.attestedAt));
    for (const control of controls) {
      // Due one period after the last attestation, or after the control was written.
      const from = attested.find((row) => row.controlId === control.id)?.at ?? control.createdAt;
      const dueAt = new Date(from.getTime() + controlFrequencyDays[control.frequency as ControlFrequency] * DAY);
      if (dueAt.getTime() - now.getTime() > ATTESTATION_NOTICE_DAYS * DAY) continue;
      tasks.push({
        area: 'attestation',
        subject: control.name,
        context: `${control.policyKey} ${control.policyTitle}`,
        href: `/policies/${control.policyId}`,
        dueAt,
      });
    }
  }

  // Policy versions waiting for the person's approval.
  const policyVersions = await db
    .select({
      policyId: governancePolicies.id,
      key: governancePolicies.key,
      title: governancePolicies.title,
      number: governancePolicyVersions.number,
      submittedBy: governancePolicyVersions.submittedBy,
    })
    .from(governancePolicyVersions)
    .innerJoin(governancePolicies, eq(governancePolicies.id, governancePolicyVersions.policyId))
    .where(and(eq(governancePolicies.approverPersonId, personId), eq(governancePolicyVersions.status, 'in_review')));
  for (const row of policyVersions)
    tasks.push({
      area: 'policy_approval',
      subject: `${row.key} ${row.title}`,
      context: String(row.number),
      href: `/policies/${row.policyId}`,
      dueAt: null,
    });

  // Program documents in review that the person may approve (not the one who sent them).
  const documents = await db
    .select({
      id: programDocuments.id,
      programId: programDocuments.programId,
      deliverableKey: programDocuments.deliverableKey,
      title: programDocumentVersions.title,
      number: programDocumentVersions.number,
      submittedBy: programDocumentVersions.submittedBy,
      submittedAt: programDocumentVersions.submittedAt,
    })
    .from(programDocumentVersions)
    .innerJoin(programDocuments, eq(programDocuments.id, programDocumentVersions.documentId))
    .where(eq(programDocumentVersions.status, 'in_review'));
  for (const row of documents) {
    const { personIds } = await documentApproversOf(db, row);
    if (!personIds.includes(personId) || row.submittedBy === personId) continue;
    tasks.push({
      area: 'document_approval',
      subject: row.title,
      context: String(row.number),
      href: `/program/${row.programId}/documents/${row.id}`,
      dueAt: null,
    });
  }
  return tasks;
}
