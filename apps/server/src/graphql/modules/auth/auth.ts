import {
  changePassword,
  createAccount,
  createApiToken,
  findAccountsByIds,
  listAccounts,
  listApiTokensOfAccount,
  resetAccountPassword,
  revokeApiToken,
  updateAccount,
} from '@steward/core';
import { type Account, type ApiToken, appRoles, permissionsOf } from '@steward/domain';
import { builder } from '../../builder.js';
import { connectionOf, pageArgs } from '../../connection.js';
import { actorOf, type GraphQLContext } from '../../context.js';
import { loadOrNotFound } from '../../loaders.js';
import { resolveUseCase } from '../../resolve-use-case.js';
import { Person } from '../stewardship/types.js';

export const AppRoleEnum = builder.enumType('AppRole', {
  description: 'What an account may do in Steward: admin, steward, architect, executive, or read-only viewer.',
  values: appRoles,
});

export const AccountRef = builder.loadableObject('Account', {
  load: (ids: string[], context: GraphQLContext) =>
    loadOrNotFound('Account', ids, (batch) => findAccountsByIds(context.db, batch)),
  fields: (t) => ({
    id: t.exposeID('id'),
    email: t.exposeString('email'),
    displayName: t.exposeString('displayName'),
    role: t.field({ type: AppRoleEnum, resolve: (account: Account) => account.role }),
    disabled: t.exposeBoolean('disabled'),
    mustChangePassword: t.exposeBoolean('mustChangePassword'),
    lastSignInAt: t.expose('lastSignInAt', { type: 'DateTime', nullable: true }),
    version: t.exposeInt('version'),
    person: t.field({ type: Person, nullable: true, resolve: (account) => account.personId }),
  }),
});

const ApiTokenRef = builder.objectRef<ApiToken>('ApiToken').implement({
  description: 'A bearer token for automation. Its secret is shown once, when it is created.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    prefix: t.exposeString('prefix', { description: 'The first characters of the secret, to tell tokens apart.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
  }),
});

interface ViewerShape {
  account: Account;
}

const Viewer = builder.objectRef<ViewerShape>('Viewer').implement({
  description: 'The signed-in account and what it may do.',
  fields: (t) => ({
    account: t.field({ type: AccountRef, resolve: (viewer) => viewer.account }),
    person: t.field({ type: Person, nullable: true, resolve: (viewer) => viewer.account.personId }),
    permissions: t.stringList({ resolve: (viewer) => [...permissionsOf(viewer.account.role)] }),
    apiTokens: t.field({
      type: [ApiTokenRef],
      resolve: (viewer, _args, context) => listApiTokensOfAccount(context.db, viewer.account.id),
    }),
  }),
});

const AccountConnection = connectionOf(AccountRef, 'Account');

builder.queryFields((t) => ({
  viewer: t.field({
    type: Viewer,
    nullable: true,
    skipTypeScopes: true,
    description: 'The signed-in account, or null when signed out.',
    resolve: (_root, _args, context) => (context.viewer ? { account: context.viewer.account } : null),
  }),
  accounts: t.field({
    type: AccountConnection,
    description: 'Every sign-in account (admins only).',
    args: pageArgs(t.arg),
    resolve: (_root, args, context) => listAccounts(context.db, actorOf(context), args),
  }),
}));

const CreateAccountInput = builder.inputType('CreateAccountInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    displayName: t.string({ description: "Default: the linked person's name." }),
    role: t.field({ type: AppRoleEnum, required: true }),
    password: t.string({
      description: 'At least 12 characters. Leave it out to get a one-time password the user changes at first sign-in.',
    }),
    personId: t.id({ description: 'The person in the directory this account is.' }),
    mustChangePassword: t.boolean({ description: 'Default: true when Steward made the password.' }),
  }),
});

const CreatedAccount = builder
  .objectRef<{ account: Account; oneTimePassword: string | null }>('CreatedAccount')
  .implement({
    fields: (t) => ({
      account: t.field({ type: AccountRef, resolve: (created) => created.account }),
      oneTimePassword: t.string({
        nullable: true,
        description: 'Set when Steward made the password: shown this once, give it to the user.',
        resolve: (created) => created.oneTimePassword,
      }),
    }),
  });

const UpdateAccountInput = builder.inputType('UpdateAccountInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    role: t.field({ type: AppRoleEnum }),
    disabled: t.boolean({ description: 'true signs the account out everywhere and revokes its tokens.' }),
    displayName: t.string(),
  }),
});

const ChangePasswordInput = builder.inputType('ChangePasswordInput', {
  fields: (t) => ({
    currentPassword: t.string({ required: true }),
    newPassword: t.string({ required: true }),
  }),
});

const CreateApiTokenInput = builder.inputType('CreateApiTokenInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    expiresInDays: t.int({ description: '1 to 366; default 90.' }),
  }),
});

const IdInput = builder.inputType('IdInput', { fields: (t) => ({ id: t.id({ required: true }) }) });

const CreatedApiToken = builder.objectRef<{ token: ApiToken; secret: string }>('CreatedApiToken').implement({
  fields: (t) => ({
    token: t.field({ type: ApiTokenRef, resolve: (created) => created.token }),
    secret: t.exposeString('secret', { description: 'Shown this once; Steward keeps only a hash.' }),
  }),
});

const PasswordReset = builder.objectRef<{ account: Account; oneTimePassword: string }>('PasswordReset').implement({
  fields: (t) => ({
    account: t.field({ type: AccountRef, resolve: (reset) => reset.account }),
    oneTimePassword: t.exposeString('oneTimePassword', {
      description: 'Give it to the user; they choose a new one at sign-in.',
    }),
  }),
});

builder.mutationFields((t) => ({
  createAccount: t.field({
    type: CreatedAccount,
    errors: {},
    args: { input: t.arg({ type: CreateAccountInput, required: true }) },
    resolve: resolveUseCase(createAccount),
  }),
  updateAccount: t.field({
    type: AccountRef,
    errors: {},
    args: { input: t.arg({ type: UpdateAccountInput, required: true }) },
    resolve: resolveUseCase(updateAccount),
  }),
  resetAccountPassword: t.field({
    type: PasswordReset,
    errors: {},
    args: { input: t.arg({ type: IdInput, required: true }) },
    resolve: resolveUseCase(resetAccountPassword),
  }),
  changePassword: t.field({
    type: AccountRef,
    errors: {},
    args: { input: t.arg({ type: ChangePasswordInput, required: true }) },
    resolve: resolveUseCase(changePassword),
  }),
  createApiToken: t.field({
    type: CreatedApiToken,
    errors: {},
    args: { input: t.arg({ type: CreateApiTokenInput, required: true }) },
    resolve: resolveUseCase(createApiToken),
  }),
  revokeApiToken: t.field({
    type: ApiTokenRef,
    errors: {},
    args: { input: t.arg({ type: IdInput, required: true }) },
    resolve: resolveUseCase(revokeApiToken),
  }),
}));
