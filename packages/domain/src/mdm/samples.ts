import { z } from 'zod';
import { idSchema, nameSchema, type RecordMeta } from '../shared/schemas.js';

/** The largest sample an architect can upload for a simulation (a preview, not a production run). */
export const MAX_SAMPLE_RECORDS = 50_000;
export const MAX_SAMPLE_BYTES = 20 * 1024 * 1024;

const optionalColumn = z
  .string()
  .trim()
  .max(200)
  .nullish()
  .transform((value) => value || null);

export const uploadMdmSampleInputSchema = z.object({
  mdmDomainId: idSchema,
  name: nameSchema,
  fileName: optionalColumn,
  /** The file's text: a header line, then one record per line. */
  csv: z
    .string({ error: 'is required' })
    .min(1, { error: 'is empty' })
    .max(MAX_SAMPLE_BYTES, { error: `must be at most ${MAX_SAMPLE_BYTES / 1024 / 1024} MB` }),
  /** Identifies a record (never matched on); without it, records are numbered by line. */
  idColumn: optionalColumn,
  /** Ground truth: same value, same entity (never matched on; scores the simulation). */
  truthColumn: optionalColumn,
  /** Each record's source system (survivorship by source priority and trust reads it). */
  sourceColumn: optionalColumn,
  updatedAtColumn: optionalColumn,
});
export type UploadMdmSampleInput = z.input<typeof uploadMdmSampleInputSchema>;

export interface MdmSample extends RecordMeta {
  mdmDomainId: string;
  name: string;
  fileName: string | null;
  idColumn: string | null;
  truthColumn: string | null;
  sourceColumn: string | null;
  updatedAtColumn: string | null;
  columns: string[];
  recordCount: number;
}

export const startMdmSimulationInputSchema = z.object({
  policyVersionId: idSchema,
  sampleId: idSchema,
  /** Link the sample's sources one to one instead of deduplicating it. */
  link: z.boolean().default(false),
});
export type StartMdmSimulationInput = z.input<typeof startMdmSimulationInputSchema>;

const columnNameSchema = z.string({ error: 'is required' }).trim().min(1, { error: 'must not be empty' }).max(200);

/**
 * A sample read from a catalogued table: which of its columns holds each attribute in scope,
 * which identifies a row, which says its source system and when it last changed.
 */
export const sampleMdmFromTableInputSchema = z.object({
  mdmDomainId: idSchema,
  assetId: idSchema,
  name: nameSchema,
  /** Attribute name → the table's column holding it. */
  columns: z
    .array(z.object({ attribute: columnNameSchema, column: columnNameSchema }))
    .min(1, { error: 'must map at least one attribute to a column' })
    .max(60),
  idColumn: optionalColumn,
  sourceColumn: optionalColumn,
  /** One source name for every row, when the table has no source column (default: its schema). */
  source: optionalColumn,
  updatedAtColumn: optionalColumn,
  limit: z
    .number()
    .int()
    .min(1, { error: 'must be at least 1' })
    .max(MAX_SAMPLE_RECORDS, { error: `must be at most ${MAX_SAMPLE_RECORDS.toLocaleString('en-US')}` })
    .default(5000),
});
export type SampleMdmFromTableInput = z.input<typeof sampleMdmFromTableInputSchema>;
