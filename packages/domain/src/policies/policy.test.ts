import { describe, expect, it } from 'vitest';
import {
  checkAttestation,
  checkClassificationRequirement,
  checkRetention,
  complianceOf,
  controlParamsSchema,
  scoreOf,
} from './control.js';
import {
  availablePolicyVersionActions,
  createPolicyInputSchema,
  diffPolicyContent,
  planPolicyVersionTransition,
} from './policy.js';

describe('policy versions', () => {
  it('go draft → in review → approved → retired, with send back, each move by its actor', () => {
    expect(planPolicyVersionTransition('draft', 'submit')).toEqual({ to: 'in_review', by: 'author' });
    expect(planPolicyVersionTransition('in_review', 'approve')).toEqual({ to: 'approved', by: 'approver' });
    expect(planPolicyVersionTransition('approved', 'retire')).toEqual({ to: 'retired', by: 'author' });
    expect(planPolicyVersionTransition('draft', 'approve')).toEqual({
      error: 'cannot approve a version that is draft',
    });
    expect(availablePolicyVersionActions('in_review', { author: true, approver: false })).toEqual([]);
    expect(availablePolicyVersionActions('in_review', { author: false, approver: true })).toEqual([
      'approve',
      'send_back',
    ]);
  });

  it('names the field of a bad policy and diffs two contents', () => {
    const result = createPolicyInputSchema.safeParse({
      title: 'Privacy',
      kind: 'privacy',
      content: { statement: ' ' },
    });
    expect(result.error!.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'approverPersonId',
      'content.statement',
      'kind',
      'ownerPersonId',
    ]);
    const before = {
      statement: 'Mask personal data.',
      driver: 'GDPR',
      scope: { domainIds: ['a'], classifications: ['email' as const], assetIds: [] },
    };
    expect(
      diffPolicyContent(before, {
        ...before,
        driver: 'GDPR, PIPL',
        scope: { ...before.scope, classifications: ['email', 'phone'] },
      }).map((change) => change.field),
    ).toEqual(['driver', 'classifications']);
  });
});

describe('controls', () => {
  it('checks a classification requirement column by column, failing ones first', () => {
    const outcome = checkClassificationRequirement(
      [
        { fieldId: 'f1', assetId: 'a1', label: 'crm.customers.email', hasSteward: true, maskingNote: 'hashed in test' },
        { fieldId: 'f2', assetId: 'a2', label: 'webshop.orders.phone', hasSteward: false, maskingNote: null },
      ],
      { requireSteward: true, requireMaskingNote: true },
    );
    expect(outcome.state).toBe('fail');
    expect(outcome.evidence.map((item) => item.label)).toEqual([
      'webshop.orders.phone: no steward of its own, no masking note',
      'crm.customers.email: in order',
    ]);
    expect(checkClassificationRequirement([], { requireSteward: true, requireMaskingNote: false }).state).toBe(
      'not_evaluated',
    );
  });

  it('checks retention against the oldest row, and says when a table cannot be read', () => {
    const outcome = checkRetention(
      [
        { assetId: 'a1', label: 'service.visits', oldestAgeDays: 800 },
        { assetId: 'a2', label: 'service.tickets', oldestAgeDays: 100 },
      ],
      730,
    );
    expect(outcome).toMatchObject({ state: 'fail', summary: '1 of 2 tables hold rows older than 730 days.' });
    expect(outcome.evidence[0]!.label).toBe('service.visits: oldest row 800 days old, 70 days past the schedule');
    expect(
      checkRetention([{ assetId: 'a1', label: 'x', oldestAgeDays: null, error: 'no column closed_at' }], 30).state,
    ).toBe('not_evaluated');
  });

  it('keeps a table under legal hold in order past its schedule, naming the matter', () => {
    const outcome = checkRetention(
      [
        { assetId: 'a1', label: 'service.visits', oldestAgeDays: 800, heldFor: ['Smith v Homebody'] },
        { assetId: 'a2', label: 'service.tickets', oldestAgeDays: 100, heldFor: ['Audit 2026'] },
      ],
      730,
    );
    expect(outcome.state).toBe('pass');
    expect(outcome.evidence.map((item) => item.label)).toEqual([
      'service.visits: oldest row 800 days old, kept under legal hold (Smith v Homebody)',
      'service.tickets: oldest row 100 days old',
    ]);
  });

  it('takes an attestation as passing until its frequency runs out', () => {
    const now = new Date('2026-11-27T00:00:00Z');
    const at = new Date('2026-11-01T00:00:00Z');
    const latest = {
      at,
      outcome: 'pass' as const,
      byName: 'Priya Shield',
      statement: 'Access to consent data reviewed.',
    };
    expect(checkAttestation(latest, 'monthly', now).state).toBe('pass');
    expect(checkAttestation(latest, 'weekly', now)).toMatchObject({
      state: 'fail',
      summary: 'Last attested 26 days ago: due again.',
    });
    // A new control's first attestation is due one period after it was written.
    expect(checkAttestation(null, 'monthly', now, new Date('2026-11-20T00:00:00Z'))).toMatchObject({
      state: 'not_evaluated',
      summary: 'Not attested yet: the first attestation is due by 2026-12-21.',
    });
    expect(checkAttestation(null, 'monthly', now, new Date('2026-10-01T00:00:00Z')).state).toBe('fail');
  });

  it('computes compliance over evaluated controls, counting an approved exception as passing', () => {
    expect(complianceOf([{ state: 'pass' }, { state: 'fail' }, { state: 'not_evaluated' }])).toEqual({
      passing: 1,
      evaluated: 2,
      share: 0.5,
    });
    // A failing control with 3 of 4 columns in order counts for 0.75.
    expect(complianceOf([{ state: 'pass' }, { state: 'fail', score: 0.75 }]).share).toBe(0.875);
    expect(scoreOf({ state: 'fail', evidence: [{ ok: true }, { ok: false }] })).toBe(0.5);
    expect(scoreOf({ state: 'not_evaluated', evidence: [] })).toBeNull();
    expect(complianceOf([{ state: 'fail', excepted: true }, { state: 'pass' }]).share).toBe(1);
    expect(complianceOf([{ state: 'not_evaluated' }]).share).toBeNull();
  });

  it('needs the parameters of its kind, naming the field', () => {
    const result = controlParamsSchema.safeParse({ kind: 'retention', keepDays: 0, action: 'shred', assetIds: [] });
    expect(result.error!.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'action',
      'assetIds',
      'keepDays',
      'timestampColumn',
    ]);
  });
});
