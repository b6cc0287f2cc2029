import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createSecretBox, type SecretBox } from '@steward/core';
import type { Driver } from '@steward/db';
import type { Logger } from 'pino';
import type { Config } from './config.js';

/** The key file an embedded run keeps beside its data folder when STEWARD_SECRET_KEY is unset. */
export const keyFileOf = (dataDir: string) => `${dataDir}.secret-key`;

/**
 * The box that seals data-source passwords. STEWARD_SECRET_KEY wins; an embedded run without it
 * makes a random key once and keeps it next to its data folder (zero set-up, like the data);
 * a server deployment without it can only use passwords named as environment variables.
 */
export function resolveSecretBox(config: Config, driver: Driver, logger: Logger): SecretBox {
  if (config.secretKey) return createSecretBox(config.secretKey, config.environment);
  if (driver === 'pglite') {
    const keyFile = keyFileOf(config.dataDir);
    if (!existsSync(keyFile)) {
      writeFileSync(keyFile, randomBytes(32).toString('base64'), { mode: 0o600 });
      logger.info({ keyFile }, 'made a key for data-source passwords (set STEWARD_SECRET_KEY to use your own)');
    }
    return createSecretBox(readFileSync(keyFile, 'utf8').trim(), config.environment);
  }
  logger.warn(
    'STEWARD_SECRET_KEY is not set: data sources cannot store passwords, only name environment variables that hold them',
  );
  return createSecretBox(undefined, config.environment);
}
