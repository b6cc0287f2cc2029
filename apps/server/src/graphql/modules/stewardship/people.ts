import { createPerson, findPeopleByIds, listPeople, setPersonActive, updatePerson } from '@steward/core';
import { builder } from '../../builder.js';
import { connectionOf, pageArgs } from '../../connection.js';
import { actorOf } from '../../context.js';
import { findOneOrNull } from '../../loaders.js';
import { resolveUseCase } from '../../resolve-use-case.js';
import { GovernanceRoleEnum, PersonOrderEnum } from './enums.js';
import { Person } from './types.js';

const PersonConnection = connectionOf(Person, 'Person');

const PersonFilter = builder.inputType('PersonFilter', {
  fields: (t) => ({
    search: t.string({ description: 'Part of the name or email; forgives a typo in the name.' }),
    active: t.boolean(),
    orgUnitId: t.id(),
    role: t.field({ type: GovernanceRoleEnum, description: 'Only people who hold this role somewhere.' }),
  }),
});

builder.queryFields((t) => ({
  person: t.field({
    type: Person,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => findOneOrNull(id, (ids) => findPeopleByIds(context.db, ids)),
  }),
  people: t.field({
    type: PersonConnection,
    description: 'The people directory.',
    args: {
      ...pageArgs(t.arg),
      filter: t.arg({ type: PersonFilter }),
      orderBy: t.arg({ type: PersonOrderEnum }),
    },
    resolve: (_root, args, context) =>
      listPeople(context.db, actorOf(context), {
        first: args.first,
        after: args.after,
        filter: args.filter
          ? { ...args.filter, orgUnitId: args.filter.orgUnitId ? String(args.filter.orgUnitId) : null }
          : null,
        orderBy: args.orderBy,
      }),
  }),
}));

const CreatePersonInput = builder.inputType('CreatePersonInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    email: t.string({ required: true }),
    title: t.string(),
    orgUnitId: t.id(),
  }),
});

const UpdatePersonInput = builder.inputType('UpdatePersonInput', {
  description: 'Only the fields given change. `version` is the one you read.',
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    name: t.string(),
    email: t.string(),
    title: t.string(),
    orgUnitId: t.id({ description: 'null removes the person from their unit.' }),
  }),
});

const SetPersonActiveInput = builder.inputType('SetPersonActiveInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    active: t.boolean({ required: true, description: 'false also ends their roles and council seats.' }),
  }),
});

builder.mutationFields((t) => ({
  createPerson: t.field({
    type: Person,
    errors: {},
    args: { input: t.arg({ type: CreatePersonInput, required: true }) },
    resolve: resolveUseCase(createPerson),
  }),
  updatePerson: t.field({
    type: Person,
    errors: {},
    args: { input: t.arg({ type: UpdatePersonInput, required: true }) },
    resolve: resolveUseCase(updatePerson),
  }),
  setPersonActive: t.field({
    type: Person,
    errors: {},
    args: { input: t.arg({ type: SetPersonActiveInput, required: true }) },
    resolve: resolveUseCase(setPersonActive),
  }),
}));
