import {
  assignRole,
  getStewardshipCoverage,
  listProgramRoleAssignments,
  unassignRole,
  updateRoleAssignment,
} from '@steward/core';
import type { DomainCoverage, StewardshipCoverage } from '@steward/domain';
import { builder } from '../../builder.js';
import { resolveUseCase } from '../../resolve-use-case.js';
import { GovernanceRoleEnum, RaciEnum, ScopeTypeEnum } from './enums.js';
import { Domain, RoleAssignment } from './types.js';

const DomainCoverageRef = builder.objectRef<DomainCoverage>('DomainCoverage').implement({
  fields: (t) => ({
    domain: t.field({ type: Domain, resolve: (entry) => entry.domainId }),
    hasOwner: t.exposeBoolean('hasOwner'),
    hasSteward: t.exposeBoolean('hasSteward'),
    ownerInherited: t.exposeBoolean('ownerInherited'),
    stewardInherited: t.exposeBoolean('stewardInherited'),
  }),
});

const StewardshipCoverageRef = builder.objectRef<StewardshipCoverage>('StewardshipCoverage').implement({
  description: 'Domains with an accountable data owner and a business steward (held or inherited).',
  fields: (t) => ({
    domainCount: t.exposeInt('domainCount'),
    withOwner: t.exposeInt('withOwner'),
    withSteward: t.exposeInt('withSteward'),
    covered: t.exposeInt('covered'),
    ratio: t.exposeFloat('ratio', { description: 'covered / domainCount; 0 without domains.' }),
    gaps: t.field({
      type: [DomainCoverageRef],
      description: 'Domains missing an owner or a steward.',
      resolve: (coverage) => coverage.domains.filter((entry) => !entry.hasOwner || !entry.hasSteward),
    }),
  }),
});

builder.queryFields((t) => ({
  programRoles: t.field({
    type: [RoleAssignment],
    description: 'Roles held for the governance program as a whole (sponsors, the governance lead).',
    resolve: (_root, _args, context) => listProgramRoleAssignments(context.db),
  }),
  stewardshipCoverage: t.field({
    type: StewardshipCoverageRef,
    resolve: (_root, _args, context) => getStewardshipCoverage(context.db),
  }),
}));

const RoleScopeInput = builder.inputType('RoleScopeInput', {
  fields: (t) => ({
    type: t.field({ type: ScopeTypeEnum, required: true }),
    id: t.id({ description: 'The domain id; empty for the program scope.' }),
  }),
});

const AssignRoleInput = builder.inputType('AssignRoleInput', {
  fields: (t) => ({
    personId: t.id({ required: true }),
    role: t.field({ type: GovernanceRoleEnum, required: true }),
    scope: t.field({ type: RoleScopeInput, required: true }),
    raci: t.field({ type: RaciEnum, description: 'Default by role: data owner A, stewards and custodians R.' }),
    note: t.string(),
  }),
});

const UpdateRoleAssignmentInput = builder.inputType('UpdateRoleAssignmentInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    raci: t.field({ type: RaciEnum }),
    note: t.string(),
  }),
});

const UnassignRoleInput = builder.inputType('UnassignRoleInput', {
  fields: (t) => ({ id: t.id({ required: true }), version: t.int({ required: true }) }),
});

builder.mutationFields((t) => ({
  assignRole: t.field({
    type: RoleAssignment,
    errors: {},
    args: { input: t.arg({ type: AssignRoleInput, required: true }) },
    resolve: resolveUseCase(assignRole),
  }),
  updateRoleAssignment: t.field({
    type: RoleAssignment,
    errors: {},
    args: { input: t.arg({ type: UpdateRoleAssignmentInput, required: true }) },
    resolve: resolveUseCase(updateRoleAssignment),
  }),
  unassignRole: t.field({
    type: RoleAssignment,
    errors: {},
    args: { input: t.arg({ type: UnassignRoleInput, required: true }) },
    resolve: resolveUseCase(unassignRole),
  }),
}));
