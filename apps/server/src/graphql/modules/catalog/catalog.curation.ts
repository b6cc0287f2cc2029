import {
  type AssetProfile,
  classificationsOfFields,
  classifyField,
  confirmedLinksOfTerms,
  decideClassification,
  decideTermLink,
  type FieldClassification,
  type FieldProfile,
  findTermsByIds,
  latestProfilesOfFields,
  linkTerm,
  pendingClassifications,
  pendingTermLinks,
  profilesOfAsset,
  requestProfiling,
  searchCatalog,
  type TermLink,
  termLinksOfFields,
} from '@steward/core';
import { classificationStatuses, inheritedFromTerms, piiClasses } from '@steward/domain';
import { builder } from '../../builder.js';
import { connectionOf, pageArgs } from '../../connection.js';
import { actorOf, type GraphQLContext } from '../../context.js';
import { resolveUseCase } from '../../resolve-use-case.js';
import { ClassificationEnum, GlossaryTermRef, TermHitRef } from '../glossary/glossary.types.js';
import { JobRef } from '../jobs/jobs.js';
import { DataAssetRef, DataFieldRef, DataSourceRef } from './catalog.js';

const PiiClassEnum = builder.enumType('PiiClass', { values: piiClasses });
const SuggestionStatusEnum = builder.enumType('SuggestionStatus', { values: classificationStatuses });
const SuggestionBasisEnum = builder.enumType('SuggestionBasis', { values: ['name', 'values', 'manual'] as const });
const SuggestionDecisionEnum = builder.enumType('SuggestionDecision', { values: ['confirm', 'reject'] as const });

const ValueCountRef = builder.objectRef<{ value: string; count: number }>('ValueCount').implement({
  fields: (t) => ({ value: t.exposeString('value'), count: t.exposeFloat('count') }),
});

