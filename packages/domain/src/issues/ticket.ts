import { z } from 'zod';
import { idSchema, optionalTextSchema, type RecordMeta, versionSchema } from '../shared/schemas.js';

/** What a ticket is about; each kind has its own key prefix (`DQ-42`). */
export const ticketKinds = [
  'data_quality',
  'definition',
  'access',
  'policy_exception',
  'duplicate_review',
  'other',
] as const;
export const ticketKindSchema = z.enum(ticketKinds, { error: `must be one of ${ticketKinds.join(', ')}` });
export type TicketKind = z.infer<typeof ticketKindSchema>;

export const ticketKeyPrefixes: Record<TicketKind, string> = {
  data_quality: 'DQ',
  definition: 'DEF',
  access: 'ACC',
  policy_exception: 'POL',
  duplicate_review: 'DUP',
  other: 'GOV',
};

/** P1 is the most urgent. */
export const ticketPriorities = ['P1', 'P2', 'P3', 'P4'] as const;
export const ticketPrioritySchema = z.enum(ticketPriorities, { error: 'must be one of P1, P2, P3, P4' });
export type TicketPriority = z.infer<typeof ticketPrioritySchema>;

export const ticketStatuses = [
  'open',
  'triaged',
  'in_progress',
  'blocked',
  'resolved',
  'closed',
  'wont_fix',
  'duplicate',
] as const;
export const ticketStatusSchema = z.enum(ticketStatuses, { error: `must be one of ${ticketStatuses.join(', ')}` });
export type TicketStatus = z.infer<typeof ticketStatusSchema>;

/** Statuses in which someone still owes work: the SLA clock runs and the ticket is in a queue. */
export const activeTicketStatuses: readonly TicketStatus[] = ['open', 'triaged', 'in_progress', 'blocked'];
export const isActiveTicketStatus = (status: TicketStatus) => activeTicketStatuses.includes(status);

/** The records a ticket can point at. Policies and program steps join when their areas land. */
export const ticketLinkTypes = ['term', 'asset', 'field', 'quality_rule'] as const;
export const ticketLinkTypeSchema = z.enum(ticketLinkTypes, { error: `must be one of ${ticketLinkTypes.join(', ')}` });
export type TicketLinkType = z.infer<typeof ticketLinkTypeSchema>;

export const ticketLinkInputSchema = z.object({ type: ticketLinkTypeSchema, id: idSchema });
export type TicketLinkInput = z.infer<typeof ticketLinkInputSchema>;

export interface Ticket extends RecordMeta {
  /** `DQ-42`: the prefix of its kind and a number counted per prefix. */
  key: string;
  kind: TicketKind;
  title: string;
  description: string | null;
  priority: TicketPriority;
  status: TicketStatus;
  reporterId: string | null;
  /** Who works it; null while it waits in the triage queue. */
  assigneeId: string | null;
  domainId: string | null;
  rootCauseId: string | null;
  resolution: string | null;
  duplicateOfId: string | null;
  /** When the SLA clock last started: creation, or the last reopening. */
  slaStartedAt: Date;
  triageDueAt: Date;
  resolveDueAt: Date;
  triagedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  triageBreachedAt: Date | null;
  resolveBreachedAt: Date | null;
}

const titleSchema = z
  .string({ error: 'is required' })
  .trim()
  .min(3, { error: 'must say what is wrong in at least 3 characters' })
  .max(300, { error: 'must be at most 300 characters' });

export const createTicketInputSchema = z.object({
  kind: ticketKindSchema,
  title: titleSchema,
  description: optionalTextSchema(20_000),
  priority: ticketPrioritySchema.nullish().transform((value) => value ?? 'P3'),
  domainId: idSchema.nullish().transform((value) => value ?? null),
  links: z
    .array(ticketLinkInputSchema)
    .max(20, { error: 'must have at most 20 links' })
    .nullish()
    .transform((value) => value ?? []),
  /** Assign to this person instead of routing; null or absent routes it. */
  assigneeId: idSchema.nullish().transform((value) => value ?? null),
  watcherIds: z
    .array(idSchema)
    .max(50, { error: 'must have at most 50 watchers' })
    .nullish()
    .transform((value) => value ?? []),
});
export type CreateTicketInput = z.input<typeof createTicketInputSchema>;

export const updateTicketInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  title: titleSchema.optional(),
  description: optionalTextSchema(20_000).optional(),
  priority: ticketPrioritySchema.optional(),
  domainId: idSchema.nullish(),
});

export const assignTicketInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  /** null sends the ticket back to the triage queue. */
  assigneeId: idSchema.nullable(),
});

export const commentOnTicketInputSchema = z.object({
  id: idSchema,
  body: z
    .string({ error: 'is required' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(20_000, { error: 'must be at most 20000 characters' }),
});

export const rootCauseSchema = z.object({
  code: z
    .string({ error: 'is required' })
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,49}$/, { error: 'must be 2 to 50 lower-case letters, digits or underscores' }),
  label: z
    .string({ error: 'is required' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(100, { error: 'must be at most 100 characters' }),
  description: optionalTextSchema(1000),
});

export interface RootCause extends RecordMeta {
  code: string;
  label: string;
  description: string | null;
  active: boolean;
  position: number;
}

/** Words `@name.surname` in a comment that mention a person by the local part of their email. */
export function mentionedHandles(body: string): string[] {
  const handles = new Set<string>();
  for (const match of body.matchAll(/(?:^|[^\w.@])@([a-z0-9][a-z0-9._-]*[a-z0-9])/gi)) {
    handles.add(match[1]!.toLowerCase());
  }
  return [...handles];
}
