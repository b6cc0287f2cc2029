import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { Authenticated, SecretBox } from '@steward/core';
import { actorForAccount } from '@steward/core';
import type { Database } from '@steward/db';
import { isDomainError } from '@steward/domain';
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import { currentRequestId } from '../http/request-scope.js';
import type { JobRunner } from '../jobs/job-runner.js';
import type { GraphQLContext } from './context.js';
import { buildSchema } from './schema.js';

/** What the HTTP layer hands to each GraphQL request. */
export interface GraphQLServerContext {
  viewer: Authenticated | null;
  requestId: string;
}

export interface GraphQLOptions {
  db: Database;
  logger: Logger;
  /** GraphiQL and error details, for local development only. */
  isDevelopment: boolean;
  jobs?: JobRunner | undefined;
  secrets: SecretBox;
  demoSource?: { host: string; port: number } | null | undefined;
}

/**
 * Limits every operation before it runs (graphql-armor): depth, aliases, directives, tokens and
 * cost. Our deepest screen (domain → responsibilities → assignment → person → org unit) is 8 deep.
 */
const armor = (isDevelopment: boolean) =>
  EnvelopArmorPlugin({
    maxDepth: { n: 10, exposeLimits: isDevelopment },
    maxAliases: { n: 15, exposeLimits: isDevelopment },
    maxDirectives: { n: 50, exposeLimits: isDevelopment },
    maxTokens: { n: 3000, exposeLimits: isDevelopment },
    // The estimate multiplies by `first` and by depth; the responsibility matrix written with
    // fragments (100 domains, 5 levels) costs about 25,000. A `first: 99999999` probe costs millions.
    costLimit: { maxCost: 100_000, exposeLimits: isDevelopment },
    blockFieldSuggestion: { enabled: !isDevelopment },
  });

export function createGraphQLServer(options: GraphQLOptions): YogaServerInstance<GraphQLServerContext, GraphQLContext> {
  return createYoga<GraphQLServerContext, GraphQLContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: options.isDevelopment,
    batching: false,
    plugins: [armor(options.isDevelopment)],
    // Yoga reports every error it returns; expected ones are not news, and unexpected ones are
    // logged once, with the request id, by maskError below.
    logging: {
      debug: (...args) => options.logger.debug({ yoga: args }, 'graphql-yoga'),
      info: (...args) => options.logger.debug({ yoga: args }, 'graphql-yoga'),
      warn: (...args) => options.logger.warn({ yoga: args }, 'graphql-yoga'),
      error: (...args) => options.logger.debug({ yoga: args }, 'graphql-yoga'),
    },
    maskedErrors: {
      isDev: options.isDevelopment,
      // Anything not already a GraphQL error is a bug: log it with the request id, and give the
      // client only that id to quote.
      maskError: (error) => {
        const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
        if (original instanceof GraphQLError) return original;
        // A domain error outside a mutation's result union (a bad list argument): the client's fault.
        if (isDomainError(original)) {
          return new GraphQLError(original.message, {
            extensions: { code: original.code, field: original.field ?? null },
          });
        }
        const requestId = currentRequestId();
        options.logger.error({ err: original, requestId }, 'unexpected error in a GraphQL operation');
        return new GraphQLError(
          options.isDevelopment && original instanceof Error ? original.message : 'Unexpected error.',
          { extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } },
        );
      },
    },
    context: ({ viewer, requestId }) => {
      const memos = new Map<string, Promise<unknown>>();
      const loaders = new Map<string, DataLoader<string, unknown>>();
      return {
        db: options.db,
        viewer,
        actor: viewer ? actorForAccount(viewer.account, { requestId, sessionId: viewer.sessionId }) : null,
        requestId,
        logger: options.logger.child({ requestId }),
        liveJobProgress: (jobId: string) => options.jobs?.liveProgress(jobId),
        secrets: options.secrets,
        demoSource: options.demoSource ?? null,
        wakeJobs: () => options.jobs?.wake(),
        memo: <T>(key: string, load: () => Promise<T>) => {
          // Promise.resolve().then: a drizzle query is a thenable that runs again on every await.
          if (!memos.has(key)) memos.set(key, Promise.resolve().then(load));
          return memos.get(key) as Promise<T>;
        },
        loader: <V>(name: string, batch: (keys: readonly string[]) => Promise<V[]>) => {
          if (!loaders.has(name)) loaders.set(name, new DataLoader<string, unknown>(batch));
          return loaders.get(name) as DataLoader<string, V>;
        },
      };
    },
  });
}
