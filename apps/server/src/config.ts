import { resolve } from 'node:path';
import { z } from 'zod';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((value) => ['true', '1', 'yes'].includes(value));

const configSchema = z.object({
  PORT: z.coerce.number({ error: 'must be a port number' }).int().min(1).max(65_535).default(4000),
  HOST: z.string().min(1, { error: 'must be a host name or address' }).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// URL' })
    .optional(),
  STEWARD_DATA_DIR: z.string().min(1).default('./.steward/data'),
  STEWARD_PUBLIC_URL: z.url({ error: 'must be the URL users open, such as https://steward.example.com' }).optional(),
  STEWARD_ADMIN_EMAIL: z.email({ error: 'must be an email address' }).default('admin@steward.local'),
  STEWARD_ADMIN_PASSWORD: z.string().min(12, { error: 'must be at least 12 characters' }).optional(),
  STEWARD_COOKIE_SECURE: booleanFromEnv.optional(),
  STEWARD_WEB_DIST: z.string().min(1).optional(),
  STEWARD_SECRET_KEY: z
    .string()
    .min(16, { error: 'must be at least 16 characters (use 32 random bytes, base64)' })
    .optional(),
  STEWARD_DEMO_SOURCE_PORT: z.coerce.number({ error: 'must be a port number' }).int().min(0).max(65_535).default(5544),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { error: 'must be development, production or test' })
    .default('production'),
});

/** Steward's configuration, read once at start-up from the environment. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  publicUrl: string | undefined;
  initialAdmin: { email: string; password: string | undefined };
  /** Secure cookies: on when the public URL is https, unless set explicitly. */
  cookieSecure: boolean;
  webDist: string | undefined;
  /** Seals data-source passwords. Embedded runs make and keep one beside the data folder if unset. */
  secretKey: string | undefined;
  /** Where the demo's operational database is served (127.0.0.1); 0 picks a free port. */
  demoSourcePort: number;
  /** The server's environment: a data source may name a variable that holds its password. */
  environment: Readonly<Record<string, string | undefined>>;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  isDevelopment: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Steward's configuration has problems:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws a ConfigError listing every problem at once. */
export function loadConfig(env: Record<string, string | undefined>): Readonly<Config> {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = configSchema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const values = result.data;
  return Object.freeze({
    port: values.PORT,
    host: values.HOST,
    databaseUrl: values.DATABASE_URL,
    dataDir: resolve(values.STEWARD_DATA_DIR),
    publicUrl: values.STEWARD_PUBLIC_URL,
    initialAdmin: { email: values.STEWARD_ADMIN_EMAIL, password: values.STEWARD_ADMIN_PASSWORD },
    cookieSecure: values.STEWARD_COOKIE_SECURE ?? values.STEWARD_PUBLIC_URL?.startsWith('https://') ?? false,
    webDist: values.STEWARD_WEB_DIST,
    secretKey: values.STEWARD_SECRET_KEY,
    demoSourcePort: values.STEWARD_DEMO_SOURCE_PORT,
    environment: Object.freeze({ ...env }),
    logLevel: values.LOG_LEVEL,
    isDevelopment: values.NODE_ENV === 'development',
  });
}
