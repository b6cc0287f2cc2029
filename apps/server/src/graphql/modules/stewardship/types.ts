import {
  countDomainChildren,
  countOrgUnitChildren,
  countOrgUnitMembers,
  findCouncilsByIds,
  findDomainsByIds,
  findOrgUnitsByIds,
  findPeopleByIds,
  findRoleAssignmentsByIds,
  listCouncilSeatsOfPeople,
  listMembersOfCouncils,
  listRoleAssignmentsOfPeople,
  resolveResponsibilitiesOfDomains,
} from '@steward/core';
import { domains, orgUnits } from '@steward/db';
import { ancestorsOf, type CouncilMember, type EffectiveAssignment, type TreeNode } from '@steward/domain';
import { builder } from '../../builder.js';
import type { GraphQLContext } from '../../context.js';
import { loadOrNotFound } from '../../loaders.js';
import {
  CouncilKindEnum,
  CouncilMemberRoleEnum,
  GovernanceRoleEnum,
  OrgUnitKindEnum,
  RaciEnum,
  ScopeTypeEnum,
} from './enums.js';

/**
 * Where each node of a tree sits (depth, names from the root), from the whole tree's shape read
 * once per request and shared by every field that asks.
 */
function placementsOf(context: GraphQLContext, table: typeof domains | typeof orgUnits, key: string) {
  return context.memo(key, async () => {
    const nodes: (TreeNode & { name: string })[] = await context.db
      .select({ id: table.id, parentId: table.parentId, name: table.name })
      .from(table);
    const byId = new Map(nodes.map((node) => [node.id, node]));
    const cache = new Map<string, { depth: number; path: string[] }>();
    return (id: string) => {
      let placed = cache.get(id);
      if (!placed) {
        const chain = ancestorsOf(nodes, id).reverse();
        placed = { depth: chain.length - 1, path: chain.map((nodeId) => byId.get(nodeId)?.name ?? '') };
        cache.set(id, placed);
      }
      return placed;
    };
  });
}

/** Lists already know depth and path (from their recursive query); other loads look them up. */
async function placement(
  node: { id: string; depth?: number; path?: string[] },
  context: GraphQLContext,
  table: typeof domains | typeof orgUnits,
  key: string,
) {
  if (node.depth !== undefined && node.path !== undefined) return { depth: node.depth, path: node.path };
  return (await placementsOf(context, table, key))(node.id);
}

export const Person = builder.loadableObject('Person', {
  description: 'Someone who can hold a governance role.',
  load: (ids: string[], context: GraphQLContext) =>
    loadOrNotFound('Person', ids, (batch) => findPeopleByIds(context.db, batch)),
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    email: t.exposeString('email'),
    title: t.exposeString('title', { nullable: true }),
    active: t.exposeBoolean('active'),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

export const OrgUnit = builder.loadableObject('OrgUnit', {
  description: 'A unit of the organisation chart (group, division, department, team).',
  load: (ids: string[], context: GraphQLContext) =>
    loadOrNotFound('OrgUnit', ids, (batch) => findOrgUnitsByIds(context.db, batch)),
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    kind: t.field({ type: OrgUnitKindEnum, resolve: (unit) => unit.kind }),
    description: t.exposeString('description', { nullable: true }),
    parentId: t.exposeID('parentId', { nullable: true }),
    version: t.exposeInt('version'),
    depth: t.int({
      resolve: async (unit, _args, context) => (await placement(unit, context, orgUnits, 'orgUnitTree')).depth,
    }),
    path: t.stringList({
      description: 'Names from the top of the organisation down to this unit.',
      resolve: async (unit, _args, context) => (await placement(unit, context, orgUnits, 'orgUnitTree')).path,
    }),
  }),
});

export const Domain = builder.loadableObject('Domain', {
  description: 'A subject area of the business that data is owned and stewarded by.',
  load: (ids: string[], context: GraphQLContext) =>
    loadOrNotFound('Domain', ids, (batch) => findDomainsByIds(context.db, batch)),
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    parentId: t.exposeID('parentId', { nullable: true }),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    depth: t.int({
      resolve: async (domain, _args, context) => (await placement(domain, context, domains, 'domainTree')).depth,
    }),
    path: t.stringList({
      description: 'Names from the root domain down to this one.',
      resolve: async (domain, _args, context) => (await placement(domain, context, domains, 'domainTree')).path,
    }),
  }),
});

