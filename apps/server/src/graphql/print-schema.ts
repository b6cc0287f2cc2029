import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printStewardSchema } from './schema.js';

const target = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
writeFileSync(target, printStewardSchema());
console.log(`wrote ${target}`);
