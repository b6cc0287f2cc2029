import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import {
  AuthenticationError,
  ConflictError,
  InputError,
  InvalidTransitionError,
  NotAllowedError,
  NotFoundError,
} from '@steward/domain';
import { GraphQLError } from 'graphql';
import type { GraphQLContext } from './context.js';

function capitalize(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * The schema builder: plugins and scalars only, no object types (those live in modules/).
 * Fields are non-null unless they say `nullable: true`, so the generated client types are exact.
 */
export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  DefaultFieldNullability: false;
  AuthScopes: { signedIn: boolean };
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (context) => ({ signedIn: context.viewer !== null }),
    unauthorizedError: (_parent, context) =>
      context.viewer
        ? new GraphQLError('You may not read this.', { extensions: { code: 'FORBIDDEN' } })
        : new GraphQLError('Sign in to use Steward.', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          }),
  },
  errors: {
    // Expected failures of every mutation: returned as typed members of its result union.
    defaultTypes: [
      InputError,
      NotFoundError,
      ConflictError,
      NotAllowedError,
      InvalidTransitionError,
      AuthenticationError,
    ],
    defaultResultOptions: { name: ({ fieldName }) => `${capitalize(fieldName)}Success` },
    defaultUnionOptions: { name: ({ fieldName }) => `${capitalize(fieldName)}Result` },
  },
});

builder.scalarType('DateTime', {
  description: 'An instant, as an ISO-8601 string with time zone.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString()),
  parseValue: (value) => {
    const date = new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime must be an ISO-8601 date and time');
    return date;
  },
});

builder.scalarType('JSON', {
  description: 'A JSON value (audit snapshots).',
  serialize: (value) => value,
  parseValue: (value) => value,
});

builder.queryType({ authScopes: { signedIn: true } });
builder.mutationType({ authScopes: { signedIn: true } });
