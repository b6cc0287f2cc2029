import type { DbHandle } from '@steward/db';
import { createTestDb, testDrivers } from '@steward/db/testing';
import { type Actor, ConflictError, InputError, NotAllowedError, NotFoundError } from '@steward/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDomain, buildPerson, testActor } from '../testing/index.js';
import {
  createPolicy,
  newPolicyVersion,
  policyVersionActionsFor,
  transitionPolicyVersion,
  updateGovernancePolicyDraft,
  updatePolicyDetails,
  versionsOfPolicies,
} from './policies.js';

describe.each(testDrivers())('governance policies on %s', (driver) => {
  let handle: DbHandle;
  let lead: Actor;
  let approver: Actor;
  let customer: string;

  beforeAll(async () => {
    handle = await createTestDb(driver);
    lead = testActor('steward', { personId: (await buildPerson(handle.db, { name: 'Sarah Updown' })).id });
    approver = testActor('viewer', { personId: (await buildPerson(handle.db, { name: 'Priya Shield' })).id });
    customer = (await buildDomain(handle.db, { name: 'Customer' })).id;
  });
  afterAll(async () => {
    await handle.close();
  });

  it('writes a policy as a draft, has its approver approve it, and keeps one approved version', async () => {
    const content = {
      statement: 'Personal data of customers is looked after by a named steward and masked outside production.',
      driver: 'GDPR',
      scope: { domainIds: [customer], classifications: ['email', 'phone'] as ('email' | 'phone')[] },
    };
    await expect(
      createPolicy(handle.db, lead, {
        title: 'Customer privacy',
        kind: 'security_and_privacy',
        ownerPersonId: lead.personId!,
        approverPersonId: approver.personId!,
        content: { ...content, scope: { domainIds: [approver.personId!] } },
      }),
    ).rejects.toMatchObject({ field: 'content.scope.domainIds.0' });
    const { policy, version } = await createPolicy(handle.db, lead, {
      title: 'Customer privacy',
      kind: 'security_and_privacy',
      ownerPersonId: lead.personId!,
      approverPersonId: approver.personId!,
      content,
    });
    expect(policy.key).toBe('GP-1');
    await expect(
      createPolicy(handle.db, lead, {
        title: 'customer PRIVACY',
        kind: 'other',
        ownerPersonId: lead.personId!,
        approverPersonId: approver.personId!,
        content,
      }),
    ).rejects.toMatchObject({ field: 'title' });
    const edited = await updateGovernancePolicyDraft(handle.db, lead, {
      id: version.id,
      version: version.version,
      content: { ...content, driver: 'GDPR, PIPL' },
    });
    const submitted = await transitionPolicyVersion(handle.db, lead, {
      id: edited.id,
      version: edited.version,
      action: 'submit',
    });
    await expect(
      transitionPolicyVersion(handle.db, lead, { id: submitted.id, version: submitted.version, action: 'approve' }),
    ).rejects.toBeInstanceOf(NotAllowedError);
    expect(await policyVersionActionsFor(handle.db, approver, submitted)).toEqual(['approve', 'send_back']);
    const approved = await transitionPolicyVersion(handle.db, approver, {
      id: submitted.id,
      version: submitted.version,
      action: 'approve',
    });
    expect(approved).toMatchObject({ status: 'approved', decidedBy: approver.personId });
    await expect(
      updateGovernancePolicyDraft(handle.db, lead, { id: approved.id, version: approved.version, content }),
    ).rejects.toBeInstanceOf(InputError);

    const v2 = await newPolicyVersion(handle.db, lead, { policyId: policy.id });
    expect(v2.content.driver).toBe('GDPR, PIPL');
    const v2submitted = await transitionPolicyVersion(handle.db, lead, {
      id: v2.id,
      version: v2.version,
      action: 'submit',
    });
    await transitionPolicyVersion(handle.db, approver, {
      id: v2submitted.id,
      version: v2submitted.version,
      action: 'approve',
    });
    const [versions] = await versionsOfPolicies(handle.db, [policy.id]);
    expect(versions!.map((item) => [item.number, item.status])).toEqual([
      [2, 'approved'],
      [1, 'retired'],
    ]);
    await expect(newPolicyVersion(handle.db, approver, { policyId: policy.id })).rejects.toBeInstanceOf(
      NotAllowedError,
    );
    await expect(newPolicyVersion(handle.db, lead, { policyId: customer })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('changes a policy’s title, kind, owner and approver; only its owner or the program’s team may', async () => {
    const { policy } = await createPolicy(handle.db, lead, {
      title: 'Service records',
      kind: 'other',
      ownerPersonId: lead.personId!,
      approverPersonId: lead.personId!,
      content: { statement: 'Service records are kept two years.' },
    });
    await expect(
      updatePolicyDetails(handle.db, approver, { id: policy.id, version: policy.version, title: 'Mine now' }),
    ).rejects.toBeInstanceOf(NotAllowedError);
    await expect(
      updatePolicyDetails(handle.db, lead, { id: policy.id, version: policy.version, title: 'CUSTOMER privacy' }),
    ).rejects.toMatchObject({ field: 'title' });
    await expect(
      updatePolicyDetails(handle.db, lead, { id: policy.id, version: policy.version, approverPersonId: customer }),
    ).rejects.toMatchObject({ field: 'approverPersonId' });
    const changed = await updatePolicyDetails(handle.db, lead, {
      id: policy.id,
      version: policy.version,
      title: 'Service records retention',
      kind: 'information_lifecycle',
      approverPersonId: approver.personId!,
    });
    expect(changed).toMatchObject({
      title: 'Service records retention',
      kind: 'information_lifecycle',
      ownerPersonId: lead.personId,
      approverPersonId: approver.personId,
      version: policy.version + 1,
    });
    await expect(
      updatePolicyDetails(handle.db, lead, { id: policy.id, version: policy.version, kind: 'access' }),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});
