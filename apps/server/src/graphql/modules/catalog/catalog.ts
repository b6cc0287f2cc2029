import {
  type CatalogChangeEntry,
  changesOfIngestRun,
  createDataSource,
  type DataAsset,
  type DataField,
  fieldsOfAssets,
  findJobsByIds,
  getDataAssets,
  getDataFields,
  getDataSources,
  historyOfAsset,
  type IngestRun,
  type IngestRunChange,
  ingestRunsOf,
  type LineageEdge,
  type LineageGraph,
  lineageOf,
  listDataAssets,
  listDataSources,
  requestIngest,
  schemasOfSources,
  testDataSourceConnection,
  updateDataSource,
} from '@steward/core';
import {
  assetKinds,
  type DataSource,
  dataSourceKinds,
  MAX_PAGE_SIZE,
  type PostgresConnection,
  sslModes,
} from '@steward/domain';
import { builder } from '../../builder.js';
import { connectionOf, pageArgs } from '../../connection.js';
import { actorOf, type GraphQLContext } from '../../context.js';
import { findOneOrNull, loadOrNotFound } from '../../loaders.js';
import { JobRef } from '../jobs/jobs.js';
import { Domain } from '../stewardship/types.js';

const AssetKindEnum = builder.enumType('AssetKind', { values: assetKinds });
const DataSourceKindEnum = builder.enumType('DataSourceKind', { values: dataSourceKinds });
const SslModeEnum = builder.enumType('SslMode', { values: sslModes });
const PasswordSourceEnum = builder.enumType('PasswordSource', {
  description: 'How a source password is kept: sealed in Steward, named in the server environment, or none.',
  values: ['stored', 'environment', 'none'] as const,
});
const LineageKindEnum = builder.enumType('LineageKind', { values: ['foreign_key', 'view', 'manual'] as const });

const SourceConnectionSettings = builder.objectRef<PostgresConnection>('SourceConnectionSettings').implement({
  description: 'Where a source is and who signs in. The password itself is never returned.',
  fields: (t) => ({
    host: t.exposeString('host'),
    port: t.exposeInt('port'),
    database: t.exposeString('database'),
    user: t.exposeString('user'),
    sslMode: t.field({ type: SslModeEnum, resolve: (connection) => connection.sslMode }),
    schemas: t.exposeStringList('schemas', { description: 'Schemas read; empty reads all.' }),
    passwordSource: t.field({ type: PasswordSourceEnum, resolve: (connection) => connection.passwordSource }),
    passwordEnv: t.exposeString('passwordEnv', { nullable: true }),
  }),
});

const SchemaSummary = builder.objectRef<{ name: string; assetCount: number }>('SourceSchema').implement({
  fields: (t) => ({ name: t.exposeString('name'), assetCount: t.exposeInt('assetCount') }),
});

