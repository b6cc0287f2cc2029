import { createOrgUnit, deleteOrgUnit, findOrgUnitsByIds, listOrgUnits, updateOrgUnit } from '@steward/core';
import { builder } from '../../builder.js';
import { connectionOf, pageArgs } from '../../connection.js';
import { actorOf } from '../../context.js';
import { findOneOrNull } from '../../loaders.js';
import { resolveUseCase } from '../../resolve-use-case.js';
import { HierarchyOrderEnum, OrgUnitKindEnum } from './enums.js';
import { DeleteRecordInput, HierarchyFilter, hierarchyFilterArg } from './hierarchy-inputs.js';
import { OrgUnit } from './types.js';

const OrgUnitConnection = connectionOf(OrgUnit, 'OrgUnit');

builder.queryFields((t) => ({
  orgUnit: t.field({
    type: OrgUnit,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => findOneOrNull(id, (ids) => findOrgUnitsByIds(context.db, ids)),
  }),
  orgUnits: t.field({
    type: OrgUnitConnection,
    description: 'The organisation chart, by default depth-first in tree order.',
    args: {
      ...pageArgs(t.arg),
      filter: t.arg({ type: HierarchyFilter }),
      orderBy: t.arg({ type: HierarchyOrderEnum }),
    },
    resolve: (_root, args, context) =>
      listOrgUnits(context.db, actorOf(context), {
        first: args.first,
        after: args.after,
        filter: hierarchyFilterArg(args.filter),
        orderBy: args.orderBy,
      }),
  }),
}));

const CreateOrgUnitInput = builder.inputType('CreateOrgUnitInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    kind: t.field({ type: OrgUnitKindEnum, description: 'Default: department.' }),
    description: t.string(),
    parentId: t.id(),
  }),
});

const UpdateOrgUnitInput = builder.inputType('UpdateOrgUnitInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    name: t.string(),
    kind: t.field({ type: OrgUnitKindEnum }),
    description: t.string(),
    parentId: t.id(),
  }),
});

builder.mutationFields((t) => ({
  createOrgUnit: t.field({
    type: OrgUnit,
    errors: {},
    args: { input: t.arg({ type: CreateOrgUnitInput, required: true }) },
    resolve: resolveUseCase(createOrgUnit),
  }),
  updateOrgUnit: t.field({
    type: OrgUnit,
    errors: {},
    args: { input: t.arg({ type: UpdateOrgUnitInput, required: true }) },
    resolve: resolveUseCase(updateOrgUnit),
  }),
  deleteOrgUnit: t.field({
    type: OrgUnit,
    errors: {},
    description: 'Deletes a unit without sub-units; its people stay, without a unit.',
    args: { input: t.arg({ type: DeleteRecordInput, required: true }) },
    resolve: resolveUseCase(deleteOrgUnit),
  }),
}));
