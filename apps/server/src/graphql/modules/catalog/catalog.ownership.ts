import {
  type AssetResponsibility,
  addLineageEdge,
  removeLineageEdge,
  resolveResponsibilitiesOfAssets,
  updateDataAsset,
} from '@steward/core';
import { builder } from '../../builder.js';
import type { GraphQLContext } from '../../context.js';
import { resolveUseCase } from '../../resolve-use-case.js';
import { Domain, RoleAssignment } from '../stewardship/types.js';
import { DataAssetRef, LineageEdgeRef } from './catalog.js';

const AssetResponsibilityRef = builder.objectRef<AssetResponsibility>('AssetResponsibility').implement({
  description: 'A role as it applies to an asset: held on it, or inherited from its domain.',
  fields: (t) => ({
    assignment: t.field({ type: RoleAssignment, resolve: (entry) => entry.assignment }),
    inherited: t.boolean({ resolve: (entry) => entry.inheritedFromDomainId !== null }),
    inheritedFrom: t.field({
      type: Domain,
      nullable: true,
      description: 'The domain the role comes from when the asset holds none of its own.',
      resolve: (entry) => entry.inheritedFromDomainId,
    }),
  }),
});

builder.objectFields(DataAssetRef, (t) => ({
  responsibilities: t.loadableList({
    type: AssetResponsibilityRef,
    description: "Owners and stewards: held on the asset, else its domain's (the asset's, else its source's).",
    load: (ids: string[], context: GraphQLContext) => resolveResponsibilitiesOfAssets(context.db, ids),
    resolve: (asset) => asset.id,
  }),
}));

builder.objectField(RoleAssignment, 'asset', (t) =>
  t.field({
    type: DataAssetRef,
    nullable: true,
    description: 'The table or view, when the scope is an asset.',
    resolve: (assignment) => (assignment.scope.type === 'asset' ? assignment.scope.id : null),
  }),
);

const UpdateDataAssetInput = builder.inputType('UpdateDataAssetInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    domainId: t.id({ description: 'Null makes the asset follow its source’s domain.' }),
  }),
});

builder.mutationField('updateDataAsset', (t) =>
  t.field({
    type: DataAssetRef,
    errors: {},
    description: 'Places an asset in a domain.',
    args: { input: t.arg({ type: UpdateDataAssetInput, required: true }) },
    resolve: resolveUseCase(updateDataAsset),
  }),
);

const AddLineageEdgeInput = builder.inputType('AddLineageEdgeInput', {
  fields: (t) => ({
    upstreamAssetId: t.id({ required: true }),
    downstreamAssetId: t.id({ required: true }),
    upstreamFieldId: t.id({ description: 'With downstreamFieldId: a column-to-column edge.' }),
    downstreamFieldId: t.id(),
    label: t.string({ description: 'How the data gets there (an ETL job, a copy).' }),
  }),
});

const RemoveLineageEdgeInput = builder.inputType('RemoveLineageEdgeInput', {
  fields: (t) => ({ id: t.id({ required: true }) }),
});

const RemovedEdgeRef = builder.objectRef<{ id: string }>('RemovedLineageEdge').implement({
  fields: (t) => ({ id: t.exposeID('id') }),
});

builder.mutationFields((t) => ({
  addLineageEdge: t.field({
    type: LineageEdgeRef,
    errors: {},
    description: 'Draws lineage the source cannot tell; kept through ingests.',
    args: { input: t.arg({ type: AddLineageEdgeInput, required: true }) },
    resolve: resolveUseCase(addLineageEdge),
  }),
  removeLineageEdge: t.field({
    type: RemovedEdgeRef,
    errors: {},
    description: 'Removes a hand-drawn lineage edge.',
    args: { input: t.arg({ type: RemoveLineageEdgeInput, required: true }) },
    resolve: resolveUseCase(removeLineageEdge),
  }),
}));
