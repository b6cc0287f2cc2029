import { mdmSamples, type Queryable } from '@steward/db';
import { InputError, idSchema, MAX_SAMPLE_RECORDS, type MdmSample, uploadMdmSampleInputSchema } from '@steward/domain';
import { readCsvRecords, SampleFileError, type SourceRecord } from '@steward/mdm';
import { desc, eq, inArray } from 'drizzle-orm';
import { defineUseCase } from '../shared/use-case.js';
import { domainOf } from './domains.js';

type SampleRow = typeof mdmSamples.$inferSelect;

export const toMdmSample = (row: SampleRow): MdmSample => ({
  id: row.id,
  version: row.version,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  createdBy: row.createdBy,
  updatedBy: row.updatedBy,
  mdmDomainId: row.mdmDomainId,
  name: row.name,
  fileName: row.fileName,
  idColumn: row.idColumn,
  truthColumn: row.truthColumn,
  sourceColumn: row.sourceColumn,
  updatedAtColumn: row.updatedAtColumn,
  columns: row.columns as string[],
  recordCount: row.recordCount,
});

/** The columns of a sample list without its records (they can be megabytes). */
const sampleColumns = {
  id: mdmSamples.id,
  version: mdmSamples.version,
  createdAt: mdmSamples.createdAt,
  updatedAt: mdmSamples.updatedAt,
  createdBy: mdmSamples.createdBy,
  updatedBy: mdmSamples.updatedBy,
  mdmDomainId: mdmSamples.mdmDomainId,
  name: mdmSamples.name,
  fileName: mdmSamples.fileName,
  idColumn: mdmSamples.idColumn,
  truthColumn: mdmSamples.truthColumn,
  sourceColumn: mdmSamples.sourceColumn,
  updatedAtColumn: mdmSamples.updatedAtColumn,
  columns: mdmSamples.columns,
  recordCount: mdmSamples.recordCount,
};

/**
 * Keeps sample records for simulations: a CSV parsed once (ids, sources, update times, ground
 * truth), checked to carry at least one attribute of the domain's scope.
 */
export const uploadMdmSample = defineUseCase({
  action: 'mdm.sample.upload',
  input: uploadMdmSampleInputSchema,
  permission: 'mdm:design',
  async run({ tx, actor, audit, now }, input): Promise<MdmSample> {
    const domain = await domainOf(tx, input.mdmDomainId);
    let parsed: ReturnType<typeof readCsvRecords>;
    try {
      parsed = readCsvRecords(input.csv, {
        idColumn: input.idColumn ?? '',
        truthColumn: input.truthColumn ?? undefined,
        sourceColumn: input.sourceColumn ?? undefined,
        updatedAtColumn: input.updatedAtColumn ?? undefined,
      });
    } catch (error) {
      if (error instanceof SampleFileError)
        throw InputError.forField(error.field === 'file' ? 'csv' : error.field, error.message);
      throw error;
    }
    if (parsed.records.length === 0) throw InputError.forField('csv', 'has a header line but no records');
    if (parsed.records.length > MAX_SAMPLE_RECORDS)
      throw InputError.forField(
        'csv',
        `has ${parsed.records.length.toLocaleString('en-US')} records; a sample holds at most ${MAX_SAMPLE_RECORDS.toLocaleString('en-US')}`,
      );
    const inScope = domain.attributes.filter((attribute) => parsed.columns.includes(attribute.name));
    if (domain.attributes.length > 0 && inScope.length === 0)
      throw InputError.forField(
        'csv',
        `has none of ${domain.name}'s attributes as a column (${domain.attributes.map((attribute) => attribute.name).join(', ')})`,
      );
    const [row] = await tx
      .insert(mdmSamples)
      .values({
        mdmDomainId: domain.id,
        name: input.name,
        fileName: input.fileName,
        idColumn: input.idColumn,
        truthColumn: input.truthColumn,
        sourceColumn: input.sourceColumn,
        updatedAtColumn: input.updatedAtColumn,
        columns: parsed.columns,
        recordCount: parsed.records.length,
        records: parsed.records,
        truth: parsed.truth ?? null,
        createdAt: now,
        updatedAt: now,
        createdBy: actor.accountId,
        updatedBy: actor.accountId,
      })
      .returning(sampleColumns);
    const sample = toMdmSample(row as SampleRow);
    await audit({ entityType: 'MdmSample', entityId: sample.id, after: sample, relatedIds: [domain.id] });
    return sample;
  },
});

export async function listMdmSamples(db: Queryable, mdmDomainIds: readonly string[]): Promise<MdmSample[][]> {
  if (mdmDomainIds.length === 0) return [];
  const rows = await db
    .select(sampleColumns)
    .from(mdmSamples)
    .where(inArray(mdmSamples.mdmDomainId, [...mdmDomainIds]))
    .orderBy(desc(mdmSamples.createdAt));
  return mdmDomainIds.map((id) =>
    rows.filter((row) => row.mdmDomainId === id).map((row) => toMdmSample(row as SampleRow)),
  );
}

export async function getMdmSamples(db: Queryable, ids: readonly string[]): Promise<(MdmSample | undefined)[]> {
  const valid = ids.filter((id) => idSchema.safeParse(id).success);
  if (valid.length === 0) return ids.map(() => undefined);
  const rows = await db.select(sampleColumns).from(mdmSamples).where(inArray(mdmSamples.id, valid));
  const byId = new Map(rows.map((row) => [row.id, toMdmSample(row as SampleRow)]));
  return ids.map((id) => byId.get(id));
}

/** A sample's records (and truth labels) for a run. */
export async function sampleRecordsOf(
  db: Queryable,
  sampleId: string,
): Promise<{ records: SourceRecord[]; truth: string[] | null } | null> {
  const [row] = await db
    .select({ records: mdmSamples.records, truth: mdmSamples.truth })
    .from(mdmSamples)
    .where(eq(mdmSamples.id, sampleId));
  return row ? { records: row.records as SourceRecord[], truth: (row.truth as string[] | null) ?? null } : null;
}
