import { z } from 'zod';
import { idSchema, nameSchema, optionalTextSchema, type RecordMeta, versionSchema } from '../shared/schemas.js';

/** Where a term stands. The live record is the last approved version while a change is pending. */
export const termStatuses = ['draft', 'in_review', 'approved', 'deprecated', 'rejected'] as const;
export const termStatusSchema = z.enum(termStatuses, { error: `must be one of ${termStatuses.join(', ')}` });
export type TermStatus = z.infer<typeof termStatusSchema>;

export const classifications = ['public', 'internal', 'confidential', 'restricted'] as const;
export const classificationSchema = z.enum(classifications, {
  error: `must be one of ${classifications.join(', ')}`,
});
export type Classification = z.infer<typeof classificationSchema>;

/** Typed relations between terms; each reads differently from its other end. */
export const termRelationTypes = ['related_to', 'is_a', 'part_of', 'replaces'] as const;
export const termRelationTypeSchema = z.enum(termRelationTypes, {
  error: `must be one of ${termRelationTypes.join(', ')}`,
});
export type TermRelationType = z.infer<typeof termRelationTypeSchema>;

const shortText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `must be at most ${max} characters` });

/** A list of distinct, trimmed, non-empty words or phrases (synonyms, tags). */
const phraseList = (max: number, label: string) =>
  z
    .array(shortText(200), { error: `must be a list of ${label}` })
    .max(max, { error: `must have at most ${max} ${label}` })
    .default([])
    .transform((items) => {
      const seen = new Set<string>();
      return items.filter((item) => {
        const key = item.toLowerCase();
        if (!item || seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    });

export const externalReferenceSchema = z.object({
  label: shortText(200).min(1, { error: 'must not be empty' }),
  url: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .max(2000, { error: 'must be at most 2000 characters' }),
});
export type ExternalReference = z.infer<typeof externalReferenceSchema>;

export const termRelationInputSchema = z.object({
  type: termRelationTypeSchema,
  termId: idSchema,
});
export type TermRelationInput = z.infer<typeof termRelationInputSchema>;

/**
 * What a steward writes about a term: everything a proposal can change. The live term and every
 * revision hold one of these; a diff compares two of them field by field.
 */
export const termContentSchema = z.object({
  name: nameSchema,
  definition: z
    .string({ error: 'is required' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(20_000, { error: 'must be at most 20000 characters' }),
  abbreviation: optionalTextSchema(50),
  synonyms: phraseList(50, 'synonyms'),
  examples: optionalTextSchema(5000),
  validValues: optionalTextSchema(5000),
  businessRules: optionalTextSchema(10_000),
  domainId: idSchema.nullish().transform((value) => value ?? null),
  parentId: idSchema.nullish().transform((value) => value ?? null),
  ownerId: idSchema.nullish().transform((value) => value ?? null),
  stewardId: idSchema.nullish().transform((value) => value ?? null),
  /** Who reviews changes; empty means the glossary's reviewers, else the domain's stewards. */
  reviewerIds: z.array(idSchema).max(20, { error: 'must have at most 20 reviewers' }).default([]),
  criticalDataElement: z.boolean().default(false),
  classification: classificationSchema.default('internal'),
  tags: phraseList(30, 'tags'),
  externalReferences: z
    .array(externalReferenceSchema)
    .max(20, { error: 'must have at most 20 references' })
    .default([]),
  /** Outgoing typed relations; incoming ones are shown on the other term. */
  relations: z.array(termRelationInputSchema).max(100, { error: 'must have at most 100 relations' }).default([]),
});
export type TermContent = z.output<typeof termContentSchema>;
export type TermContentInput = z.input<typeof termContentSchema>;

/** The fields of TermContent in display order (diffs and CSV follow it). */
export const termContentFields = [
  'name',
  'definition',
  'abbreviation',
  'synonyms',
  'examples',
  'validValues',
  'businessRules',
  'domainId',
  'parentId',
  'ownerId',
  'stewardId',
  'reviewerIds',
  'criticalDataElement',
  'classification',
  'tags',
  'externalReferences',
  'relations',
] as const satisfies readonly (keyof TermContent)[];
export type TermContentField = (typeof termContentFields)[number];

export interface Glossary extends RecordMeta {
  name: string;
  description: string | null;
  /**
   * When true (the default), a reviewer's own proposal still needs another reviewer. When
   * false, a reviewer's own edits take effect at once (and say so in the history).
   */
  reviewerEditsNeedSecondReviewer: boolean;
}

export type GlossaryMemberRole = 'owner' | 'reviewer';

/** A term as it stands: its live content plus where it is in its lifecycle. */
export interface GlossaryTerm extends RecordMeta, TermContent {
  glossaryId: string;
  status: TermStatus;
  replacedById: string | null;
  /** The number of the last approved revision; 0 before the first approval. */
  approvedRevision: number;
}

export const createGlossaryInputSchema = z.object({
  name: nameSchema,
  description: optionalTextSchema(),
  reviewerEditsNeedSecondReviewer: z.boolean().default(true),
  ownerIds: z.array(idSchema).max(20).default([]),
  reviewerIds: z.array(idSchema).max(50).default([]),
});
export type CreateGlossaryInput = z.input<typeof createGlossaryInputSchema>;

export const updateGlossaryInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  name: nameSchema.optional(),
  description: optionalTextSchema().optional(),
  reviewerEditsNeedSecondReviewer: z.boolean().optional(),
  ownerIds: z.array(idSchema).max(20).optional(),
  reviewerIds: z.array(idSchema).max(50).optional(),
});
export type UpdateGlossaryInput = z.input<typeof updateGlossaryInputSchema>;