const FieldProfileRef = builder.objectRef<FieldProfile>('FieldProfile').implement({
  description: "A column's figures in its latest profiling.",
  fields: (t) => ({
    nullCount: t.exposeFloat('nullCount'),
    distinctCount: t.exposeFloat('distinctCount'),
    minValue: t.exposeString('minValue', { nullable: true }),
    maxValue: t.exposeString('maxValue', { nullable: true }),
    minLength: t.exposeInt('minLength', { nullable: true }),
    maxLength: t.exposeInt('maxLength', { nullable: true }),
    avgLength: t.exposeFloat('avgLength', { nullable: true }),
    topValues: t.field({ type: [ValueCountRef], resolve: (profile) => profile.topValues }),
    patterns: t.field({
      type: [ValueCountRef],
      description: 'Value shapes: letters as A, digits as 9.',
      resolve: (profile) => profile.patterns,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const AssetProfileRef = builder.objectRef<AssetProfile>('AssetProfile').implement({
  description: 'One profiling of an asset.',
  fields: (t) => ({
    id: t.exposeID('id'),
    rowCount: t.exposeFloat('rowCount'),
    profiledRows: t.exposeFloat('profiledRows', { description: 'Rows the figures come from.' }),
    sampled: t.exposeBoolean('sampled'),
    samplePercent: t.exposeFloat('samplePercent', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export const FieldClassificationRef = builder.objectRef<FieldClassification>('FieldClassification').implement({
  description: 'A personal-data class on a column, suggested by a rule or confirmed by a steward.',
  fields: (t) => ({
    id: t.exposeID('id'),
    piiClass: t.field({ type: PiiClassEnum, resolve: (item) => item.piiClass }),
    status: t.field({ type: SuggestionStatusEnum, resolve: (item) => item.status }),
    basis: t.field({ type: SuggestionBasisEnum, resolve: (item) => item.basis }),
    confidence: t.exposeFloat('confidence'),
    reason: t.exposeString('reason'),
    decidedByLabel: t.exposeString('decidedByLabel', { nullable: true }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    field: t.field({ type: DataFieldRef, resolve: (item) => item.fieldId }),
  }),
});

export const TermLinkRef = builder.objectRef<TermLink>('TermLink').implement({
  description: "A glossary term's meaning given to a column (or a whole asset).",
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.field({ type: SuggestionStatusEnum, resolve: (link) => link.status }),
    score: t.exposeFloat('score'),
    reason: t.exposeString('reason'),
    decidedByLabel: t.exposeString('decidedByLabel', { nullable: true }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    term: t.field({ type: GlossaryTermRef, resolve: (link) => link.termId }),
    asset: t.field({ type: DataAssetRef, resolve: (link) => link.assetId }),
    field: t.field({ type: DataFieldRef, nullable: true, resolve: (link) => link.fieldId }),
  }),
});

const termLinksLoader = (context: GraphQLContext) =>
  context.loader('fieldTermLinks', (ids) => termLinksOfFields(context.db, ids));

builder.objectFields(DataFieldRef, (t) => ({
  asset: t.field({
    type: DataAssetRef,
    description: 'The table or view it belongs to.',
    resolve: (field) => field.assetId,
  }),
  profile: t.field({
    type: FieldProfileRef,
    nullable: true,
    description: 'The latest profiling figures; null until the asset is profiled.',
    resolve: (field, _args, context) =>
      context.loader('fieldProfiles', (ids) => latestProfilesOfFields(context.db, ids)).load(field.id),
  }),
  classifications: t.field({
    type: [FieldClassificationRef],
    description: 'Personal-data classes: confirmed first, then suggestions; rejected ones left out.',
    resolve: (field, _args, context) =>
      context.loader('fieldClassifications', (ids) => classificationsOfFields(context.db, ids)).load(field.id),
  }),
  termLinks: t.field({
    type: [TermLinkRef],
    description: 'Its business meaning: confirmed terms first, then suggestions.',
    resolve: (field, _args, context) => termLinksLoader(context).load(field.id),
  }),
  inheritedClassification: t.field({
    type: ClassificationEnum,
    nullable: true,
    description: 'The strictest classification of the terms confirmed on it.',
    resolve: async (field, _args, context) => (await inherited(field.id, context)).classification,
  }),
  inheritedTags: t.stringList({
    description: 'The tags of the terms confirmed on it (PII …).',
    resolve: async (field, _args, context) => (await inherited(field.id, context)).tags,
  }),
}));

async function inherited(fieldId: string, context: GraphQLContext) {
  const links = (await termLinksLoader(context).load(fieldId)).filter((link) => link.status === 'confirmed');
  const terms = await Promise.all(
    links.map((link) =>
      context
        .loader('termsById', (ids) =>
          findTermsByIds(context.db, ids).then((found) => found.map((term) => term ?? null)),
        )
        .load(link.termId),
    ),
  );
  return inheritedFromTerms(terms.filter((term) => term !== null));
}

builder.objectFields(DataAssetRef, (t) => ({
  latestProfile: t.field({
    type: AssetProfileRef,
    nullable: true,
    resolve: async (asset, _args, context) => (await profilesOfAsset(context.db, asset.id, 1))[0] ?? null,
  }),
  profiles: t.field({
    type: [AssetProfileRef],
    description: 'Profilings, newest first (at most 20).',
    resolve: (asset, _args, context) => profilesOfAsset(context.db, asset.id),
  }),
}));

builder.objectField(GlossaryTermRef, 'dataLinks', (t) =>
  t.field({
    type: [TermLinkRef],
    description: 'Where the term lives: the columns and assets confirmed to carry it (at most 200).',
    resolve: (term, _args, context) =>
      context.loader('termDataLinks', (ids) => confirmedLinksOfTerms(context.db, ids)).load(term.id),
  }),
);

const SuggestionFilter = builder.inputType('CatalogSuggestionFilter', {
  fields: (t) => ({ sourceId: t.id() }),
});

const CatalogSearchKindEnum = builder.enumType('CatalogSearchKind', { values: ['term', 'asset', 'field'] as const });

const AssetHitRef = builder.objectRef<{ assetId: string; score: number }>('AssetHit').implement({
  fields: (t) => ({
    asset: t.field({ type: DataAssetRef, resolve: (hit) => hit.assetId }),
    score: t.exposeFloat('score'),
  }),
});

const FieldHitRef = builder
  .objectRef<{ fieldId: string; assetId: string; score: number; matchedTerm: string | null }>('FieldHit')
  .implement({
    fields: (t) => ({
      field: t.field({ type: DataFieldRef, resolve: (hit) => hit.fieldId }),
      asset: t.field({ type: DataAssetRef, resolve: (hit) => hit.assetId }),
      score: t.exposeFloat('score'),
      matchedTerm: t.exposeString('matchedTerm', {
        nullable: true,
        description: 'The linked term name or synonym that matched, when the column name did not.',
      }),
    }),
  });

const SearchCountsRef = builder
  .objectRef<{ term: number; asset: number; field: number }>('CatalogSearchCounts')
  .implement({
    fields: (t) => ({ term: t.exposeInt('term'), asset: t.exposeInt('asset'), field: t.exposeInt('field') }),
  });

const SourceFacetRef = builder.objectRef<{ sourceId: string; count: number }>('SourceFacet').implement({
  fields: (t) => ({
    source: t.field({ type: DataSourceRef, resolve: (facet) => facet.sourceId }),
    count: t.exposeInt('count'),
  }),
});

const PiiClassFacetRef = builder
  .objectRef<{ piiClass: (typeof piiClasses)[number]; count: number }>('PiiClassFacet')
  .implement({
    fields: (t) => ({
      piiClass: t.field({ type: PiiClassEnum, resolve: (facet) => facet.piiClass }),
      count: t.exposeInt('count'),
    }),
  });

const CatalogSearchFacetsRef = builder
  .objectRef<Awaited<ReturnType<typeof searchCatalog>>['facets']>('CatalogSearchFacets')
  .implement({
    description: 'Counts over every matching table and column, not only the page.',
    fields: (t) => ({
      sources: t.field({ type: [SourceFacetRef], resolve: (facets) => facets.sources }),
      piiClasses: t.field({
        type: [PiiClassFacetRef],
        description: 'Confirmed personal data among the matching columns.',
        resolve: (facets) => facets.piiClasses,
      }),
    }),
  });

const CatalogSearchRef = builder.objectRef<Awaited<ReturnType<typeof searchCatalog>>>('CatalogSearchResult').implement({
  fields: (t) => ({
    terms: t.field({ type: [TermHitRef], resolve: (result) => result.terms }),
    assets: t.field({ type: [AssetHitRef], resolve: (result) => result.assets }),
    fields: t.field({ type: [FieldHitRef], resolve: (result) => result.fields }),
    counts: t.field({
      type: SearchCountsRef,
      description: 'Matches of each kind.',
      resolve: (result) => result.counts,
    }),
    facets: t.field({ type: CatalogSearchFacetsRef, resolve: (result) => result.facets }),
  }),
});

builder.queryFields((t) => ({
  pendingClassifications: t.field({
    type: connectionOf(FieldClassificationRef, 'PendingClassification'),
    description: 'Personal-data suggestions waiting for a steward, surest first.',
    args: { ...pageArgs(t.arg), filter: t.arg({ type: SuggestionFilter }) },
    resolve: (_root, args, context) =>
      pendingClassifications(context.db, {
        first: args.first,
        after: args.after,
        filter: { sourceId: args.filter?.sourceId == null ? null : String(args.filter.sourceId) },
      }),
  }),
  pendingTermLinks: t.field({
    type: connectionOf(TermLinkRef, 'PendingTermLink'),
    description: 'Term links waiting for a steward, likeliest first.',
    args: { ...pageArgs(t.arg), filter: t.arg({ type: SuggestionFilter }) },
    resolve: (_root, args, context) =>
      pendingTermLinks(context.db, {
        first: args.first,
        after: args.after,
        filter: { sourceId: args.filter?.sourceId == null ? null : String(args.filter.sourceId) },
      }),
  }),
  catalogSearch: t.field({
    type: CatalogSearchRef,
    description: 'One search over glossary terms, tables and views, and columns.',
    args: {
      query: t.arg.string({ required: true }),
      kinds: t.arg({ type: [CatalogSearchKindEnum] }),
      sourceId: t.arg.id(),
      piiClass: t.arg({ type: PiiClassEnum, description: 'Only columns confirmed to hold this class.' }),
      first: t.arg.int({ description: 'Per kind, at most 50 (default 10).' }),
    },
    resolve: (_root, args, context) =>
      searchCatalog(context.db, actorOf(context), {
        query: args.query,
        kinds: args.kinds ?? null,
        sourceId: args.sourceId == null ? null : String(args.sourceId),
        piiClass: args.piiClass ?? null,
        first: args.first ?? null,
      }),
  }),
}));

const DecideSuggestionInput = (name: string) =>
  builder.inputType(name, {
    fields: (t) => ({
      id: t.id({ required: true }),
      decision: t.field({ type: SuggestionDecisionEnum, required: true }),
    }),
  });

const ProfileAssetsInput = builder.inputType('ProfileAssetsInput', {
  fields: (t) => ({ assetIds: t.idList({ required: true, description: 'One to 50 assets of one source.' }) }),
});

const ClassifyFieldInput = builder.inputType('ClassifyFieldInput', {
  fields: (t) => ({
    fieldId: t.id({ required: true }),
    piiClass: t.field({ type: PiiClassEnum, required: true }),
  }),
});

const LinkTermInput = builder.inputType('LinkTermInput', {
  fields: (t) => ({
    termId: t.id({ required: true }),
    fieldId: t.id({ description: 'The column; or give assetId for a whole asset.' }),
    assetId: t.id(),
  }),
});

builder.mutationFields((t) => ({
  profileAssets: t.field({
    type: JobRef,
    errors: {},
    description: 'Queues profiling of tables and views (read-only on the source, sampled above 100,000 rows).',
    args: { input: t.arg({ type: ProfileAssetsInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const job = await requestProfiling(context.db, actorOf(context), { assetIds: input.assetIds.map(String) });
      context.wakeJobs();
      return job;
    },
  }),
  decideClassification: t.field({
    type: FieldClassificationRef,
    errors: {},
    args: { input: t.arg({ type: DecideSuggestionInput('DecideClassificationInput'), required: true }) },
    resolve: resolveUseCase(decideClassification),
  }),
  classifyField: t.field({
    type: FieldClassificationRef,
    errors: {},
    description: 'Marks a column with a personal-data class no rule suggested.',
    args: { input: t.arg({ type: ClassifyFieldInput, required: true }) },
    resolve: resolveUseCase(classifyField),
  }),
  decideTermLink: t.field({
    type: TermLinkRef,
    errors: {},
    args: { input: t.arg({ type: DecideSuggestionInput('DecideTermLinkInput'), required: true }) },
    resolve: resolveUseCase(decideTermLink),
  }),
  linkTerm: t.field({
    type: TermLinkRef,
    errors: {},
    description: 'Links an approved term to a column or asset, confirmed at once.',
    args: { input: t.arg({ type: LinkTermInput, required: true }) },
    resolve: resolveUseCase(linkTerm),
  }),
}));
