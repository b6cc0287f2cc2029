import type { Domain } from './domain.js';
import { type GovernanceRole, governanceRoles, isAccountableOwner, type RoleAssignment } from './role-assignment.js';
import { ancestorsOf } from './tree.js';

/** A role assignment as it applies to one domain: held there, or inherited from an ancestor. */
export interface EffectiveAssignment {
  assignment: RoleAssignment;
  /** The domain the assignment is held on; differs from the asked domain when inherited. */
  heldOnDomainId: string;
  inherited: boolean;
}

type DomainNode = Pick<Domain, 'id' | 'parentId'>;

/**
 * Who is responsible for a domain, per role. A role held directly on the domain wins; a role
 * nobody holds there is inherited from the nearest ancestor that has it, so a sub-domain
 * without its own owner answers to its parent's owner.
 */
export function resolveDomainResponsibilities(
  domains: readonly DomainNode[],
  assignments: readonly RoleAssignment[],
  domainId: string,
): EffectiveAssignment[] {
  const byDomain = new Map<string, RoleAssignment[]>();
  for (const assignment of assignments) {
    if (assignment.scope.type !== 'domain' || !assignment.scope.id) continue;
    byDomain.set(assignment.scope.id, [...(byDomain.get(assignment.scope.id) ?? []), assignment]);
  }
  const result: EffectiveAssignment[] = [];
  const filled = new Set<GovernanceRole>();
  for (const heldOnDomainId of ancestorsOf(domains, domainId)) {
    const here = byDomain.get(heldOnDomainId) ?? [];
    const rolesHere = new Set(here.map((assignment) => assignment.role));
    for (const assignment of here) {
      if (filled.has(assignment.role)) continue;
      result.push({ assignment, heldOnDomainId, inherited: heldOnDomainId !== domainId });
    }
    for (const role of rolesHere) filled.add(role);
  }
  // Role order (owner before stewards), held before inherited within a role; sort is stable.
  return result.sort((a, b) => governanceRoles.indexOf(a.assignment.role) - governanceRoles.indexOf(b.assignment.role));
}

/** One domain's standing in the stewardship coverage measure. */
export interface DomainCoverage {
  domainId: string;
  hasOwner: boolean;
  hasSteward: boolean;
  ownerInherited: boolean;
  stewardInherited: boolean;
}

export interface StewardshipCoverage {
  domainCount: number;
  withOwner: number;
  withSteward: number;
  /** Domains with both an accountable owner and a business steward (held or inherited). */
  covered: number;
  /** covered / domainCount, 0 when there are no domains. */
  ratio: number;
  domains: DomainCoverage[];
}

/**
 * Stewardship coverage: the share of domains with an accountable data owner and a business
 * steward, counting inherited responsibility (DGUP EC5.3 asks for both on every domain).
 */
export function computeStewardshipCoverage(
  domains: readonly DomainNode[],
  assignments: readonly RoleAssignment[],
): StewardshipCoverage {
  const perDomain = domains.map((domain): DomainCoverage => {
    const effective = resolveDomainResponsibilities(domains, assignments, domain.id);
    const owner = effective.find((entry) => isAccountableOwner(entry.assignment));
    const steward = effective.find((entry) => entry.assignment.role === 'business_steward');
    return {
      domainId: domain.id,
      hasOwner: Boolean(owner),
      hasSteward: Boolean(steward),
      ownerInherited: owner?.inherited ?? false,
      stewardInherited: steward?.inherited ?? false,
    };
  });
  const covered = perDomain.filter((entry) => entry.hasOwner && entry.hasSteward).length;
  return {
    domainCount: domains.length,
    withOwner: perDomain.filter((entry) => entry.hasOwner).length,
    withSteward: perDomain.filter((entry) => entry.hasSteward).length,
    covered,
    ratio: domains.length === 0 ? 0 : covered / domains.length,
    domains: perDomain,
  };
}
