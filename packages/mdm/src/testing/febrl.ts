import { readFileSync } from 'node:fs';
import type { SourceRecord } from '../engine/prepare.js';

/** Reads a FEBRL file (`, `-separated, text columns, `rec-<entity>-org|dup-<k>` ids) from test/data/febrl. */
export function readFebrl(name: string): { records: SourceRecord[]; entities: string[] } {
  const url = new URL(`../../../../test/data/febrl/${name}`, import.meta.url);
  const lines = readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  const header = lines[0]!.split(',').map((column) => column.trim());
  const records: SourceRecord[] = [];
  const entities: string[] = [];
  for (const line of lines.slice(1)) {
    const cells = line.split(',').map((cell) => cell.trim());
    const values: Record<string, string | null> = {};
    header.forEach((column, index) => {
      if (column !== 'rec_id') values[column] = cells[index] ? cells[index]! : null;
    });
    const id = cells[0]!;
    records.push({ id, values });
    entities.push(id.split('-')[1]!);
  }
  return { records, entities };
}

/** The built-in person policy, under the name the FEBRL tests and benches have used. */
export { defaultPersonPolicy as febrlPersonPolicy } from '../policies/default-person.js';