const IngestRunRef = builder.objectRef<IngestRun>('IngestRun').implement({
  description: 'One ingest of a source: what it found and what changed.',
  fields: (t) => ({
    id: t.exposeID('id'),
    summary: t.exposeString('summary', { description: 'One line in English, such as "2 tables added".' }),
    counts: t.expose('counts', { type: 'JSON', description: 'Changes by kind (asset_added, field_type_changed …).' }),
    assetCount: t.exposeInt('assetCount'),
    fieldCount: t.exposeInt('fieldCount'),
    edgeCount: t.exposeInt('edgeCount'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export const DataSourceRef = builder.loadableObject('DataSource', {
  description: 'A system the catalogue is read from.',
  load: (ids: string[], context: GraphQLContext) =>
    loadOrNotFound('DataSource', ids, (batch) => getDataSources(context.db, batch)),
  fields: (t) => ({
    id: t.exposeID('id'),
    version: t.exposeInt('version'),
    name: t.exposeString('name'),
    kind: t.field({ type: DataSourceKindEnum, resolve: (source) => source.kind }),
    description: t.exposeString('description', { nullable: true }),
    domain: t.field({ type: Domain, nullable: true, resolve: (source) => source.domainId }),
    connection: t.field({ type: SourceConnectionSettings, resolve: (source) => source.connection }),
    serverVersion: t.exposeString('serverVersion', { nullable: true }),
    isDemo: t.boolean({ resolve: (source) => source.managedBy === 'demo' }),
    lastIngestAt: t.expose('lastIngestAt', { type: 'DateTime', nullable: true }),
    lastIngestJob: t.field({
      type: JobRef,
      nullable: true,
      description: 'The latest ingest, queued, running or done.',
      resolve: async (source, _args, context) => {
        if (!source.lastIngestJobId) return null;
        const job = await context
          .loader('jobsById', (ids) => findJobsByIds(context.db, ids))
          .load(source.lastIngestJobId);
        return job ? { ...job, progress: context.liveJobProgress(job.id) ?? job.progress } : null;
      },
    }),
    schemas: t.field({
      type: [SchemaSummary],
      resolve: (source, _args, context) =>
        context.loader('sourceSchemas', (ids) => schemasOfSources(context.db, ids)).load(source.id),
    }),
    ingestRuns: t.field({
      type: [IngestRunRef],
      description: 'The latest ingests, newest first.',
      args: { last: t.arg.int({ description: 'How many, at most 100 (default 10).' }) },
      resolve: (source, args, context) => ingestRunsOf(context.db, source.id, args.last ?? 10),
    }),
  }),
});

const CatalogChangeRef = builder.objectRef<CatalogChangeEntry>('CatalogChange').implement({
  description: 'What an ingest changed on an asset.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.exposeString('kind', { description: 'asset_added, field_type_changed, field_removed …' }),
    fieldName: t.exposeString('fieldName', { nullable: true }),
    before: t.exposeString('before', { nullable: true }),
    after: t.exposeString('after', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const IngestRunChangeRef = builder.objectRef<IngestRunChange>('IngestRunChange').implement({
  description: 'One line of what an ingest changed.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.exposeString('kind', { description: 'asset_added, field_type_changed, field_removed …' }),
    assetId: t.exposeID('assetId'),
    assetName: t.exposeString('assetName'),
    fieldName: t.exposeString('fieldName', { nullable: true }),
    before: t.exposeString('before', { nullable: true }),
    after: t.exposeString('after', { nullable: true }),
  }),
});

builder.queryField('ingestRunChanges', (t) =>
  t.field({
    type: [IngestRunChangeRef],
    description: 'What one ingest changed, line by line (at most 500): the log of a run.',
    args: { runId: t.arg.id({ required: true }) },
    resolve: (_root, { runId }, context) => changesOfIngestRun(context.db, String(runId)),
  }),
);

builder.objectField(IngestRunRef, 'changes', (t) =>
  t.field({
    type: [IngestRunChangeRef],
    description: 'What this ingest changed, line by line (at most 500).',
    resolve: (run, _args, context) => changesOfIngestRun(context.db, run.id),
  }),
);

export const DataFieldRef = builder.loadableObject('DataField', {
  description: 'A column of a table or view.',
  load: (ids: string[], context: GraphQLContext) =>
    loadOrNotFound('DataField', ids, (batch) => getDataFields(context.db, batch)),
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    position: t.exposeInt('position'),
    dataType: t.exposeString('dataType'),
    nullable: t.exposeBoolean('nullable'),
    primaryKey: t.exposeBoolean('primaryKey'),
    description: t.exposeString('description', { nullable: true }),
    removedAt: t.expose('removedAt', { type: 'DateTime', nullable: true }),
  }),
});

export const DataAssetRef = builder.loadableObject('DataAsset', {
  description: 'A table, view or other data set of a source.',
  load: (ids: string[], context: GraphQLContext) =>
    loadOrNotFound('DataAsset', ids, (batch) => getDataAssets(context.db, batch)),
  fields: (t) => ({
    id: t.exposeID('id'),
    version: t.exposeInt('version'),
    source: t.field({ type: DataSourceRef, resolve: (asset) => asset.sourceId }),
    schemaName: t.exposeString('schemaName'),
    name: t.exposeString('name'),
    qualifiedName: t.exposeString('qualifiedName', { description: 'schema.name' }),
    kind: t.field({ type: AssetKindEnum, resolve: (asset) => asset.kind }),
    description: t.exposeString('description', { nullable: true }),
    rowEstimate: t.float({
      nullable: true,
      description: "The source planner's row estimate, when the table was analysed.",
      resolve: (asset) => asset.rowEstimate,
    }),
    definition: t.exposeString('definition', { nullable: true, description: "A view's SQL." }),
    domain: t.field({ type: Domain, nullable: true, resolve: (asset) => asset.domainId }),
    firstSeenAt: t.expose('firstSeenAt', { type: 'DateTime' }),
    lastSeenAt: t.expose('lastSeenAt', { type: 'DateTime' }),
    removedAt: t.expose('removedAt', { type: 'DateTime', nullable: true }),
    fields: t.field({
      type: [DataFieldRef],
      description: 'Columns in table order; removed ones last.',
      resolve: (asset, _args, context) =>
        context.loader('assetFields', (ids) => fieldsOfAssets(context.db, ids)).load(asset.id),
    }),
    history: t.field({
      type: [CatalogChangeRef],
      description: 'What ingests changed here, newest first (at most 50).',
      resolve: (asset, _args, context) => historyOfAsset(context.db, asset.id),
    }),
  }),
});

export const LineageEdgeRef = builder.objectRef<LineageEdge>('LineageEdge').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: LineageKindEnum, resolve: (edge) => edge.kind }),
    label: t.exposeString('label', { nullable: true }),
    upstreamAssetId: t.exposeID('upstreamAssetId'),
    downstreamAssetId: t.exposeID('downstreamAssetId'),
    upstreamField: t.field({ type: DataFieldRef, nullable: true, resolve: (edge) => edge.upstreamFieldId }),
    downstreamField: t.field({ type: DataFieldRef, nullable: true, resolve: (edge) => edge.downstreamFieldId }),
  }),
});

