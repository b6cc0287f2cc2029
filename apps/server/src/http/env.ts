import type { Authenticated } from '@steward/core';
import type { Logger } from 'pino';

/** What middleware puts on each request's context. */
export interface AppEnv {
  Variables: {
    requestId: string;
    logger: Logger;
    viewer: Authenticated | null;
  };
}
