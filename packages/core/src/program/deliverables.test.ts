import { auditEvents, type DbHandle } from '@steward/db';
import { createTestDb, testDrivers } from '@steward/db/testing';
import { type Actor, InputError, NotAllowedError, NotFoundError, type Program } from '@steward/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRecordLinks, searchRecordLinks } from '../shared/record-links.js';
import { createCouncil } from '../stewardship/councils.js';
import { decisionsOf, recordDecision, updateDecision } from '../stewardship/decisions.js';
import { assignRole } from '../stewardship/role-assignments.js';
import { buildDomain, buildPerson, testActor } from '../testing/index.js';
import { deliverableLinksOf, linkDeliverable, unlinkDeliverable } from './deliverable-links.js';
import {
  compareDocumentVersions,
  createProgramDocument,
  deleteProgramDocument,
  documentAbilities,
  documentActionsFor,
  documentsOfProgram,
  newDocumentVersion,
  transitionDocument,
  updateDocumentDraft,
  versionsOfDocuments,
} from './documents.js';
import { nextActionsOf } from './next-actions.js';
import { createProgram, evaluateStepCriteria, getPrograms } from './programs.js';
import { approveRoadmap, createRoadmapItem, updateRoadmapItem } from './roadmap.js';
import { addStepComment, commentsOfStep, deleteStepComment } from './step-comments.js';

