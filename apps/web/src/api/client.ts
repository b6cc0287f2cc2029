import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import { sessionEvents } from '../auth/session-events';
import { env } from '../env';

/**
 * One client per session: signing in or out makes a new one, so no cached record of one
 * account is ever shown to the next. Everything is POSTed as JSON (the server's CSRF rule).
 */
export function createStewardClient(): Client {
  return new Client({
    url: env.graphqlUrl,
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin', headers: { accept: 'application/graphql-response+json' } },
    exchanges: [
      mapExchange({
        onError(error) {
          if (error.graphQLErrors.some((graphQLError) => graphQLError.extensions?.code === 'UNAUTHENTICATED')) {
            sessionEvents.emitExpired();
          }
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
