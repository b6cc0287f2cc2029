import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { printStewardSchema } from './schema.js';

describe('the committed GraphQL schema', () => {
  it('matches the code (run `pnpm schema` after changing the API)', () => {
    const committed = readFileSync(fileURLToPath(new URL('../../schema.graphql', import.meta.url)), 'utf8');
    expect(printStewardSchema()).toBe(committed);
  });
});
