import { z } from 'zod';
import { idSchema, nameSchema, optionalTextSchema, type RecordMeta, versionSchema } from '../shared/schemas.js';

/** The tiers of the organisational blueprint (DGUP step 5). */
export const councilKinds = ['executive_sponsors', 'governance_council', 'stewardship_council'] as const;
export const councilKindSchema = z.enum(councilKinds, { error: `must be one of ${councilKinds.join(', ')}` });
export type CouncilKind = z.infer<typeof councilKindSchema>;

export const councilMemberRoles = ['chair', 'member', 'secretary'] as const;
export const councilMemberRoleSchema = z.enum(councilMemberRoles, {
  error: `must be one of ${councilMemberRoles.join(', ')}`,
});
export type CouncilMemberRole = z.infer<typeof councilMemberRoleSchema>;

export interface Council extends RecordMeta {
  name: string;
  kind: CouncilKind;
  purpose: string | null;
  /** How often it meets, in words ("monthly", "every second Tuesday"). */
  cadence: string | null;
}

export interface CouncilMember {
  id: string;
  councilId: string;
  personId: string;
  role: CouncilMemberRole;
  createdAt: Date;
}

export const createCouncilInputSchema = z.object({
  name: nameSchema,
  kind: councilKindSchema,
  purpose: optionalTextSchema(),
  cadence: optionalTextSchema(200),
});
export type CreateCouncilInput = z.input<typeof createCouncilInputSchema>;

export const updateCouncilInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  name: nameSchema.optional(),
  kind: councilKindSchema.optional(),
  purpose: optionalTextSchema().optional(),
  cadence: optionalTextSchema(200).optional(),
});
export type UpdateCouncilInput = z.input<typeof updateCouncilInputSchema>;

/** Adding a member, or changing the role of one already there. Bumps the council's version. */
export const setCouncilMemberInputSchema = z.object({
  councilId: idSchema,
  councilVersion: versionSchema,
  personId: idSchema,
  role: councilMemberRoleSchema.default('member'),
});
export type SetCouncilMemberInput = z.input<typeof setCouncilMemberInputSchema>;

export const removeCouncilMemberInputSchema = z.object({
  councilId: idSchema,
  councilVersion: versionSchema,
  personId: idSchema,
});
export type RemoveCouncilMemberInput = z.input<typeof removeCouncilMemberInputSchema>;

/** A council has at most one chair. */
export function chairConflict(members: readonly CouncilMember[], personId: string, role: CouncilMemberRole) {
  if (role !== 'chair') return undefined;
  return members.find((member) => member.role === 'chair' && member.personId !== personId);
}
