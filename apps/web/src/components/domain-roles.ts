import type { GovernanceRole, Raci } from '../gql/graphql';

/** The roles a domain is staffed with, in the order the matrix shows them. */
export const domainRoles = ['data_owner', 'business_steward', 'technical_steward', 'custodian'] as const;
export type DomainRole = (typeof domainRoles)[number];

export const raciLetters: Raci[] = ['R', 'A', 'C', 'I'];

/** The letter the server applies when none is chosen (AssignRoleInput.raci): owner A, stewards and custodians R. */
export const defaultRaciOf: Record<GovernanceRole, Raci> = {
  executive_sponsor: 'A',
  chief_data_officer: 'R',
  data_owner: 'A',
  business_steward: 'R',
  technical_steward: 'R',
  custodian: 'R',
  council_member: 'C',
};

/** Roles every domain needs (the coverage counts them); the others are optional. */
export const requiredDomainRoles: readonly DomainRole[] = ['data_owner', 'business_steward'];

export interface HeldRole {
  inherited: boolean;
  assignment: { role: GovernanceRole; raci: Raci | null };
}

/**
 * The letter to suggest for one more holder of a role on a domain: the role's default, but R
 * where the default is A and someone here already holds it as A (a domain has one accountable owner).
 */
export function suggestedRaci(role: GovernanceRole, holders: readonly HeldRole[]): Raci {
  const letter = defaultRaciOf[role];
  if (letter !== 'A') return letter;
  const taken = holders.some(
    (item) => !item.inherited && item.assignment.role === role && item.assignment.raci === 'A',
  );
  return taken ? 'R' : letter;
}
