import { hierarchyOrderings } from '@steward/core';
import {
  councilKinds,
  councilMemberRoles,
  governanceRoles,
  orgUnitKinds,
  personOrderings,
  raciLetters,
  scopeTypes,
} from '@steward/domain';
import { builder } from '../../builder.js';

export const GovernanceRoleEnum = builder.enumType('GovernanceRole', { values: governanceRoles });
export const RaciEnum = builder.enumType('Raci', {
  description: 'Responsible, Accountable, Consulted, Informed.',
  values: raciLetters,
});
export const ScopeTypeEnum = builder.enumType('ScopeType', { values: scopeTypes });
export const OrgUnitKindEnum = builder.enumType('OrgUnitKind', { values: orgUnitKinds });
export const CouncilKindEnum = builder.enumType('CouncilKind', { values: councilKinds });
export const CouncilMemberRoleEnum = builder.enumType('CouncilMemberRole', { values: councilMemberRoles });
export const PersonOrderEnum = builder.enumType('PersonOrder', { values: personOrderings });
export const HierarchyOrderEnum = builder.enumType('HierarchyOrder', {
  description: 'PATH_ASC lists a tree depth-first (each node right after its parent); NAME_ASC alphabetically.',
  values: hierarchyOrderings,
});
