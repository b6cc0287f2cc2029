import type { Domain } from './domain.js';
import { type GovernanceRole, governanceRoles, isAccountableOwner, type RoleAssignment } from './role-assignment.js';

/** A role assignment as it applies to one domain: held there, or inherited from an ancestor. */
export interface EffectiveAssignment {
  assignment: RoleAssignment;
  /** The domain the assignment is held on; differs from the asked domain when inherited. */
  heldOnDomainId: string;
  inherited: boolean;
}

type DomainNode = Pick<Domain, 'id' | 'parentId'>;

/**
 * Who is responsible for each domain, per role. A role held directly on a domain wins; a role
 * nobody holds there is inherited from the nearest ancestor that has it, so a sub-domain
 * without its own owner answers to its parent's owner. Indexes once; each look-up walks only
 * the domain's ancestors.
 */
export function indexDomainResponsibilities(
  domains: readonly DomainNode[],
  assignments: readonly RoleAssignment[],
): (domainId: string) => EffectiveAssignment[] {
  const parentOf = new Map(domains.map((domain) => [domain.id, domain.parentId]));
  const byDomain = new Map<string, RoleAssignment[]>();
  for (const assignment of assignments) {
    if (assignment.scope.type !== 'domain' || !assignment.scope.id) continue;
    const list = byDomain.get(assignment.scope.id);
    if (list) list.push(assignment);
    else byDomain.set(assignment.scope.id, [assignment]);
  }
  return (domainId) => {
    const result: EffectiveAssignment[] = [];
    const filled = new Set<GovernanceRole>();
    const seen = new Set<string>();
    for (
      let heldOnDomainId: string | null | undefined = domainId;
      heldOnDomainId && !seen.has(heldOnDomainId);
      heldOnDomainId = parentOf.get(heldOnDomainId)
    ) {
      seen.add(heldOnDomainId);
      const here = byDomain.get(heldOnDomainId) ?? [];
      for (const assignment of here) {
        if (!filled.has(assignment.role))
          result.push({ assignment, heldOnDomainId, inherited: heldOnDomainId !== domainId });
      }
      for (const assignment of here) filled.add(assignment.role);
    }
    // Role order (owner before stewards), held before inherited within a role; sort is stable.
    return result.sort((a, b) => roleRank(a.assignment.role) - roleRank(b.assignment.role));
  };
}

const roleRank = (role: GovernanceRole) => governanceRoles.indexOf(role);

/** Who is responsible for one domain (see indexDomainResponsibilities). */
export function resolveDomainResponsibilities(
  domains: readonly DomainNode[],
  assignments: readonly RoleAssignment[],
  domainId: string,
): EffectiveAssignment[] {
  return indexDomainResponsibilities(domains, assignments)(domainId);
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
  const responsibilitiesOf = indexDomainResponsibilities(domains, assignments);
  const perDomain = domains.map((domain): DomainCoverage => {
    const effective = responsibilitiesOf(domain.id);
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