const LineageGraphRef = builder.objectRef<LineageGraph>('LineageGraph').implement({
  description: 'Assets around one asset, upstream and downstream, with the edges between them.',
  fields: (t) => ({
    assets: t.field({ type: [DataAssetRef], resolve: (graph) => graph.assetIds }),
    edges: t.field({ type: [LineageEdgeRef], resolve: (graph) => graph.edges }),
  }),
});

const DataAssetConnection = connectionOf(DataAssetRef, 'DataAsset');

const DataAssetFilter = builder.inputType('DataAssetFilter', {
  fields: (t) => ({
    sourceId: t.id(),
    schemaName: t.string(),
    search: t.string({ description: 'Part of the name or description.' }),
    includeRemoved: t.boolean({ description: 'Also assets no longer in their source.' }),
  }),
});

const DemoSourceAddress = builder.objectRef<{ host: string; port: number }>('DemoSourceAddress').implement({
  description: "Where this server serves the demo's operational database (PostgreSQL, user postgres, no password).",
  fields: (t) => ({
    host: t.exposeString('host'),
    port: t.exposeInt('port'),
    database: t.string({ resolve: () => 'postgres' }),
    user: t.string({ resolve: () => 'postgres' }),
  }),
});

builder.queryFields((t) => ({
  dataSources: t.field({
    type: [DataSourceRef],
    description: 'Every data source, by name (at most 500).',
    resolve: (_root, _args, context) => listDataSources(context.db),
  }),
  dataSource: t.field({
    type: DataSourceRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => findOneOrNull(id, (ids) => getDataSources(context.db, ids)),
  }),
  dataAssets: t.field({
    type: DataAssetConnection,
    description: `Assets by schema and name, ${MAX_PAGE_SIZE} at most per page.`,
    args: { ...pageArgs(t.arg), filter: t.arg({ type: DataAssetFilter }) },
    resolve: (_root, args, context) =>
      listDataAssets(context.db, {
        first: args.first,
        after: args.after,
        filter: args.filter
          ? {
              sourceId: args.filter.sourceId == null ? null : String(args.filter.sourceId),
              schemaName: args.filter.schemaName,
              search: args.filter.search,
              includeRemoved: args.filter.includeRemoved,
            }
          : null,
      }),
  }),
  dataAsset: t.field({
    type: DataAssetRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => findOneOrNull(id, (ids) => getDataAssets(context.db, ids)),
  }),
  lineage: t.field({
    type: LineageGraphRef,
    description: 'The lineage around an asset: up to 5 hops each way (default 2).',
    args: {
      assetId: t.arg.id({ required: true }),
      upstream: t.arg.int(),
      downstream: t.arg.int(),
    },
    resolve: (_root, args, context) =>
      lineageOf(context.db, { assetId: String(args.assetId), upstream: args.upstream, downstream: args.downstream }),
  }),
  demoSourceAddress: t.field({
    type: DemoSourceAddress,
    nullable: true,
    description: "Where the demo's operational database answers, when this server runs the demo.",
    resolve: (_root, _args, context) => context.demoSource,
  }),
}));

