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
