import { dispatchWebhooks, type SecretBox } from '@steward/core';
import type { Database } from '@steward/db';
import type { Logger } from 'pino';

export interface WebhookDispatcher {
  stop(): Promise<void>;
}

/**
 * Delivers queued webhook events every couple of seconds, in this process. Every replica runs
 * one; claims with a lease keep two from sending the same delivery at once.
 */
export function startWebhookDispatcher(options: {
  db: Database;
  secrets: SecretBox;
  logger: Logger;
  intervalMs?: number;
}): WebhookDispatcher {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    if (stopped) return;
    running = (async () => {
      try {
        // Keep going while full batches come back: a backlog drains without waiting.
        for (;;) {
          const outcome = await dispatchWebhooks(options.db, options.secrets);
          if (outcome.attempted > 0) options.logger.debug(outcome, 'webhook deliveries attempted');
          if (stopped || outcome.attempted < 20) break;
        }
      } catch (error) {
        options.logger.error({ err: error }, 'webhook dispatcher could not deliver');
      }
      if (!stopped) timer = setTimeout(tick, options.intervalMs ?? 2000);
    })();
  };
  timer = setTimeout(tick, options.intervalMs ?? 2000);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
