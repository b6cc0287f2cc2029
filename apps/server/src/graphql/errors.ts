import {
  AuthenticationError,
  ConflictError,
  type DomainError,
  type FieldError,
  InputError,
  InvalidTransitionError,
  NotAllowedError,
  NotFoundError,
} from '@steward/domain';
import { builder } from './builder.js';

/** The one mapping of domain errors to GraphQL: every expected failure names its code and field. */
export const ErrorCode = builder.enumType('ErrorCode', {
  values: ['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'CONFLICT', 'INVALID_TRANSITION'] as const,
});

export const ErrorInterface = builder.interfaceRef<DomainError>('Error').implement({
  description: 'An expected failure of a mutation.',
  fields: (t) => ({
    message: t.exposeString('message'),
    code: t.field({ type: ErrorCode, resolve: (error) => error.code }),
    field: t.string({
      nullable: true,
      description: 'The input field the error is about (a dotted path such as `scope.id`).',
      resolve: (error) => error.field ?? null,
    }),
  }),
});

const FieldErrorRef = builder.objectRef<FieldError>('FieldError').implement({
  fields: (t) => ({ field: t.exposeString('field'), message: t.exposeString('message') }),
});

builder.objectType(InputError, {
  name: 'InputError',
  description: 'The input broke a rule; `fieldErrors` lists every field at fault.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ fieldErrors: t.field({ type: [FieldErrorRef], resolve: (error) => error.fieldErrors }) }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ entityType: t.exposeString('entityType'), entityId: t.exposeString('entityId') }),
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  description: 'A uniqueness clash, or a stale `version`: reload, then retry with `currentVersion`.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    currentVersion: t.int({ nullable: true, resolve: (error) => error.currentVersion ?? null }),
  }),
});

builder.objectType(NotAllowedError, {
  name: 'ForbiddenError',
  interfaces: [ErrorInterface],
});

builder.objectType(AuthenticationError, {
  name: 'AuthenticationError',
  interfaces: [ErrorInterface],
});

builder.objectType(InvalidTransitionError, {
  name: 'InvalidTransitionError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ from: t.exposeString('from'), to: t.exposeString('to') }),
});
