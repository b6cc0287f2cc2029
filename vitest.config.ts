import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql 16 declares `"main": "index"`; Vite resolves that to index.mjs while Node (and so
// graphql-yoga) loads index.js. Two copies break `instanceof GraphQLError`: pin the one Node uses.
const graphqlEntry = createRequire(new URL('./apps/server/package.json', import.meta.url)).resolve('graphql');

export default defineConfig({
  ssr: { resolve: { conditions: ['source'] } },
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    // A PGlite start and a server round trip both fit well inside this; a hang does not.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'domain', root: 'packages/domain' } },
      { extends: true, test: { name: 'mdm', root: 'packages/mdm' } },
      { extends: true, test: { name: 'db', root: 'packages/db' } },
      { extends: true, test: { name: 'core', root: 'packages/core' } },
      { extends: true, test: { name: 'server', root: 'apps/server' } },
      // What crosses packages (the web app's operations against the server). test/e2e is Playwright's.
      { extends: true, test: { name: 'contract', root: 'test', include: ['contract/**/*.test.ts'] } },
    ],
  },
});
