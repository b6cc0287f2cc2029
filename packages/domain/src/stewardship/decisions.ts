import { z } from 'zod';
import { type RecordLink, recordLinkSchema } from '../shared/record-links.js';
import { idSchema, nameSchema, optionalTextSchema, type RecordMeta, versionSchema } from '../shared/schemas.js';

/**
 * A council's decision log (governance process step 5): what was decided, when, by which
 * council, why, and the records the decision changed.
 */

const isoDate = z.iso.date({ error: 'must be a date (YYYY-MM-DD)' });

const decisionFields = {
  decidedOn: isoDate,
  /** The decision in one line: "Customer email is owned by Sales". */
  title: nameSchema,
  details: optionalTextSchema(20_000),
  rationale: z.string().trim().min(1, { error: 'must say why the council decided so' }).max(10_000),
  links: z.array(recordLinkSchema).max(20).default([]),
  programId: idSchema.nullish().transform((value) => value ?? null),
};

export const recordDecisionInputSchema = z.object({ councilId: idSchema, ...decisionFields });
export type RecordDecisionInput = z.input<typeof recordDecisionInputSchema>;

export const updateDecisionInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  decidedOn: decisionFields.decidedOn.optional(),
  title: decisionFields.title.optional(),
  details: decisionFields.details.optional(),
  rationale: decisionFields.rationale.optional(),
  links: z.array(recordLinkSchema).max(20).optional(),
});
export type UpdateDecisionInput = z.input<typeof updateDecisionInputSchema>;

export const deleteDecisionInputSchema = z.object({ id: idSchema, version: versionSchema });

export interface CouncilDecision extends RecordMeta {
  councilId: string;
  programId: string | null;
  decidedOn: string;
  title: string;
  details: string | null;
  rationale: string;
  links: RecordLink[];
  recordedByPersonId: string | null;
}

/** A council's meetings as the decision log shows them: one per date with decisions. */
export function meetingsOf(decisions: readonly Pick<CouncilDecision, 'councilId' | 'decidedOn'>[]): {
  councilId: string;
  decidedOn: string;
  decisions: number;
}[] {
  const byKey = new Map<string, { councilId: string; decidedOn: string; decisions: number }>();
  for (const decision of decisions) {
    const key = `${decision.councilId} ${decision.decidedOn}`;
    const meeting = byKey.get(key) ?? { councilId: decision.councilId, decidedOn: decision.decidedOn, decisions: 0 };
    meeting.decisions += 1;
    byKey.set(key, meeting);
  }
  return [...byKey.values()].sort((a, b) => b.decidedOn.localeCompare(a.decidedOn));
}
