import { type Database, dataAssets, dataFields, mdmSamples, type Queryable } from '@steward/db';
import {
  type Actor,
  assertCan,
  InputError,
  idSchema,
  MAX_SAMPLE_RECORDS,
  type MdmSample,
  NotFoundError,
  parseInput,
  type SampleMdmFromTableInput,
  sampleMdmFromTableInputSchema,
  uploadMdmSampleInputSchema,
} from '@steward/domain';
import { readCsvRecords, SampleFileError, type SourceRecord } from '@steward/mdm';
import { stringify } from 'csv-stringify/sync';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { withSourceSession } from '../catalog/postgres-connector.js';
import type { SecretBox } from '../catalog/secret-box.js';
import { credentialsOf, loadDataSourceRow } from '../catalog/sources.js';
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

/**
 * Reads a sample from a catalogued table (read-only, under the source's statement timeout) and
 * keeps it like an uploaded file: each mapped column becomes its attribute, the id, source and
 * update columns are read as such. The source is read before the sample's transaction opens.
 */
export async function sampleMdmFromTable(
  db: Database,
  actor: Actor,
  rawInput: SampleMdmFromTableInput,
  secrets: SecretBox,
): Promise<MdmSample> {
  assertCan(actor, 'mdm:design');
  const input = parseInput(sampleMdmFromTableInputSchema, rawInput);
  const domain = await domainOf(db, input.mdmDomainId);
  const [asset] = await db.select().from(dataAssets).where(eq(dataAssets.id, input.assetId));
  if (!asset) throw new NotFoundError('DataAsset', input.assetId, { field: 'assetId' });
  if (asset.removedAt) throw InputError.forField('assetId', 'is no longer in its source');
  const fields = await db
    .select({ name: dataFields.name })
    .from(dataFields)
    .where(and(eq(dataFields.assetId, asset.id), isNull(dataFields.removedAt)));
  const known = new Set(fields.map((field) => field.name));
  const attributes = new Set(domain.attributes.map((attribute) => attribute.name));
  input.columns.forEach((entry, index) => {
    if (!attributes.has(entry.attribute))
      throw InputError.forField(
        `columns.${index}.attribute`,
        `is not an attribute of ${domain.name} (${entry.attribute})`,
      );
    if (!known.has(entry.column))
      throw InputError.forField(
        `columns.${index}.column`,
        `is not a column of ${asset.schemaName}.${asset.name} (${entry.column})`,
      );
  });
  for (const field of ['idColumn', 'sourceColumn', 'updatedAtColumn'] as const) {
    const column = input[field];
    if (column && !known.has(column))
      throw InputError.forField(field, `is not a column of ${asset.schemaName}.${asset.name} (${column})`);
  }
  const source = await loadDataSourceRow(db, asset.sourceId);
  const wanted = [
    ...new Set([
      ...input.columns.map((entry) => entry.column),
      ...[input.idColumn, input.sourceColumn, input.updatedAtColumn].filter((column): column is string =>
        Boolean(column),
      ),
    ]),
  ];
  const rows = await withSourceSession(
    credentialsOf(source, secrets),
    (sql) => sql`select ${sql(wanted)} from ${sql(asset.schemaName)}.${sql(asset.name)} limit ${input.limit}`,
  );
  const text = (value: unknown) =>
    value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : String(value);
  const header = [
    ...input.columns.map((entry) => entry.attribute),
    ...(input.idColumn ? ['__id'] : []),
    '__source',
    ...(input.updatedAtColumn ? ['__updated_at'] : []),
  ];
  const body = (rows as unknown as Record<string, unknown>[]).map((row) => [
    ...input.columns.map((entry) => text(row[entry.column])),
    ...(input.idColumn ? [text(row[input.idColumn])] : []),
    input.sourceColumn ? text(row[input.sourceColumn]) : (input.source ?? asset.schemaName),
    ...(input.updatedAtColumn ? [text(row[input.updatedAtColumn])] : []),
  ]);
  return uploadMdmSample(db, actor, {
    mdmDomainId: domain.id,
    name: input.name,
    fileName: `${asset.schemaName}.${asset.name}`,
    csv: stringify([header, ...body]),
    idColumn: input.idColumn ? '__id' : null,
    sourceColumn: '__source',
    updatedAtColumn: input.updatedAtColumn ? '__updated_at' : null,
  });
}
