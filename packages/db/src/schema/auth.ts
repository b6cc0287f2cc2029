import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns.js';
import { people } from './stewardship.js';

export const accounts = pgTable(
  'user_account',
  {
    ...recordColumns,
    email: text().notNull(),
    displayName: text().notNull(),
    passwordHash: text().notNull(),
    role: text().notNull(),
    personId: uuid().references(() => people.id, { onDelete: 'set null' }),
    disabled: boolean().notNull().default(false),
    mustChangePassword: boolean().notNull().default(false),
    lastSignInAt: timestamp({ withTimezone: true }),
  },
  (table) => [
    uniqueIndex('user_account_email_key').on(sql`lower(${table.email})`),
    uniqueIndex('user_account_person_key').on(table.personId),
    check('user_account_role_check', sql`${table.role} in ('admin', 'steward', 'architect', 'executive', 'viewer')`),
  ],
);

/** A browser session. Only the SHA-256 of the cookie's token is stored. */
export const sessions = pgTable(
  'session',
  {
    ...recordColumns,
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    tokenHash: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    absoluteExpiresAt: timestamp({ withTimezone: true }).notNull(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
    userAgent: text(),
  },
  (table) => [
    uniqueIndex('session_token_hash_key').on(table.tokenHash),
    index('session_account_idx').on(table.accountId),
  ],
);

/** A bearer token for automation. Only the SHA-256 is stored; the token is shown once. */
export const apiTokens = pgTable(
  'api_token',
  {
    ...recordColumns,
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    prefix: text().notNull(),
    tokenHash: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (table) => [
    uniqueIndex('api_token_hash_key').on(table.tokenHash),
    index('api_token_account_idx').on(table.accountId),
  ],
);
