import { z } from 'zod';
import { idSchema, nameSchema, optionalTextSchema, type RecordMeta, versionSchema } from '../shared/schemas.js';

/** A subject area of the business (Customer, Product…) that data is owned and stewarded by. */
export interface Domain extends RecordMeta {
  name: string;
  description: string | null;
  parentId: string | null;
}

export const createDomainInputSchema = z.object({
  name: nameSchema,
  description: optionalTextSchema(),
  parentId: idSchema.nullish().transform((value) => value ?? null),
});
export type CreateDomainInput = z.input<typeof createDomainInputSchema>;

export const updateDomainInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  name: nameSchema.optional(),
  description: optionalTextSchema().optional(),
  /** Moving the domain: null makes it a root; absent leaves it where it is. */
  parentId: idSchema.nullish(),
});
export type UpdateDomainInput = z.input<typeof updateDomainInputSchema>;
