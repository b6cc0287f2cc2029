import { describe, expect, it } from 'vitest';
import { computeStewardshipCoverage, resolveDomainResponsibilities } from './responsibility.js';
import type { GovernanceRole, Raci, RoleAssignment } from './role-assignment.js';

const meta = { version: 1, createdAt: new Date(0), updatedAt: new Date(0), createdBy: null, updatedBy: null };
let sequence = 0;
function holds(personId: string, role: GovernanceRole, domainId: string, raci: Raci = 'R'): RoleAssignment {
  sequence += 1;
  return { ...meta, id: `ra${sequence}`, personId, role, raci, note: null, scope: { type: 'domain', id: domainId } };
}

const domains = [
  { id: 'customer', parentId: null },
  { id: 'consumer', parentId: 'customer' },
  { id: 'retail', parentId: 'customer' },
  { id: 'supplier', parentId: null },
];

describe('responsibility inheritance', () => {
  const assignments = [
    holds('steve', 'data_owner', 'customer', 'A'),
    holds('carmen', 'business_steward', 'customer'),
    holds('emma', 'business_steward', 'consumer'),
    holds('victor', 'data_owner', 'supplier', 'A'),
  ];

  it('inherits a role nobody holds on the domain from the nearest ancestor', () => {
    const onRetail = resolveDomainResponsibilities(domains, assignments, 'retail');
    expect(onRetail.map((entry) => [entry.assignment.personId, entry.inherited, entry.heldOnDomainId])).toEqual([
      ['steve', true, 'customer'],
      ['carmen', true, 'customer'],
    ]);
  });

  it('lets a role held on the domain replace the inherited one', () => {
    const onConsumer = resolveDomainResponsibilities(domains, assignments, 'consumer');
    expect(onConsumer.map((entry) => [entry.assignment.personId, entry.inherited])).toEqual([
      ['steve', true],
      ['emma', false],
    ]);
  });

  it('counts a domain as covered with an accountable owner and a business steward, held or inherited', () => {
    const coverage = computeStewardshipCoverage(domains, assignments);
    expect(coverage).toMatchObject({ domainCount: 4, withOwner: 4, withSteward: 3, covered: 3, ratio: 0.75 });
    expect(coverage.domains.find((entry) => entry.domainId === 'supplier')).toMatchObject({
      hasOwner: true,
      hasSteward: false,
    });
    expect(coverage.domains.find((entry) => entry.domainId === 'retail')).toMatchObject({
      ownerInherited: true,
      stewardInherited: true,
    });
  });

  it('does not count a responsible (R) data owner as accountable', () => {
    const coverage = computeStewardshipCoverage(
      [{ id: 'finance', parentId: null }],
      [holds('grace', 'data_owner', 'finance', 'R'), holds('nadia', 'business_steward', 'finance')],
    );
    expect(coverage).toMatchObject({ withOwner: 0, covered: 0, ratio: 0 });
  });

  it('reports zero coverage, not NaN, without domains', () => {
    expect(computeStewardshipCoverage([], []).ratio).toBe(0);
  });
});
