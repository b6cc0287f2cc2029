import { isDomainError } from '@steward/domain';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './env.js';

/** The one table from domain error codes to HTTP statuses (REST routes; GraphQL uses result unions). */
const statusOf: Record<string, ContentfulStatusCode> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
};

export function handleError(error: Error, c: Context<AppEnv>) {
  if (isDomainError(error)) {
    return c.json(
      {
        error: {
          code: error.code,
          message: error.message,
          field: error.field ?? null,
          fieldErrors: 'fieldErrors' in error ? error.fieldErrors : undefined,
        },
      },
      statusOf[error.code] ?? 400,
    );
  }
  if (error instanceof HTTPException) return error.getResponse();
  const requestId = c.get('requestId');
  c.get('logger')?.error({ err: error, requestId }, 'unexpected error');
  return c.json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Unexpected error.', requestId } }, 500);
}
