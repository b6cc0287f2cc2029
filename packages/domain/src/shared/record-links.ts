import { z } from 'zod';
import { idSchema } from './schemas.js';

/**
 * A link from one record to another of any area (a program deliverable to a council, a council
 * decision to the term it changed). Not a foreign key: the reader resolves it and says when the
 * record is gone.
 */
/** What a record link may point at; each kind is resolved to a name and a page. */
export const recordLinkTypes = [
  'council',
  'domain',
  'term',
  'asset',
  'quality_rule',
  'mdm_domain',
  'mdm_policy',
  'program_document',
  'roadmap',
  'roadmap_item',
  'ticket',
  'assessment',
  'metric',
  'policy',
] as const;
export type RecordLinkType = (typeof recordLinkTypes)[number];

export const recordLinkSchema = z.object({
  type: z.enum(recordLinkTypes, { error: `must be one of ${recordLinkTypes.join(', ')}` }),
  /** The record's id; the roadmap is the program's own and takes the program's id. */
  id: idSchema,
});
export type RecordLink = z.output<typeof recordLinkSchema>;

/** A link resolved for reading: its name and page, or that it no longer exists. */
export interface ResolvedRecordLink extends RecordLink {
  label: string;
  href: string | null;
  exists: boolean;
}
