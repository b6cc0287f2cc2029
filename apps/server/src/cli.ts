#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { createAccount, generateOneTimePassword } from '@steward/core';
import { DataDirLockedError } from '@steward/db';
import { createAccountInputSchema, InputError, parseInput, systemActor } from '@steward/domain';
import { Command } from 'commander';
import { ConfigError, loadConfig } from './config.js';
import { DEMO_PASSWORD, demoSignIns } from './demo/homebody.js';
import { seedDemo } from './demo/seed-demo.js';
import { createLogger } from './logger.js';
import { openMigratedDb, startSteward } from './main.js';
import { builtInPolicies, describeSimulation, simulateCommand } from './mdm-simulate.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// The one place besides config.ts that reads the environment: it hands it to loadConfig.
function configOrExit() {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}

async function run(work: (config: ReturnType<typeof loadConfig>) => Promise<void>) {
  const config = configOrExit();
  try {
    await work(config);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(error.message);
      process.exit(3);
    }
    if (error instanceof InputError) {
      for (const problem of error.fieldErrors) console.error(`${problem.field}: ${problem.message}`);
      process.exit(2);
    }
    createLogger(config.logLevel).error({ err: error }, 'steward failed');
    process.exit(1);
  }
}

const program = new Command()
  .name('steward')
  .description('Steward: data-governance catalogue and workflow.')
  .version(version)
  .showHelpAfterError();

program
  .command('start')
  .description('Migrate the database and serve the API and web app on one port.')
  .option('--demo', 'load the Homebody Appliances demo when the database is new')
  .action((options: { demo?: boolean }) =>
    run(async (config) => {
      const steward = await startSteward(config, createLogger(config.logLevel), { demo: Boolean(options.demo) });
      console.log(`\nSteward ${version} is running at ${steward.url}`);
      console.log(`Database: ${steward.database}\n`);
      if (steward.demoLoaded) {
        console.log(`Demo sign-ins (initial password: ${DEMO_PASSWORD}):`);
        for (const signIn of demoSignIns) {
          console.log(`  ${signIn.email.padEnd(38)} ${signIn.role.padEnd(10)} ${signIn.who}`);
        }
        console.log('');
      }
      console.log('Press Ctrl+C to stop.\n');
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => {
          void steward.stop().then(() => process.exit(0));
        });
      }
    }),
  );

program
  .command('migrate')
  .description('Apply the committed migrations to the database.')
  .action(() =>
    run(async (config) => {
      const handle = await openMigratedDb(config, createLogger(config.logLevel));
      await handle.close();
      console.log('Migrations applied.');
    }),
  );

program
  .command('seed')
  .description('Load data into the database.')
  .requiredOption('--demo', 'the Homebody Appliances demo company (required)')
  .action(() =>
    run(async (config) => {
      const handle = await openMigratedDb(config, createLogger(config.logLevel));
      try {
        const summary = await seedDemo(handle.db);
        console.log(
          summary.seeded
            ? `Demo loaded: ${summary.people} people, ${summary.orgUnits} org units, ${summary.domains} domains, ${summary.councils} councils, ${summary.roleAssignments} role assignments, ${summary.glossaryTerms} glossary terms, ${summary.accounts} accounts.`
            : 'The demo is already loaded; nothing written.',
        );
      } finally {
        await handle.close();
      }
    }),
  );

program
  .command('create-admin')
  .description(
    'Create an admin account. Without --password Steward prints a one-time password (safer: no shell history).',
  )
  .requiredOption('--email <email>', 'the sign-in email (required)')
  .option('--name <name>', 'display name', 'Administrator')
  .option('--password <password>', 'at least 12 characters; omit it to get a one-time password')
  .action((options: { email: string; name: string; password?: string }) =>
    run(async (config) => {
      const password = options.password ?? generateOneTimePassword();
      // Check the input before touching the database: a typo should say so, not "database in use".
      const input = parseInput(createAccountInputSchema, {
        email: options.email,
        displayName: options.name,
        role: 'admin',
        password,
        mustChangePassword: !options.password,
      });
      const handle = await openMigratedDb(config, createLogger(config.logLevel));
      try {
        const { account } = await createAccount(handle.db, systemActor('cli'), input);
        console.log(`Created admin ${account.email}.`);
        if (!options.password) console.log(`One-time password (to change at first sign-in): ${password}`);
      } finally {
        await handle.close();
      }
    }),
  );

const mdm = program.command('mdm').description('Master data management: try golden-record policies on files.');

mdm
  .command('simulate')
  .description(
    'Run a golden-record policy over a CSV file (deduplicate) or two (link one to one) and print what it would merge; with a truth column, how right it was.',
  )
  .requiredOption(
    '--policy <policy>',
    `a policy JSON file, or a built-in policy (${Object.keys(builtInPolicies).join(', ')})`,
  )
  .requiredOption('--input <file>', 'a CSV file with a header line; give it twice to link two files', collect, [])
  .option('--id-column <column>', 'the column that identifies a record (never matched on); without it, line numbers')
  .option(
    '--truth-column <column>',
    'ground truth: same value = same entity (never matched on); FEBRL ids work as they are',
  )
  .option(
    '--golden-reference <pattern>',
    "ids matching this pattern hold their entity's true values (FEBRL: -org$): reports golden-record field accuracy",
  )
  .option('--source-column <column>', "the column naming each record's source system")
  .option('--updated-at-column <column>', "the column with each record's last-update time")
  .option('--json', 'print one JSON object')
  .action(
    (options: {
      policy: string;
      input: string[];
      idColumn?: string;
      truthColumn?: string;
      goldenReference?: string;
      sourceColumn?: string;
      updatedAtColumn?: string;
      json?: boolean;
    }) => {
      try {
        const result = simulateCommand(options);
        console.log(options.json ? JSON.stringify(result, null, 2) : describeSimulation(result));
      } catch (error) {
        if (error instanceof InputError) {
          for (const problem of error.fieldErrors) console.error(`${problem.field}: ${problem.message}`);
          process.exit(2);
        }
        throw error;
      }
    },
  );

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

await program.parseAsync(process.argv);
