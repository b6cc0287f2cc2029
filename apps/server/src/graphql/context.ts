import type { Authenticated, SecretBox } from '@steward/core';
import type { Database } from '@steward/db';
import type { Actor } from '@steward/domain';
import type DataLoader from 'dataloader';
import type { Logger } from 'pino';

/** What every resolver sees: one per request, so loaders and memos never cross requests. */
export interface GraphQLContext {
  db: Database;
  /** The signed-in account, or null (only `viewer` answers without one). */
  viewer: Authenticated | null;
  /** The viewer as the actor of use cases; null when signed out. */
  actor: Actor | null;
  requestId: string;
  logger: Logger;
  /** Seals and opens data-source passwords. */
  secrets: SecretBox;
  /** Where this server serves the demo's operational database, when it does. */
  demoSource: { host: string; port: number } | null;
  /** Looks for queued work at once (after queueing an ingest). */
  wakeJobs(): void;
  /** Progress of a job this process is running now, fresher than the stored one. */
  liveJobProgress(jobId: string): unknown;
  /** Per-request memo for whole-table reads several fields share (the domain tree). */
  memo<T>(key: string, load: () => Promise<T>): Promise<T>;
  /**
   * A per-request DataLoader by name, for fields that combine a loaded value with data of the
   * parent (where Pothos' `t.loadable` only passes a key).
   */
  loader<V>(name: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V>;
}

/** The actor of a request that passed the `signedIn` scope. */
export function actorOf(context: GraphQLContext): Actor {
  if (!context.actor) throw new Error('actorOf called on a signed-out request');
  return context.actor;
}
