import type { Database, Transaction } from '@steward/db';
import { type Actor, assertCan, type Permission, parseInput } from '@steward/domain';
import type { z } from 'zod';
import { type AuditEntry, recordAudit } from '../audit/record-audit.js';
import { translateDbError } from './db-errors.js';

export interface UseCaseContext {
  tx: Transaction;
  actor: Actor;
  /** The time of the change: the caller's clock (tests move it), read once per use case. */
  now: Date;
  /** Records the change. A use case records exactly one event, inside its transaction. */
  audit(entry: AuditEntry): Promise<void>;
}

export interface UseCaseSpec<S extends z.ZodType, R> {
  /** The audit action, `area.entity.verb` (for example `stewardship.domain.create`). */
  action: string;
  input: S;
  /** Checked before the input is even parsed. */
  permission: Permission | null;
  run(context: UseCaseContext, input: z.output<S>): Promise<R>;
}

/** Where a use case reads the time; injectable so tests can move time (SLA due dates, breaches). */
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

export interface UseCaseOptions {
  clock?: Clock;
}

export type UseCase<S extends z.ZodType, R> = (
  db: Database,
  actor: Actor,
  input: z.input<S>,
  options?: UseCaseOptions,
) => Promise<R>;

/**
 * The shape of every change in Steward: authorize, validate, one transaction, one audit event
 * in that transaction, typed errors out. A failure anywhere rolls back the change and its audit.
 */
export function defineUseCase<S extends z.ZodType, R>(spec: UseCaseSpec<S, R>): UseCase<S, R> {
  return async (db, actor, rawInput, options = {}) => {
    if (spec.permission) assertCan(actor, spec.permission);
    const input = parseInput(spec.input, rawInput);
    try {
      return await db.transaction(async (tx) => {
        let audited = 0;
        const result = await spec.run(
          {
            tx,
            actor,
            now: (options.clock ?? systemClock).now(),
            audit: async (entry) => {
              audited += 1;
              await recordAudit(tx, actor, spec.action, entry);
            },
          },
          input,
        );
        if (audited !== 1) {
          throw new Error(`${spec.action} recorded ${audited} audit events; a change records exactly one`);
        }
        return result;
      });
    } catch (error) {
      throw translateDbError(error);
    }
  };
}
