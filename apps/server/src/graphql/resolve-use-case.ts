import type { Database } from '@steward/db';
import type { Actor } from '@steward/domain';
import { actorOf, type GraphQLContext } from './context.js';

/**
 * A mutation resolver that is one use-case call. The GraphQL input goes to the use case as is:
 * its zod schema is the one validation (GraphQL `null` for an absent optional field included),
 * and its domain errors come back as the mutation's typed result.
 */
export function resolveUseCase<I, R>(useCase: (db: Database, actor: Actor, input: I) => Promise<R>) {
  return (_root: unknown, args: { input: unknown }, context: GraphQLContext): Promise<R> =>
    useCase(context.db, actorOf(context), args.input as I);
}
