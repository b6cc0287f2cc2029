#!/usr/bin/env node
import { createAccount, generateOneTimePassword } from '@steward/core';
import { DataDirLockedError } from '@steward/db';
import { systemActor } from '@steward/domain';
import { Command } from 'commander';
import { ConfigError, loadConfig } from './config.js';
import { DEMO_PASSWORD, demoSignIns } from './demo/homebody.js';
import { seedDemo } from './demo/seed-demo.js';
import { createLogger } from './logger.js';
import { openMigratedDb, startSteward } from './main.js';

// The one place besides config.ts that reads the environment: it hands it to loadConfig.
const config = (() => {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
})();
const logger = createLogger(config.logLevel);

function printDemoSignIns() {
  console.log(`Demo sign-ins (password: ${DEMO_PASSWORD}):`);
  for (const signIn of demoSignIns) console.log(`  ${signIn.email.padEnd(38)} ${signIn.role.padEnd(10)} ${signIn.who}`);
  console.log('');
}

async function run(work: () => Promise<void>) {
  try {
    await work();
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(error.message);
      process.exit(3);
    }
    logger.error({ err: error }, 'steward failed');
    process.exit(1);
  }
}

const program = new Command()
  .name('steward')
  .description('Steward: data-governance catalogue and workflow.')
  .showHelpAfterError();

program
  .command('start')
  .description('Migrate the database and serve the API and web app on one port.')
  .option('--demo', 'load the Homebody Appliances demo when the database is new')
  .action((options: { demo?: boolean }) =>
    run(async () => {
      const steward = await startSteward(config, logger, { demo: Boolean(options.demo) });
      console.log(`\nSteward is running at ${steward.url}\n`);
      if (steward.demoLoaded) printDemoSignIns();
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
    run(async () => {
      const handle = await openMigratedDb(config, logger);
      await handle.close();
      console.log('Migrations applied.');
    }),
  );

program
  .command('seed')
  .description('Load data into the database.')
  .requiredOption('--demo', 'the Homebody Appliances demo company')
  .action(() =>
    run(async () => {
      const handle = await openMigratedDb(config, logger);
      try {
        const summary = await seedDemo(handle.db);
        console.log(
          summary.seeded ? `Demo loaded: ${JSON.stringify(summary)}` : 'The demo is already loaded; nothing written.',
        );
      } finally {
        await handle.close();
      }
    }),
  );

program
  .command('create-admin')
  .description('Create an admin account (prints a one-time password unless --password is given).')
  .requiredOption('--email <email>', 'the sign-in email')
  .option('--name <name>', 'display name', 'Administrator')
  .option('--password <password>', 'at least 12 characters; omit for a one-time password')
  .action((options: { email: string; name: string; password?: string }) =>
    run(async () => {
      const handle = await openMigratedDb(config, logger);
      try {
        const password = options.password ?? generateOneTimePassword();
        const account = await createAccount(handle.db, systemActor('cli'), {
          email: options.email,
          displayName: options.name,
          role: 'admin',
          password,
          mustChangePassword: !options.password,
        });
        console.log(`Created admin ${account.email}.`);
        if (!options.password) console.log(`One-time password (change it at first sign-in): ${password}`);
      } catch (error) {
        const field = (error as { fieldErrors?: { field: string; message: string }[] }).fieldErrors;
        if (field) {
          for (const problem of field) console.error(`${problem.field}: ${problem.message}`);
          process.exitCode = 2;
          return;
        }
        throw error;
      } finally {
        await handle.close();
      }
    }),
  );

await program.parseAsync(process.argv);
