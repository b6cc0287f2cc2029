import type { DbHandle } from '@steward/db';
import { createTestDb, testDrivers } from '@steward/db/testing';
import type { Actor } from '@steward/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDomain, buildGlossary, buildPerson, countAuditEvents, termContent, testActor } from '../testing/index.js';
import {
  decideProposal,
  proposeDeprecation,
  proposeTerm,
  proposeTermChange,
  submitProposal,
  withdrawProposal,
} from './proposals.js';
import { diffRevisions, getTerm, listProposals, listRevisions } from './terms-query.js';

describe.each(testDrivers())('the glossary approval workflow on %s', (driver) => {
  let handle: DbHandle;
  let author: Actor;
  let reviewer: Actor;
  let otherReviewer: Actor;
  let glossaryId: string;
  beforeAll(async () => {
    handle = await createTestDb(driver);
    const [authorPerson, reviewerPerson, otherPerson] = [
      await buildPerson(handle.db),
      await buildPerson(handle.db),
      await buildPerson(handle.db),
    ];
    author = testActor('steward', { personId: authorPerson.id, label: 'author@test' });
    reviewer = testActor('steward', { personId: reviewerPerson.id, label: 'reviewer@test' });
    otherReviewer = testActor('steward', { personId: otherPerson.id, label: 'other@test' });
    glossaryId = (await buildGlossary(handle.db, { reviewerIds: [reviewerPerson.id, otherPerson.id] })).id;
  });
  afterAll(async () => handle?.close());

  it('puts a new term in review; only a reviewer other than the author approves it', async () => {
    const { term, proposal } = await proposeTerm(handle.db, author, {
      glossaryId,
      content: termContent({ name: 'Household', synonyms: ['Home', 'Residence'] }),
      reason: 'The service team keeps asking.',
    });
    expect(term.status).toBe('in_review');
    expect(proposal).toMatchObject({ kind: 'create', status: 'pending', baseRevision: 0 });
    await expect(
      decideProposal(handle.db, author, { proposalId: proposal.id, decision: 'approve' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const approved = await decideProposal(handle.db, reviewer, { proposalId: proposal.id, decision: 'approve' });
    expect(approved.term).toMatchObject({ status: 'approved', approvedRevision: 1, synonyms: ['Home', 'Residence'] });
    const [revision] = await listRevisions(handle.db, term.id);
    expect(revision).toMatchObject({
      revision: 1,
      authorLabel: 'author@test',
      approvedByLabel: 'reviewer@test',
      reason: 'The service team keeps asking.',
    });
    await expect(
      decideProposal(handle.db, otherReviewer, { proposalId: proposal.id, decision: 'approve' }),
    ).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
    });
  });

  it('keeps the approved version live while a change waits, and after the change is rejected', async () => {
    const created = await proposeTerm(handle.db, author, {
      glossaryId,
      content: termContent({ definition: 'The approved words.' }),
    });
    const live = (await decideProposal(handle.db, reviewer, { proposalId: created.proposal.id, decision: 'approve' }))
      .term;
    const change = await proposeTermChange(handle.db, author, {
      termId: live.id,
      version: live.version,
      content: termContent({ name: live.name, definition: 'A rewrite nobody agreed to.' }),
    });
    expect(change.proposal).toMatchObject({ kind: 'update', status: 'pending', baseRevision: 1 });
    expect((await getTerm(handle.db, live.id)).definition).toBe('The approved words.');

    await expect(
      decideProposal(handle.db, reviewer, { proposalId: change.proposal.id, decision: 'reject' }),
    ).rejects.toMatchObject({ field: 'comment' });
    const rejected = await decideProposal(handle.db, reviewer, {
      proposalId: change.proposal.id,
      decision: 'reject',
      comment: 'Keep the approved wording.',
    });
    expect(rejected.proposal).toMatchObject({ status: 'rejected', decisionComment: 'Keep the approved wording.' });
    expect(rejected.term).toMatchObject({ status: 'approved', definition: 'The approved words.', approvedRevision: 1 });
  });

  it('allows one open change per term and names who holds it', async () => {
    const created = await proposeTerm(handle.db, author, { glossaryId, content: termContent() });
    const live = (await decideProposal(handle.db, reviewer, { proposalId: created.proposal.id, decision: 'approve' }))
      .term;
    await proposeTermChange(handle.db, author, {
      termId: live.id,
      version: live.version,
      content: termContent({ name: live.name, definition: 'First change.' }),
    });
    const before = await countAuditEvents(handle.db);
    await expect(
      proposeTermChange(handle.db, otherReviewer, {
        termId: live.id,
        version: live.version,
        content: termContent({ name: live.name, definition: 'Second change.' }),
      }),
    ).rejects.toThrow(/already has an open change by author@test/);
    expect(await countAuditEvents(handle.db)).toBe(before);
  });

  it('refuses a change that changes nothing, a stale version, a clashing name and a parent loop', async () => {
    const parent = await proposeTerm(handle.db, author, { glossaryId, content: termContent({ name: 'Appliance' }) });
    const parentLive = (
      await decideProposal(handle.db, reviewer, { proposalId: parent.proposal.id, decision: 'approve' })
    ).term;
    const child = await proposeTerm(handle.db, author, {
      glossaryId,
      content: termContent({ name: 'Washer', parentId: parentLive.id }),
    });
    const childLive = (
      await decideProposal(handle.db, reviewer, { proposalId: child.proposal.id, decision: 'approve' })
    ).term;
    const same = { name: parentLive.name, definition: parentLive.definition };
    await expect(
      proposeTermChange(handle.db, author, { termId: parentLive.id, version: parentLive.version, content: same }),
    ).rejects.toMatchObject({ field: 'content' });
    await expect(
      proposeTermChange(handle.db, author, {
        termId: parentLive.id,
        version: 1,
        content: { ...same, definition: 'x' },
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', field: 'version' });
    await expect(
      proposeTermChange(handle.db, author, {
        termId: parentLive.id,
        version: parentLive.version,
        content: { ...same, name: 'WASHER' },
      }),
    ).rejects.toMatchObject({ field: 'content.name' });
    await expect(
      proposeTermChange(handle.db, author, {
        termId: parentLive.id,
        version: parentLive.version,
        content: { ...same, parentId: childLive.id },
      }),
    ).rejects.toMatchObject({ field: 'content.parentId' });
  });

  it('names inactive or unknown people and unknown terms by their field', async () => {
    const gone = await buildPerson(handle.db);
    await handle.db.execute((await import('drizzle-orm')).sql`update person set active = false where id = ${gone.id}`);
    await expect(
      proposeTerm(handle.db, author, {
        glossaryId,
        content: termContent({
          stewardId: gone.id,
          reviewerIds: ['6f1c1b56-0d2b-4a86-9d5c-3f1d2a6a9b11'],
          relations: [{ type: 'related_to', termId: '6f1c1b56-0d2b-4a86-9d5c-3f1d2a6a9b12' }],
        }),
      }),
    ).rejects.toMatchObject({
      fieldErrors: [
        { field: 'content.stewardId', message: expect.stringMatching(/inactive/) },
        { field: 'content.reviewerIds.0', message: 'does not exist' },
        { field: 'content.relations.0.termId', message: 'does not exist' },
      ],
    });
  });

  it("lets a reviewer's own change through when the glossary allows it, and says so", async () => {
    const fast = await buildGlossary(handle.db, {
      reviewerIds: [reviewer.personId!],
      reviewerEditsNeedSecondReviewer: false,
    });
    const { term, proposal } = await proposeTerm(handle.db, reviewer, { glossaryId: fast.id, content: termContent() });
    expect(term.status).toBe('approved');
    expect(proposal.status).toBe('approved');
    const [revision] = await listRevisions(handle.db, term.id);
    expect(revision?.selfApproved).toBe(true);
    // Someone who is not a reviewer still needs one.
    const other = await proposeTerm(handle.db, author, { glossaryId: fast.id, content: termContent() });
    expect(other.term.status).toBe('in_review');
  });

  it('deprecates a term with its replacement, through review', async () => {
    const oldTerm = await proposeTerm(handle.db, author, { glossaryId, content: termContent({ name: 'Client' }) });
    const newTerm = await proposeTerm(handle.db, author, { glossaryId, content: termContent({ name: 'Customer' }) });
    const oldLive = (
      await decideProposal(handle.db, reviewer, { proposalId: oldTerm.proposal.id, decision: 'approve' })
    ).term;
    const newLive = (
      await decideProposal(handle.db, reviewer, { proposalId: newTerm.proposal.id, decision: 'approve' })
    ).term;
    const deprecation = await proposeDeprecation(handle.db, author, {
      termId: oldLive.id,
      version: oldLive.version,
      replacedById: newLive.id,
      reason: 'One word for one thing.',
    });
    expect((await getTerm(handle.db, oldLive.id)).status).toBe('approved');
    const done = await decideProposal(handle.db, reviewer, {
      proposalId: deprecation.proposal.id,
      decision: 'approve',
    });
    expect(done.term).toMatchObject({ status: 'deprecated', replacedById: newLive.id, approvedRevision: 2 });
    await expect(
      proposeTermChange(handle.db, author, {
        termId: oldLive.id,
        version: done.term.version,
        content: termContent({ name: 'Client', definition: 'Back again?' }),
      }),
    ).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
  });

  it('diffs two approved versions field by field', async () => {
    const created = await proposeTerm(handle.db, author, {
      glossaryId,
      content: termContent({ name: 'SKU', synonyms: ['Article'], definition: 'Stock keeping unit.' }),
    });
    const v1 = (await decideProposal(handle.db, reviewer, { proposalId: created.proposal.id, decision: 'approve' }))
      .term;
    const change = await proposeTermChange(handle.db, author, {
      termId: v1.id,
      version: v1.version,
      content: termContent({
        name: 'SKU',
        synonyms: ['Article', 'Item number'],
        definition: 'Stock keeping unit.',
        criticalDataElement: true,
      }),
    });
    await decideProposal(handle.db, otherReviewer, { proposalId: change.proposal.id, decision: 'approve' });
    const changes = await diffRevisions(handle.db, v1.id, 1, 2);
    expect(changes).toEqual([
      {
        field: 'synonyms',
        before: ['Article'],
        after: ['Article', 'Item number'],
        added: ['Item number'],
        removed: [],
      },
      { field: 'criticalDataElement', before: false, after: true },
    ]);
  });

  it('keeps a draft to its author until submitted, and lets the author withdraw', async () => {
    const draft = await proposeTerm(handle.db, author, { glossaryId, content: termContent(), asDraft: true });
    expect(draft.term.status).toBe('draft');
    const inbox = await listProposals(handle.db, reviewer, { filter: { reviewableByMe: true } });
    expect(inbox.nodes.map((proposal) => proposal.id)).not.toContain(draft.proposal.id);
    const submitted = await submitProposal(handle.db, author, { proposalId: draft.proposal.id });
    expect(submitted.term.status).toBe('in_review');
    const inboxAfter = await listProposals(handle.db, reviewer, { filter: { reviewableByMe: true } });
    expect(inboxAfter.nodes.map((proposal) => proposal.id)).toContain(draft.proposal.id);
    const authorsInbox = await listProposals(handle.db, author, { filter: { reviewableByMe: true } });
    expect(authorsInbox.nodes.map((proposal) => proposal.id)).not.toContain(draft.proposal.id);
    await expect(withdrawProposal(handle.db, reviewer, { proposalId: draft.proposal.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const withdrawn = await withdrawProposal(handle.db, author, { proposalId: draft.proposal.id });
    expect(withdrawn.term.status).toBe('draft');
    expect(withdrawn.proposal.status).toBe('withdrawn');
  });

  it("routes a term without reviewers to its domain's owner and business stewards", async () => {
    const owner = await buildPerson(handle.db);
    const domain = await buildDomain(handle.db);
    const { assignRole } = await import('../stewardship/role-assignments.js');
    await assignRole(handle.db, testActor('admin'), {
      personId: owner.id,
      role: 'data_owner',
      scope: { type: 'domain', id: domain.id },
    });
    const plain = await buildGlossary(handle.db);
    const { proposal } = await proposeTerm(handle.db, author, {
      glossaryId: plain.id,
      content: termContent({ domainId: domain.id }),
    });
    const ownerActor = testActor('viewer', { personId: owner.id });
    const inbox = await listProposals(handle.db, ownerActor, { filter: { reviewableByMe: true } });
    expect(inbox.nodes.map((item) => item.id)).toContain(proposal.id);
    await expect(
      decideProposal(handle.db, reviewer, { proposalId: proposal.id, decision: 'approve' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const approved = await decideProposal(handle.db, ownerActor, { proposalId: proposal.id, decision: 'approve' });
    expect(approved.term.status).toBe('approved');
  });
});
