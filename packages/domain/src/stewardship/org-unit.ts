import { z } from 'zod';
import { idSchema, nameSchema, optionalTextSchema, type RecordMeta, versionSchema } from '../shared/schemas.js';

/** Levels of an enterprise organisation, top down. */
export const orgUnitKinds = ['group', 'division', 'department', 'team'] as const;
export const orgUnitKindSchema = z.enum(orgUnitKinds, { error: `must be one of ${orgUnitKinds.join(', ')}` });
export type OrgUnitKind = z.infer<typeof orgUnitKindSchema>;

export interface OrgUnit extends RecordMeta {
  name: string;
  kind: OrgUnitKind;
  description: string | null;
  parentId: string | null;
}

export const createOrgUnitInputSchema = z.object({
  name: nameSchema,
  kind: orgUnitKindSchema.default('department'),
  description: optionalTextSchema(),
  parentId: idSchema.nullish().transform((value) => value ?? null),
});
export type CreateOrgUnitInput = z.input<typeof createOrgUnitInputSchema>;

export const updateOrgUnitInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  name: nameSchema.optional(),
  kind: orgUnitKindSchema.optional(),
  description: optionalTextSchema().optional(),
  /** Moving the unit: null makes it a root; absent leaves it where it is. */
  parentId: idSchema.nullish(),
});
export type UpdateOrgUnitInput = z.input<typeof updateOrgUnitInputSchema>;

export const deleteRecordInputSchema = z.object({ id: idSchema, version: versionSchema });
export type DeleteRecordInput = z.input<typeof deleteRecordInputSchema>;