describe.each(testDrivers())('program deliverables, decisions and the roadmap approval on %s', (driver) => {
  let handle: DbHandle;
  let lead: Actor;
  let sponsor: Actor;
  let colleague: Actor;
  let program: Program;

  beforeAll(async () => {
    handle = await createTestDb(driver);
    const leadPerson = await buildPerson(handle.db, { name: 'Sarah Updown' });
    const sponsorPerson = await buildPerson(handle.db, { name: 'Yoshi Goto' });
    const colleaguePerson = await buildPerson(handle.db, { name: 'Steve Panic' });
    lead = testActor('steward', { personId: leadPerson.id });
    sponsor = testActor('executive', { personId: sponsorPerson.id });
    colleague = testActor('steward', { personId: colleaguePerson.id });
    await assignRole(handle.db, testActor('admin'), {
      personId: sponsorPerson.id,
      role: 'executive_sponsor',
      scope: { type: 'program', id: null },
    });
    program = await createProgram(handle.db, lead, {
      name: 'Customer data governance',
      leadPersonId: leadPerson.id,
      startDate: '2026-09-01',
    });
  });
  afterAll(async () => {
    await handle.close();
  });

  const criterion = async (step: number, key: string) => {
    const [current] = await getPrograms(handle.db, [program.id]);
    return (await evaluateStepCriteria(handle.db, current!, step, {})).find((result) => result.key === key)!;
  };

  it('takes the charter from draft to approval by the sponsor only, and EC5.1 flips to pass', async () => {
    expect((await criterion(5, 'EC5.1')).state).toBe('fail');
    const { document, version: draft } = await createProgramDocument(handle.db, lead, {
      programId: program.id,
      stepNumber: 5,
      deliverableKey: 'D5.1',
      title: 'Data governance charter',
      body: '# Mission\nOne customer record.',
    });
    const edited = await updateDocumentDraft(handle.db, lead, {
      id: draft.id,
      version: draft.version,
      body: '# Mission\nOne customer record per customer.\n# Decision rights\nOwners approve terms.',
    });
    const submitted = await transitionDocument(handle.db, lead, {
      id: edited.id,
      version: edited.version,
      action: 'submit',
    });
    expect(submitted.status).toBe('in_review');
    expect((await criterion(5, 'EC5.1')).evidence.map((item) => item.label)).toContain(
      'Data governance charter v1 is waiting for approval',
    );
    // The lead submitted it, and the charter is the sponsor's to approve anyway.
    await expect(
      transitionDocument(handle.db, colleague, { id: submitted.id, version: submitted.version, action: 'approve' }),
    ).rejects.toThrow("Only the program's executive sponsor may approve");
    expect(await documentActionsFor(handle.db, sponsor, submitted)).toEqual(['approve', 'send_back']);
    await expect(
      transitionDocument(handle.db, sponsor, { id: submitted.id, version: submitted.version, action: 'send_back' }),
    ).rejects.toMatchObject({ field: 'comment' });
    const approved = await transitionDocument(handle.db, sponsor, {
      id: submitted.id,
      version: submitted.version,
      action: 'approve',
      comment: 'Agreed at the October council.',
    });
    expect(approved).toMatchObject({ status: 'approved', decidedBy: sponsor.personId });
    const passing = await criterion(5, 'EC5.1');
    expect(passing.state).toBe('pass');
    expect(passing.evidence[0]!.label).toBe('Data governance charter v1 approved by Yoshi Goto (executive sponsor)');

    // A second version: editing an approved version is refused; the new one supersedes it on approval.
    await expect(
      updateDocumentDraft(handle.db, lead, { id: approved.id, version: approved.version, body: 'x' }),
    ).rejects.toBeInstanceOf(InputError);
    const v2 = await newDocumentVersion(handle.db, lead, { documentId: document.id });
    expect(v2).toMatchObject({ number: 2, status: 'draft', body: approved.body });
    await expect(newDocumentVersion(handle.db, lead, { documentId: document.id })).rejects.toMatchObject({
      field: 'documentId',
    });
    const v2edited = await updateDocumentDraft(handle.db, lead, {
      id: v2.id,
      version: v2.version,
      body: `${approved.body}\n# Escalation\nTo the executive council.`,
      changeNote: 'Adds escalation',
    });
    expect(
      (await compareDocumentVersions(handle.db, approved.id, v2edited.id)).filter((line) => line.kind !== 'same'),
    ).toEqual([
      { kind: 'added', text: '# Escalation' },
      { kind: 'added', text: 'To the executive council.' },
    ]);
    const actions = await nextActionsOf(handle.db, program);
    expect(actions.some((action) => action.kind === 'deliverable' && action.label.includes('v2 is a draft'))).toBe(
      true,
    );
    const v2submitted = await transitionDocument(handle.db, lead, {
      id: v2edited.id,
      version: v2edited.version,
      action: 'submit',
    });
    await transitionDocument(handle.db, sponsor, {
      id: v2submitted.id,
      version: v2submitted.version,
      action: 'approve',
    });
    const [versions] = await versionsOfDocuments(handle.db, [document.id]);
    expect(versions!.map((version) => [version.number, version.status])).toEqual([
      [2, 'approved'],
      [1, 'superseded'],
    ]);
  });

  it('lets the lead or a sponsor approve other deliverables, never the person who submitted them', async () => {
    const { version } = await createProgramDocument(handle.db, colleague, {
      programId: program.id,
      stepNumber: 1,
      deliverableKey: 'D1.1',
      title: 'Business case',
      body: 'Duplicates cost 2 service calls a day.',
    });
    const submitted = await transitionDocument(handle.db, lead, {
      id: version.id,
      version: version.version,
      action: 'submit',
    });
    await expect(
      transitionDocument(handle.db, lead, { id: submitted.id, version: submitted.version, action: 'approve' }),
    ).rejects.toThrow('You sent this version for approval; someone else must approve it.');
    expect(documentAbilities(lead, [submitted])).toEqual({
      canEditDraft: false,
      canStartVersion: false,
      canDelete: true,
    });
    expect(documentAbilities(sponsor, [submitted]).canDelete).toBe(false);
    await deleteProgramDocument(handle.db, lead, { id: submitted.documentId });
    expect(await documentsOfProgram(handle.db, program.id, 1)).toEqual([]);
    const [charter] = await documentsOfProgram(handle.db, program.id, 5);
    await expect(deleteProgramDocument(handle.db, lead, { id: charter!.id })).rejects.toMatchObject({ field: 'id' });
    await expect(
      createProgramDocument(handle.db, lead, {
        programId: program.id,
        stepNumber: 2,
        deliverableKey: 'D5.1',
        title: 'Misplaced charter',
      }),
    ).rejects.toMatchObject({ field: 'deliverableKey' });
    await expect(
      createProgramDocument(handle.db, sponsor, { programId: program.id, stepNumber: 1, title: 'Memo' }),
    ).rejects.toBeInstanceOf(NotAllowedError);
  });

  it('records council decisions with the records they changed, and EC5.5 counts the meetings', async () => {
    expect((await criterion(5, 'EC5.5')).state).toBe('fail');
    const council = await createCouncil(handle.db, testActor('admin'), {
      name: 'Data governance council',
      kind: 'governance_council',
    });
    const customer = await buildDomain(handle.db, { name: 'Customer' });
    await expect(
      recordDecision(handle.db, lead, {
        councilId: council.id,
        decidedOn: '2026-10-14',
        title: 'Customer email is owned by Sales',
        rationale: 'Sales collects it.',
        links: [{ type: 'term', id: customer.id }],
      }),
    ).rejects.toMatchObject({ field: 'links.0.id' });
    await expect(
      recordDecision(handle.db, lead, {
        councilId: council.id,
        decidedOn: '2026-10-14',
        title: 'No reason',
        rationale: ' ',
      }),
    ).rejects.toMatchObject({ field: 'rationale' });
    const decision = await recordDecision(handle.db, lead, {
      councilId: council.id,
      decidedOn: '2026-10-14',
      title: 'Customer domain is owned by Sales',
      rationale: 'Sales collects and corrects customer data.',
      links: [{ type: 'domain', id: customer.id }],
      programId: program.id,
    });
    await recordDecision(handle.db, lead, {
      councilId: council.id,
      decidedOn: '2026-10-14',
      title: 'Duplicates above 0.9 merge automatically',
      rationale: 'Stewards reviewed 40 pairs; none was wrong.',
    });
    await expect(
      recordDecision(handle.db, sponsor, {
        councilId: council.id,
        decidedOn: '2026-10-15',
        title: 'Not a member',
        rationale: 'Sponsors are not in this council.',
      }),
    ).rejects.toBeInstanceOf(NotAllowedError);
    const passing = await criterion(5, 'EC5.5');
    expect(passing).toMatchObject({ state: 'pass', value: 1 });
    expect(passing.evidence[0]!.label).toBe('Data governance council on 2026-10-14: 2 decision(s)');
    await expect(
      recordDecision(handle.db, lead, {
        councilId: council.id,
        decidedOn: '2999-01-01',
        title: 'A plan, not a decision',
        rationale: 'It has not been decided yet.',
      }),
    ).rejects.toMatchObject({ field: 'decidedOn' });
    // Another steward may record decisions, not change or delete someone else's.
    await expect(
      updateDecision(handle.db, colleague, { id: decision.id, version: decision.version, title: 'Rewritten' }),
    ).rejects.toBeInstanceOf(NotAllowedError);
    const corrected = await updateDecision(handle.db, lead, {
      id: decision.id,
      version: decision.version,
      decidedOn: '2026-10-13',
    });
    expect(corrected.decidedOn).toBe('2026-10-13');
    expect((await criterion(5, 'EC5.5')).value).toBe(2);
    expect((await decisionsOf(handle.db, { programId: program.id })).map((item) => item.title)).toEqual([
      'Customer domain is owned by Sales',
    ]);
  });

  it('has the roadmap approved by a sponsor only, and EC4.4 then passes', async () => {
    expect((await criterion(4, 'EC4.4')).state).toBe('fail');
    await expect(approveRoadmap(handle.db, sponsor, { programId: program.id })).rejects.toMatchObject({
      field: 'programId',
    });
    const item = await createRoadmapItem(handle.db, lead, {
      programId: program.id,
      title: 'Merge duplicate customers',
      startsOn: '2026-10-01',
      endsOn: '2026-12-15',
    });
    await expect(approveRoadmap(handle.db, lead, { programId: program.id })).rejects.toBeInstanceOf(NotAllowedError);
    const approved = await approveRoadmap(handle.db, sponsor, { programId: program.id, comment: 'Go.' });
    expect(approved.roadmapApprovedBy).toBe(sponsor.personId);
    const passing = await criterion(4, 'EC4.4');
    expect(passing.state).toBe('pass');
    expect(passing.evidence[1]!.label).toMatch(/^Approved by Yoshi Goto on \d{4}-\d{2}-\d{2}$/);
    await updateRoadmapItem(handle.db, lead, { id: item.id, version: item.version, endsOn: '2027-01-31' });
    expect((await criterion(4, 'EC4.4')).evidence[1]!.label).toContain('(1 item(s) changed since)');
    const [audit] = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'program.roadmap.approve'), eq(auditEvents.entityId, program.id)));
    expect(audit).toBeDefined();
  });

  it('links records as deliverables, refusing unknown ones, and keeps comments on a step', async () => {
    const council = await createCouncil(handle.db, testActor('admin'), {
      name: 'Customer data working group',
      kind: 'stewardship_council',
    });
    await expect(
      linkDeliverable(handle.db, lead, {
        programId: program.id,
        stepNumber: 2,
        deliverableKey: 'D2.1',
        target: { type: 'council', id: program.id },
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const link = await linkDeliverable(handle.db, lead, {
      programId: program.id,
      stepNumber: 2,
      deliverableKey: 'D2.1',
      target: { type: 'council', id: council.id },
    });
    await expect(
      linkDeliverable(handle.db, lead, {
        programId: program.id,
        stepNumber: 2,
        deliverableKey: 'D2.1',
        target: { type: 'council', id: council.id },
      }),
    ).rejects.toMatchObject({ field: 'target' });
    expect((await deliverableLinksOf(handle.db, program.id, 2)).map((item) => item.target)).toEqual([
      { type: 'council', id: council.id },
    ]);
    expect((await searchRecordLinks(handle.db, 'council', 'WORKING')).map((item) => item.label)).toEqual([
      'Customer data working group',
    ]);
    expect((await resolveRecordLinks(handle.db, [{ type: 'council', id: council.id }]))[0]).toMatchObject({
      label: 'Customer data working group',
      href: `/councils/${council.id}`,
      exists: true,
    });
    await unlinkDeliverable(handle.db, lead, { id: link.id });
    expect(await deliverableLinksOf(handle.db, program.id, 2)).toEqual([]);

    const comment = await addStepComment(handle.db, sponsor, {
      programId: program.id,
      stepNumber: 2,
      body: 'Can the working group meet monthly?',
    });
    await addStepComment(handle.db, lead, { programId: program.id, stepNumber: 2, body: 'Yes, from November.' });
    await expect(deleteStepComment(handle.db, lead, { id: comment.id })).rejects.toBeInstanceOf(NotAllowedError);
    expect((await commentsOfStep(handle.db, program.id, 2)).map((item) => item.body)).toEqual([
      'Can the working group meet monthly?',
      'Yes, from November.',
    ]);
    await deleteStepComment(handle.db, sponsor, { id: comment.id });
    expect(await commentsOfStep(handle.db, program.id, 2)).toHaveLength(1);
  });
});