const ConnectionInput = builder.inputType('SourceConnectionInput', {
  fields: (t) => ({
    host: t.string({ required: true }),
    port: t.int({ description: 'Default 5432.' }),
    database: t.string({ required: true }),
    user: t.string({ required: true }),
    sslMode: t.field({ type: SslModeEnum, description: 'Default prefer.' }),
    password: t.string({
      description:
        'Sealed with the server key and never returned. On update: absent keeps the stored one, empty removes it.',
    }),
    passwordEnv: t.string({ description: 'Or: the server environment variable that holds the password.' }),
    schemas: t.stringList({ description: 'Schemas to read; empty reads all but PostgreSQL’s own.' }),
  }),
});

const CreateDataSourceInput = builder.inputType('CreateDataSourceInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    kind: t.field({ type: DataSourceKindEnum }),
    description: t.string(),
    domainId: t.id(),
    connection: t.field({ type: ConnectionInput, required: true }),
  }),
});

const UpdateDataSourceInput = builder.inputType('UpdateDataSourceInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    name: t.string(),
    description: t.string(),
    domainId: t.id(),
    connection: t.field({ type: ConnectionInput }),
  }),
});

const TestConnectionInput = builder.inputType('TestDataSourceConnectionInput', {
  fields: (t) => ({
    sourceId: t.id({ description: 'A stored source (its stored password is used when none is given).' }),
    connection: t.field({ type: ConnectionInput, description: 'Details to try before saving them.' }),
  }),
});

const ConnectionTestRef = builder
  .objectRef<{ ok: boolean; serverVersion?: string; schemas?: string[]; message?: string }>('ConnectionTest')
  .implement({
    fields: (t) => ({
      ok: t.exposeBoolean('ok'),
      serverVersion: t.string({ nullable: true, resolve: (result) => result.serverVersion ?? null }),
      schemas: t.stringList({ resolve: (result) => result.schemas ?? [] }),
      message: t.string({ nullable: true, description: 'Why it failed.', resolve: (result) => result.message ?? null }),
    }),
  });

const IngestInput = builder.inputType('IngestDataSourceInput', {
  fields: (t) => ({ sourceId: t.id({ required: true }) }),
});

/** GraphQL gives absent fields as undefined and explicit ones as null; the use case's zod reads both. */
const plain = (input: unknown) => JSON.parse(JSON.stringify(input)) as unknown;

builder.mutationFields((t) => ({
  createDataSource: t.field({
    type: DataSourceRef,
    errors: {},
    args: { input: t.arg({ type: CreateDataSourceInput, required: true }) },
    resolve: (_root, { input }, context): Promise<DataSource> =>
      createDataSource(context.db, actorOf(context), input, context.secrets),
  }),
  updateDataSource: t.field({
    type: DataSourceRef,
    errors: {},
    description: 'Renames, re-describes or reconnects a source.',
    args: { input: t.arg({ type: UpdateDataSourceInput, required: true }) },
    resolve: (_root, { input }, context): Promise<DataSource> =>
      updateDataSource(context.db, actorOf(context), input, context.secrets),
  }),
  testDataSourceConnection: t.field({
    type: ConnectionTestRef,
    errors: {},
    description: 'Tries to reach and sign in to a source; reads nothing but the list of schemas.',
    args: { input: t.arg({ type: TestConnectionInput, required: true }) },
    resolve: (_root, { input }, context) =>
      testDataSourceConnection(context.db, actorOf(context), plain(input), context.secrets),
  }),
  ingestDataSource: t.field({
    type: JobRef,
    errors: {},
    description: 'Queues a read of the source catalogue; follow it with `job` or `DataSource.lastIngestJob`.',
    args: { input: t.arg({ type: IngestInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const job = await requestIngest(context.db, actorOf(context), { sourceId: String(input.sourceId) });
      context.wakeJobs();
      return job;
    },
  }),
}));

export type { DataAsset, DataField };
