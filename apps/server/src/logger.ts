import { type Logger, pino } from 'pino';

/** Structured JSON logs; every request's lines carry its request id. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'steward' },
    redact: { paths: ['password', '*.password', 'headers.cookie', 'headers.authorization'], remove: true },
  });
}

export type { Logger };
