import { z } from 'zod';
import { emailSchema, idSchema, nameSchema, type RecordMeta, versionSchema } from '../shared/schemas.js';
import { type AppRole, appRoleSchema } from './actor.js';

/** A sign-in. Linked to the person it is, when that person is in the directory. */
export interface Account extends RecordMeta {
  email: string;
  displayName: string;
  role: AppRole;
  personId: string | null;
  disabled: boolean;
  mustChangePassword: boolean;
  lastSignInAt: Date | null;
}

/** NIST SP 800-63B: length over composition rules; 12 is our floor, 256 a DoS guard for the hash. */
export const passwordSchema = z
  .string({ error: 'is required' })
  .min(12, { error: 'must be at least 12 characters' })
  .max(256, { error: 'must be at most 256 characters' });

export const signInInputSchema = z.object({
  email: emailSchema,
  // Not the policy schema: an old password shorter than today's rule must still sign in.
  password: z.string({ error: 'is required' }).min(1, { error: 'is required' }).max(256),
});
export type SignInInput = z.input<typeof signInInputSchema>;

export const createAccountInputSchema = z
  .object({
    email: emailSchema,
    /** Defaults to the linked person's name. */
    displayName: nameSchema.nullish(),
    role: appRoleSchema,
    /** Absent: Steward makes a one-time password, to be changed at the first sign-in. */
    password: passwordSchema.nullish(),
    personId: idSchema.nullish().transform((value) => value ?? null),
    mustChangePassword: z.boolean().nullish(),
  })
  .superRefine((input, ctx) => {
    if (!input.displayName && !input.personId) {
      ctx.addIssue({
        code: 'custom',
        path: ['displayName'],
        message: 'is required unless the account is linked to a person',
      });
    }
  });
export type CreateAccountInput = z.input<typeof createAccountInputSchema>;

export const updateAccountInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  role: appRoleSchema.optional(),
  disabled: z.boolean().optional(),
  displayName: nameSchema.optional(),
});
export type UpdateAccountInput = z.input<typeof updateAccountInputSchema>;

export const changePasswordInputSchema = z
  .object({
    currentPassword: z.string({ error: 'is required' }).min(1, { error: 'is required' }).max(256),
    newPassword: passwordSchema,
  })
  .refine((input) => input.currentPassword !== input.newPassword, {
    path: ['newPassword'],
    message: 'must differ from the current password',
  });
export type ChangePasswordInput = z.input<typeof changePasswordInputSchema>;

export const createApiTokenInputSchema = z.object({
  name: nameSchema,
  /** Tokens always expire; a year at most. */
  expiresInDays: z
    .number({ error: 'must be a number of days' })
    .int()
    .min(1, { error: 'must be at least 1 day' })
    .max(366, { error: 'must be at most 366 days' })
    .default(90),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenInputSchema>;

export const revokeApiTokenInputSchema = z.object({ id: idSchema });

export interface ApiToken {
  id: string;
  accountId: string;
  name: string;
  /** The first characters of the token, so a user can tell tokens apart. */
  prefix: string;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** Session lifetime: sliding idle timeout within an absolute cap. */
export const SESSION_IDLE_HOURS = 12;
export const SESSION_ABSOLUTE_DAYS = 7;
