import { createDomain, deleteDomain, findDomainsByIds, listDomains, updateDomain } from '@steward/core';
import { builder } from '../../builder.js';
import { connectionOf, pageArgs } from '../../connection.js';
import { actorOf } from '../../context.js';
import { findOneOrNull } from '../../loaders.js';
import { resolveUseCase } from '../../resolve-use-case.js';
import { HierarchyOrderEnum } from './enums.js';
import { DeleteRecordInput, HierarchyFilter, hierarchyFilterArg } from './hierarchy-inputs.js';
import { Domain } from './types.js';

const DomainConnection = connectionOf(Domain, 'Domain');

builder.queryFields((t) => ({
  domain: t.field({
    type: Domain,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => findOneOrNull(id, (ids) => findDomainsByIds(context.db, ids)),
  }),
  domains: t.field({
    type: DomainConnection,
    description:
      'Domains, by default depth-first in tree order: each domain right after its parent, as the tree and the responsibility matrix show them.',
    args: {
      ...pageArgs(t.arg),
      filter: t.arg({ type: HierarchyFilter }),
      orderBy: t.arg({ type: HierarchyOrderEnum }),
    },
    resolve: (_root, args, context) =>
      listDomains(context.db, actorOf(context), {
        first: args.first,
        after: args.after,
        filter: hierarchyFilterArg(args.filter),
        orderBy: args.orderBy,
      }),
  }),
}));

const CreateDomainInput = builder.inputType('CreateDomainInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    description: t.string(),
    parentId: t.id({ description: 'The parent domain; absent for a top-level domain.' }),
  }),
});

const UpdateDomainInput = builder.inputType('UpdateDomainInput', {
  description: 'Only the fields given change; `parentId: null` moves the domain to the top level.',
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    name: t.string(),
    description: t.string(),
    parentId: t.id(),
  }),
});

builder.mutationFields((t) => ({
  createDomain: t.field({
    type: Domain,
    errors: {},
    args: { input: t.arg({ type: CreateDomainInput, required: true }) },
    resolve: resolveUseCase(createDomain),
  }),
  updateDomain: t.field({
    type: Domain,
    errors: {},
    args: { input: t.arg({ type: UpdateDomainInput, required: true }) },
    resolve: resolveUseCase(updateDomain),
  }),
  deleteDomain: t.field({
    type: Domain,
    errors: {},
    description: 'Deletes a domain without sub-domains; its role assignments end with it.',
    args: { input: t.arg({ type: DeleteRecordInput, required: true }) },
    resolve: resolveUseCase(deleteDomain),
  }),
}));
