import { z } from 'zod';
import { idSchema, optionalTextSchema, type RecordMeta, versionSchema } from '../shared/schemas.js';

/** Governance roles (reference/governance-process.md, section 3.2). */
export const governanceRoles = [
  'executive_sponsor',
  'chief_data_officer',
  'data_owner',
  'business_steward',
  'technical_steward',
  'custodian',
  'council_member',
] as const;
export const governanceRoleSchema = z.enum(governanceRoles, {
  error: `must be one of ${governanceRoles.join(', ')}`,
});
export type GovernanceRole = z.infer<typeof governanceRoleSchema>;

/** The roles a domain is staffed with, in the order the responsibility matrix shows them. */
export const domainRoles = ['data_owner', 'business_steward', 'technical_steward', 'custodian'] as const;
/** The roles held for the governance program as a whole. */
export const programRoles = ['executive_sponsor', 'chief_data_officer', 'council_member'] as const;

export const raciLetters = ['R', 'A', 'C', 'I'] as const;
export const raciSchema = z.enum(raciLetters, { error: 'must be R, A, C or I' });
export type Raci = z.infer<typeof raciSchema>;

/**
 * What a role is held for. `program` with a null id is the governance program as a whole; an
 * `asset` (a table or view of the catalogue) answers to its own owners and stewards, or to its
 * domain's where it has none. Terms and MDM domains join as their areas land.
 */
export const scopeTypes = ['domain', 'asset', 'program'] as const;
export const scopeTypeSchema = z.enum(scopeTypes, { error: `must be one of ${scopeTypes.join(', ')}` });
export type ScopeType = z.infer<typeof scopeTypeSchema>;

export interface RoleScope {
  type: ScopeType;
  id: string | null;
}

export interface RoleAssignment extends RecordMeta {
  personId: string;
  role: GovernanceRole;
  scope: RoleScope;
  raci: Raci | null;
  note: string | null;
}

/** The RACI letter a role carries when the assigner does not choose one (section 3.3). */
export const defaultRaci: Record<GovernanceRole, Raci> = {
  executive_sponsor: 'A',
  chief_data_officer: 'R',
  data_owner: 'A',
  business_steward: 'R',
  technical_steward: 'R',
  custodian: 'R',
  council_member: 'C',
};

const scopeSchema = z
  .object({ type: scopeTypeSchema, id: idSchema.nullish().transform((value) => value ?? null) })
  .superRefine((scope, ctx) => {
    if (scope.type !== 'program' && !scope.id) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: `is required for a ${scope.type} scope` });
    }
    if (scope.type === 'program' && scope.id) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: 'must be empty for the program scope' });
    }
  });

export const assignRoleInputSchema = z
  .object({
    personId: idSchema,
    role: governanceRoleSchema,
    scope: scopeSchema,
    raci: raciSchema.nullish(),
    note: optionalTextSchema(2000),
  })
  .transform((input) => ({ ...input, raci: input.raci ?? defaultRaci[input.role] }));
export type AssignRoleInput = z.input<typeof assignRoleInputSchema>;

export const updateRoleAssignmentInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  raci: raciSchema.nullish(),
  note: optionalTextSchema(2000).optional(),
});
export type UpdateRoleAssignmentInput = z.input<typeof updateRoleAssignmentInputSchema>;

export const unassignRoleInputSchema = z.object({ id: idSchema, version: versionSchema });
export type UnassignRoleInput = z.input<typeof unassignRoleInputSchema>;

/** The accountable owner of a scope: the data owner marked A. At most one per scope. */
export function isAccountableOwner(assignment: Pick<RoleAssignment, 'role' | 'raci'>): boolean {
  return assignment.role === 'data_owner' && assignment.raci === 'A';
}
