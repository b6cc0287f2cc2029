import {
  createCouncil,
  deleteCouncil,
  findCouncilsByIds,
  listCouncils,
  removeCouncilMember,
  setCouncilMember,
  updateCouncil,
} from '@steward/core';
import { builder } from '../../builder.js';
import { connectionOf, pageArgs } from '../../connection.js';
import { actorOf } from '../../context.js';
import { findOneOrNull } from '../../loaders.js';
import { resolveUseCase } from '../../resolve-use-case.js';
import { CouncilKindEnum, CouncilMemberRoleEnum } from './enums.js';
import { DeleteRecordInput } from './hierarchy-inputs.js';
import { Council } from './types.js';

const CouncilConnection = connectionOf(Council, 'Council');

builder.queryFields((t) => ({
  council: t.field({
    type: Council,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => findOneOrNull(id, (ids) => findCouncilsByIds(context.db, ids)),
  }),
  councils: t.field({
    type: CouncilConnection,
    description: 'Governance bodies, the executive tier first.',
    args: pageArgs(t.arg),
    resolve: (_root, args, context) => listCouncils(context.db, actorOf(context), args),
  }),
}));

const CreateCouncilInput = builder.inputType('CreateCouncilInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    kind: t.field({ type: CouncilKindEnum, required: true }),
    purpose: t.string(),
    cadence: t.string({ description: 'How often it meets, in words.' }),
  }),
});

const UpdateCouncilInput = builder.inputType('UpdateCouncilInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    name: t.string(),
    kind: t.field({ type: CouncilKindEnum }),
    purpose: t.string(),
    cadence: t.string(),
  }),
});

const SetCouncilMemberInput = builder.inputType('SetCouncilMemberInput', {
  description: 'Seats a person, or changes their seat. Bumps the council version.',
  fields: (t) => ({
    councilId: t.id({ required: true }),
    councilVersion: t.int({ required: true }),
    personId: t.id({ required: true }),
    role: t.field({ type: CouncilMemberRoleEnum, description: 'Default: member.' }),
  }),
});

const RemoveCouncilMemberInput = builder.inputType('RemoveCouncilMemberInput', {
  fields: (t) => ({
    councilId: t.id({ required: true }),
    councilVersion: t.int({ required: true }),
    personId: t.id({ required: true }),
  }),
});

builder.mutationFields((t) => ({
  createCouncil: t.field({
    type: Council,
    errors: {},
    args: { input: t.arg({ type: CreateCouncilInput, required: true }) },
    resolve: resolveUseCase(createCouncil),
  }),
  updateCouncil: t.field({
    type: Council,
    errors: {},
    args: { input: t.arg({ type: UpdateCouncilInput, required: true }) },
    resolve: resolveUseCase(updateCouncil),
  }),
  deleteCouncil: t.field({
    type: Council,
    errors: {},
    args: { input: t.arg({ type: DeleteRecordInput, required: true }) },
    resolve: resolveUseCase(deleteCouncil),
  }),
  setCouncilMember: t.field({
    type: Council,
    errors: {},
    args: { input: t.arg({ type: SetCouncilMemberInput, required: true }) },
    resolve: resolveUseCase(setCouncilMember),
  }),
  removeCouncilMember: t.field({
    type: Council,
    errors: {},
    args: { input: t.arg({ type: RemoveCouncilMemberInput, required: true }) },
    resolve: resolveUseCase(removeCouncilMember),
  }),
}));
