import { defineConfig } from 'vitest/config';

export default defineConfig({
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    // A PGlite start and a server round trip both fit well inside this; a hang does not.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'domain', root: 'packages/domain' } },
      { extends: true, test: { name: 'db', root: 'packages/db' } },
      { extends: true, test: { name: 'core', root: 'packages/core' } },
      { extends: true, test: { name: 'server', root: 'apps/server' } },
    ],
  },
});
