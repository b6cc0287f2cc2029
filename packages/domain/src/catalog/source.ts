import { z } from 'zod';
import { idSchema, nameSchema, optionalTextSchema, type RecordMeta, versionSchema } from '../shared/schemas.js';

/** The systems Steward reads a catalogue from. PostgreSQL first; the model leaves room for more. */
export const dataSourceKinds = ['postgresql'] as const;
export type DataSourceKind = (typeof dataSourceKinds)[number];

export const sslModes = ['disable', 'prefer', 'require'] as const;
export type SslMode = (typeof sslModes)[number];

/** A schema, table or column name as PostgreSQL spells it (any identifier, at most 63 bytes). */
const identifierSchema = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(63, { error: 'must be at most 63 characters' });

const envNameSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'must be an environment variable name (letters, digits, _)' })
  .max(100);

/**
 * Where a PostgreSQL source is and how to sign in. The password is either given (stored
 * encrypted) or named as an environment variable of the Steward server (never stored).
 */
export const postgresConnectionInputSchema = z
  .object({
    host: z
      .string({ error: 'is required' })
      .trim()
      .min(1, { error: 'must not be empty' })
      .max(255, { error: 'must be at most 255 characters' })
      .regex(/^[A-Za-z0-9._:[\]-]+$/, { error: 'must be a host name or an IP address' }),
    port: z
      .number({ error: 'must be a port number' })
      .int({ error: 'must be a whole number' })
      .min(1, { error: 'must be between 1 and 65535' })
      .max(65535, { error: 'must be between 1 and 65535' })
      .nullish()
      .transform((value) => value ?? 5432),
    database: identifierSchema,
    user: identifierSchema,
    sslMode: z
      .enum(sslModes, { error: `must be one of ${sslModes.join(', ')}` })
      .nullish()
      .transform((value) => value ?? 'prefer'),
    /** Absent keeps the stored one (on update); null or '' means no password. */
    password: z.string().max(1000, { error: 'must be at most 1000 characters' }).nullish(),
    passwordEnv: envNameSchema.nullish(),
    /** Schemas to read; empty reads every schema but PostgreSQL's own. */
    schemas: z
      .array(identifierSchema, { error: 'must be a list of schema names' })
      .max(200, { error: 'must have at most 200 schemas' })
      .nullish()
      .transform((value) => [...new Set(value ?? [])]),
  })
  .superRefine((value, context) => {
    if (value.password && value.passwordEnv) {
      context.addIssue({
        code: 'custom',
        path: ['passwordEnv'],
        message: 'give either a password or the environment variable that holds it, not both',
      });
    }
  });
export type PostgresConnectionInput = z.input<typeof postgresConnectionInputSchema>;

/** The connection as stored and shown: never the password itself. */
export interface PostgresConnection {
  host: string;
  port: number;
  database: string;
  user: string;
  sslMode: SslMode;
  schemas: string[];
  /** How the password is kept: encrypted in Steward, named in the server's environment, or none. */
  passwordSource: 'stored' | 'environment' | 'none';
  passwordEnv: string | null;
}

export interface DataSource extends RecordMeta {
  name: string;
  kind: DataSourceKind;
  description: string | null;
  domainId: string | null;
  connection: PostgresConnection;
  lastIngestAt: Date | null;
  lastIngestJobId: string | null;
  serverVersion: string | null;
  /** 'demo' for the demo's operational database, which Steward itself serves. */
  managedBy: 'demo' | null;
}

export const createDataSourceInputSchema = z.object({
  name: nameSchema,
  kind: z
    .enum(dataSourceKinds, { error: `must be one of ${dataSourceKinds.join(', ')}` })
    .nullish()
    .transform((value) => value ?? 'postgresql'),
  description: optionalTextSchema(),
  domainId: idSchema.nullish().transform((value) => value ?? null),
  connection: postgresConnectionInputSchema,
});
export type CreateDataSourceInput = z.input<typeof createDataSourceInputSchema>;

export const updateDataSourceInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  name: nameSchema.optional(),
  description: optionalTextSchema().optional(),
  domainId: idSchema.nullish(),
  connection: postgresConnectionInputSchema.optional(),
});
export type UpdateDataSourceInput = z.input<typeof updateDataSourceInputSchema>;

/** Asks for a connection test: of a stored source, or of connection details before saving them. */
export const testConnectionInputSchema = z
  .object({
    sourceId: idSchema.nullish(),
    connection: postgresConnectionInputSchema.nullish(),
  })
  .refine((value) => Boolean(value.sourceId) || Boolean(value.connection), {
    path: ['connection'],
    message: 'give a source or the connection details to test',
  });
