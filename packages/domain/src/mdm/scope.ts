import { z } from 'zod';
import { idSchema, nameSchema, optionalTextSchema, type RecordMeta, versionSchema } from '../shared/schemas.js';

/**
 * An MDM domain's scope (reference/governance-process.md §5): what counts as one entity, the
 * attributes in scope, the participating sources and their trust, the hub style and workflow,
 * the relations to other MDM domains, and the governance domain whose data owner approves its
 * golden-record policies.
 */

/** The four implementation styles (DMBOK2 and the common MDM vocabulary), each explained. */
export const hubStyles = ['registry', 'consolidation', 'coexistence', 'centralized'] as const;
export type HubStyle = (typeof hubStyles)[number];

export const hubStyleExplanations: Record<HubStyle, { title: string; explanation: string }> = {
  registry: {
    title: 'Registry',
    explanation:
      'Match and link only: an index points to the records in each system; no golden copy is stored. Least intrusive, fastest to start.',
  },
  consolidation: {
    title: 'Consolidation',
    explanation:
      'Sources keep authoring; a golden copy is built in the hub for reporting and analytics and is not pushed back.',
  },
  coexistence: {
    title: 'Coexistence',
    explanation:
      'The golden copy is synchronised back to the sources, so authoring happens in several places and every system converges.',
  },
  centralized: {
    title: 'Centralized',
    explanation:
      'Authoring happens only in the hub, which is the system of record; applications read and write master data there.',
  },
};

/** What happens to a match (DMBOK2's three workflow types). */
export const matchWorkflows = ['identify', 'link', 'merge'] as const;
export type MatchWorkflow = (typeof matchWorkflows)[number];

export const matchWorkflowExplanations: Record<MatchWorkflow, string> = {
  identify: 'Flag candidate duplicates for stewards to review; nothing changes automatically.',
  link: 'Cross-reference records to one master id without changing them; easy to undo.',
  merge: 'Build one reconciled golden record from several, by survivorship rules per attribute.',
};

const attributeNameSchema = z
  .string({ error: 'is required' })
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,62}$/, { error: 'must be lower_case letters, digits and underscores' });

export const mdmAttributeSchema = z.object({
  name: attributeNameSchema,
  label: z
    .string()
    .trim()
    .max(100)
    .nullish()
    .transform((value) => value || null),
  /** The glossary term that defines it, when there is one. */
  termId: idSchema.nullish().transform((value) => value ?? null),
  /** A critical data element: quality and survivorship of this attribute matter most. */
  critical: z.boolean().default(false),
  /** Personal or sensitive: masked in samples shown to people without need. */
  sensitive: z.boolean().default(false),
});
export type MdmAttribute = z.output<typeof mdmAttributeSchema>;

export const mdmSourceSchema = z.object({
  name: z.string({ error: 'is required' }).trim().min(1, { error: 'must not be empty' }).max(100),
  /** The catalogue source it is, when it is one. */
  catalogSourceId: idSchema.nullish().transform((value) => value ?? null),
  /** 1 is the system of record; lower wins under source priority. */
  priority: z.number().int().min(1).max(100),
  /** Trust 0–1 when a value is fresh. */
  trust: z.number().min(0).max(1),
});
export type MdmSource = z.output<typeof mdmSourceSchema>;

export const mdmRelationSchema = z.object({
  toMdmDomainId: idSchema,
  /** How the two relate, e.g. "buys", "supplies", "household of". */
  kind: z.string().trim().min(1, { error: 'must not be empty' }).max(60),
});
export type MdmRelation = z.output<typeof mdmRelationSchema>;

const uniqueBy =
  <T>(label: string, keyOf: (item: T) => string) =>
  (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const key = keyOf(item).toLowerCase();
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: [index], message: `repeats the ${label} ${keyOf(item)}` });
      seen.add(key);
    });
  };

const scopeFields = {
  description: optionalTextSchema(4000),
  hubStyle: z.enum(hubStyles, { error: `must be one of ${hubStyles.join(', ')}` }),
  workflow: z.enum(matchWorkflows, { error: `must be one of ${matchWorkflows.join(', ')}` }),
  /** The business problem it serves and who consumes the golden record. */
  businessDriver: optionalTextSchema(4000),
  /** The governance domain whose accountable data owner approves its policies. */
  domainId: idSchema.nullish().transform((value) => value ?? null),
  attributes: z
    .array(mdmAttributeSchema)
    .max(60)
    .superRefine(uniqueBy('attribute', (item) => item.name)),
  sources: z
    .array(mdmSourceSchema)
    .max(30)
    .superRefine(uniqueBy('source', (item) => item.name)),
  relations: z
    .array(mdmRelationSchema)
    .max(30)
    .superRefine(uniqueBy('relation', (item) => `${item.toMdmDomainId}/${item.kind}`)),
};

export const createMdmDomainInputSchema = z.object({
  name: nameSchema,
  ...scopeFields,
  attributes: scopeFields.attributes.default([]),
  sources: scopeFields.sources.default([]),
  relations: scopeFields.relations.default([]),
  workflow: scopeFields.workflow.default('identify'),
});
export type CreateMdmDomainInput = z.input<typeof createMdmDomainInputSchema>;

export const updateMdmDomainInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  name: nameSchema.optional(),
  description: scopeFields.description.optional(),
  hubStyle: scopeFields.hubStyle.optional(),
  workflow: scopeFields.workflow.optional(),
  businessDriver: scopeFields.businessDriver.optional(),
  domainId: scopeFields.domainId.optional(),
  attributes: scopeFields.attributes.optional(),
  sources: scopeFields.sources.optional(),
  relations: scopeFields.relations.optional(),
});
export type UpdateMdmDomainInput = z.input<typeof updateMdmDomainInputSchema>;

export interface MdmDomain extends RecordMeta {
  name: string;
  description: string | null;
  hubStyle: HubStyle;
  workflow: MatchWorkflow;
  businessDriver: string | null;
  domainId: string | null;
  attributes: MdmAttribute[];
  sources: MdmSource[];
  relations: MdmRelation[];
}
