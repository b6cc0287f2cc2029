import { type Logger, pino } from 'pino';

/** Structured JSON logs; every request's lines carry its request id. */
export function createLogger(level: string, destination?: { write(line: string): void }): Logger {
  const options = {
    level,
    base: { service: 'steward' },
    redact: {
      paths: [
        'password',
        '*.password',
        '*.*.password',
        'sealedPassword',
        '*.sealedPassword',
        'headers.cookie',
        'headers.authorization',
      ],
      remove: true,
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