export const RoleAssignment = builder.loadableObject('RoleAssignment', {
  description: 'A person holding a governance role for a scope, with a RACI letter.',
  load: (ids: string[], context: GraphQLContext) =>
    loadOrNotFound('RoleAssignment', ids, (batch) => findRoleAssignmentsByIds(context.db, batch)),
  fields: (t) => ({
    id: t.exposeID('id'),
    role: t.field({ type: GovernanceRoleEnum, resolve: (assignment) => assignment.role }),
    raci: t.field({ type: RaciEnum, nullable: true, resolve: (assignment) => assignment.raci }),
    note: t.exposeString('note', { nullable: true }),
    scopeType: t.field({ type: ScopeTypeEnum, resolve: (assignment) => assignment.scope.type }),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export const Council = builder.loadableObject('Council', {
  description: 'A governance body: executive sponsors, the governance council, a stewardship council.',
  load: (ids: string[], context: GraphQLContext) =>
    loadOrNotFound('Council', ids, (batch) => findCouncilsByIds(context.db, batch)),
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    kind: t.field({ type: CouncilKindEnum, resolve: (council) => council.kind }),
    purpose: t.exposeString('purpose', { nullable: true }),
    cadence: t.exposeString('cadence', { nullable: true }),
    version: t.exposeInt('version'),
  }),
});

export const CouncilMemberRef = builder.objectRef<CouncilMember>('CouncilMember').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    role: t.field({ type: CouncilMemberRoleEnum, resolve: (member) => member.role }),
    person: t.field({ type: Person, resolve: (member) => member.personId }),
    council: t.field({ type: Council, resolve: (member) => member.councilId }),
  }),
});

export const Responsibility = builder.objectRef<EffectiveAssignment>('Responsibility').implement({
  description: 'A role as it applies to a domain: held there, or inherited from an ancestor domain.',
  fields: (t) => ({
    assignment: t.field({ type: RoleAssignment, resolve: (entry) => entry.assignment }),
    inherited: t.exposeBoolean('inherited'),
    heldOn: t.field({
      type: Domain,
      description: 'The domain the role is held on (an ancestor when inherited).',
      resolve: (entry) => entry.heldOnDomainId,
    }),
  }),
});

// Relations, each through a per-request loader: a page costs a fixed number of queries.

builder.objectFields(Person, (t) => ({
  orgUnit: t.field({ type: OrgUnit, nullable: true, resolve: (person) => person.orgUnitId }),
  roles: t.loadableList({
    type: RoleAssignment,
    description: 'The governance roles this person holds.',
    load: (ids: string[], context: GraphQLContext) => listRoleAssignmentsOfPeople(context.db, ids),
    resolve: (person) => person.id,
  }),
  councilSeats: t.loadableList({
    type: CouncilMemberRef,
    load: (ids: string[], context: GraphQLContext) => listCouncilSeatsOfPeople(context.db, ids),
    resolve: (person) => person.id,
  }),
}));

builder.objectFields(OrgUnit, (t) => ({
  parent: t.field({ type: OrgUnit, nullable: true, resolve: (unit) => unit.parentId }),
  memberCount: t.loadable({
    type: 'Int',
    load: (ids: string[], context: GraphQLContext) => countOrgUnitMembers(context.db, ids),
    resolve: (unit) => unit.id,
  }),
  childCount: t.loadable({
    type: 'Int',
    load: (ids: string[], context: GraphQLContext) => countOrgUnitChildren(context.db, ids),
    resolve: (unit) => unit.id,
  }),
}));

builder.objectFields(Domain, (t) => ({
  parent: t.field({ type: Domain, nullable: true, resolve: (domain) => domain.parentId }),
  childCount: t.loadable({
    type: 'Int',
    load: (ids: string[], context: GraphQLContext) => countDomainChildren(context.db, ids),
    resolve: (domain) => domain.id,
  }),
  responsibilities: t.loadableList({
    type: Responsibility,
    description: 'Who is responsible for this domain, per role: held here, or inherited from the nearest ancestor.',
    load: (ids: string[], context: GraphQLContext) => resolveResponsibilitiesOfDomains(context.db, ids),
    resolve: (domain) => domain.id,
  }),
}));

builder.objectFields(RoleAssignment, (t) => ({
  person: t.field({ type: Person, resolve: (assignment) => assignment.personId }),
  domain: t.field({
    type: Domain,
    nullable: true,
    description: 'The domain, when the scope is a domain.',
    resolve: (assignment) => (assignment.scope.type === 'domain' ? assignment.scope.id : null),
  }),
}));

builder.objectFields(Council, (t) => ({
  members: t.loadableList({
    type: CouncilMemberRef,
    description: 'Members, chair first.',
    load: (ids: string[], context: GraphQLContext) => listMembersOfCouncils(context.db, ids),
    resolve: (council) => council.id,
  }),
}));
