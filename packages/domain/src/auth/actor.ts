import { z } from 'zod';

/** What a signed-in account may do in Steward as a whole (not per record; that is RACI). */
export const appRoles = ['admin', 'steward', 'architect', 'executive', 'viewer'] as const;
export const appRoleSchema = z.enum(appRoles, { error: `must be one of ${appRoles.join(', ')}` });
export type AppRole = z.infer<typeof appRoleSchema>;

/** Who performs a use case. `system` is the CLI, migrations and the demo seed. */
export interface Actor {
  kind: 'account' | 'system';
  accountId: string | null;
  personId: string | null;
  role: AppRole;
  /** A readable name for the audit log (email or "system"). */
  label: string;
  /** Correlates the audit event with the request's log lines. */
  requestId: string | null;
  /** The browser session the request came with, if any (changing a password keeps it). */
  sessionId: string | null;
}

export function systemActor(label = 'system', requestId: string | null = null): Actor {
  return { kind: 'system', accountId: null, personId: null, role: 'admin', label, requestId, sessionId: null };
}
