import { z } from 'zod';
import {
  emailSchema,
  idSchema,
  nameSchema,
  optionalTextSchema,
  type RecordMeta,
  versionSchema,
} from '../shared/schemas.js';

/** Someone who can hold a governance role. Not necessarily someone who signs in. */
export interface Person extends RecordMeta {
  name: string;
  email: string;
  title: string | null;
  orgUnitId: string | null;
  active: boolean;
}

export const createPersonInputSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  title: optionalTextSchema(200),
  orgUnitId: idSchema.nullish().transform((value) => value ?? null),
});
export type CreatePersonInput = z.input<typeof createPersonInputSchema>;

export const updatePersonInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  name: nameSchema.optional(),
  email: emailSchema.optional(),
  title: optionalTextSchema(200).optional(),
  orgUnitId: idSchema.nullish(),
});
export type UpdatePersonInput = z.input<typeof updatePersonInputSchema>;

export const setPersonActiveInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  active: z.boolean({ error: 'must be true or false' }),
});
export type SetPersonActiveInput = z.input<typeof setPersonActiveInputSchema>;

export const personOrderings = ['NAME_ASC', 'NAME_DESC', 'CREATED_AT_DESC'] as const;
export type PersonOrdering = (typeof personOrderings)[number];

export const personFilterSchema = z
  .object({
    search: z.string().trim().max(200).nullish(),
    active: z.boolean().nullish(),
    orgUnitId: idSchema.nullish(),
    role: z.string().nullish(),
  })
  .nullish();
export type PersonFilter = z.output<typeof personFilterSchema>;
