/**
 * The closed set of domain errors. Every layer branches on `code`, never on the message;
 * each transport maps them in one table (GraphQL result unions, Hono's onError).
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'INVALID_TRANSITION';

/** One problem with one input field; `field` is a dotted path into the input (`email`, `scope.id`). */
export interface FieldError {
  field: string;
  message: string;
}

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  /** The input field the error is about, when there is one. */
  readonly field: string | undefined;

  constructor(message: string, options: { field?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.field = options.field;
  }
}

/** Input that fails validation or a business rule about the input itself. */
export class InputError extends DomainError {
  readonly code = 'BAD_USER_INPUT' as const;
  readonly fieldErrors: FieldError[];

  constructor(fieldErrors: FieldError[], message?: string) {
    const first = fieldErrors[0];
    super(message ?? (first ? `${first.field}: ${first.message}` : 'Invalid input'), {
      field: first?.field,
    });
    this.fieldErrors = fieldErrors;
  }

  static forField(field: string, message: string): InputError {
    return new InputError([{ field, message }]);
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND' as const;
  readonly entityType: string;
  readonly entityId: string;

  constructor(entityType: string, entityId: string, options: { field?: string } = {}) {
    super(`${entityType} ${entityId} does not exist`, options);
    this.entityType = entityType;
    this.entityId = entityId;
  }
}

/** The actor is known but may not do this. */
export class NotAllowedError extends DomainError {
  readonly code = 'FORBIDDEN' as const;
}

/** No valid sign-in (missing, expired or revoked session or token, wrong password). */
export class AuthenticationError extends DomainError {
  readonly code = 'UNAUTHENTICATED' as const;
}

/**
 * The write would break a uniqueness rule or was based on a stale version.
 * `currentVersion` is set for stale writes so the client can reload and retry.
 */
export class ConflictError extends DomainError {
  readonly code = 'CONFLICT' as const;
  readonly currentVersion: number | undefined;

  constructor(message: string, options: { field?: string; currentVersion?: number; cause?: unknown } = {}) {
    super(message, options);
    this.currentVersion = options.currentVersion;
  }
}

/** A state machine refused a move (for example approving a term that is not in review). */
export class InvalidTransitionError extends DomainError {
  readonly code = 'INVALID_TRANSITION' as const;
  readonly from: string;
  readonly to: string;

  constructor(entityType: string, from: string, to: string, options: { field?: string } = {}) {
    super(`${entityType} cannot go from ${from} to ${to}`, options);
    this.from = from;
    this.to = to;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
