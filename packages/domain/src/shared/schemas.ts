import { z } from 'zod';

/** A record id. */
export const idSchema = z.uuid({ error: 'must be a valid id' });

/** The version the client read, for optimistic concurrency. */
export const versionSchema = z.number({ error: 'must be the version you read' }).int().positive();

/** A required display name: trimmed, 1 to 200 characters. */
export const nameSchema = z
  .string({ error: 'is required' })
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(200, { error: 'must be at most 200 characters' });

/** Optional free text (descriptions, notes): trimmed, empty becomes null. */
export const optionalTextSchema = (max = 10_000) =>
  z
    .string()
    .trim()
    .max(max, { error: `must be at most ${max} characters` })
    .nullish()
    .transform((value) => (value ? value : null));

export const emailSchema = z
  .string({ error: 'is required' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'must be a valid email address' }).max(320));

/** Fields every stored record carries. */
export interface RecordMeta {
  id: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  createdBy: string | null;
  updatedBy: string | null;
}

/** One page of a list, with the keyset cursor of its last row. */
export interface Page<T> {
  nodes: T[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

export const pageArgsSchema = z.object({
  first: z
    .number()
    .int()
    .min(1, { error: 'must be at least 1' })
    .max(MAX_PAGE_SIZE, { error: `must be at most ${MAX_PAGE_SIZE}` })
    .nullish()
    .transform((value) => value ?? DEFAULT_PAGE_SIZE),
  after: z.string().max(500).nullish(),
});
export type PageArgs = z.output<typeof pageArgsSchema>;

/** What a caller asks of a list; validated by `pageArgsSchema`. */
export interface PageRequest {
  first?: number | null | undefined;
  after?: string | null | undefined;
}
