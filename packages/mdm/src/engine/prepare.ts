import type { GoldenRecordPolicy } from '@steward/domain';
import { doubleMetaphone, soundex } from '../compare/phonetic.js';
import { blockingKey, standardise } from '../standardise.js';

/** A source record as the engine receives it. */
export interface SourceRecord {
  id: string;
  /** The system it comes from (source priority and trust read it). */
  source?: string | null;
  /** When the source last changed it (most recent and trust decay read it). */
  updatedAt?: Date | string | null;
  values: Readonly<Record<string, string | number | null | undefined>>;
}

/** A record ready to compare: raw values for display, standardised values for matching. */
export interface PreparedRecord {
  index: number;
  id: string;
  source: string | null;
  updatedAt: number | null;
  raw: (string | null)[];
  clean: (string | null)[];
}

export const phoneticEncoders = { soundex, doubleMetaphone };

const text = (value: string | number | null | undefined): string | null =>
  value === null || value === undefined ? null : String(value);

/** Standardises every record once, attributes in policy order (arrays, not maps: the hot loop indexes them). */
export function prepareRecords(policy: GoldenRecordPolicy, records: Iterable<SourceRecord>): PreparedRecord[] {
  const prepared: PreparedRecord[] = [];
  for (const record of records) {
    const raw = policy.attributes.map((attribute) => text(record.values[attribute.name]));
    const updated = record.updatedAt ? new Date(record.updatedAt).getTime() : Number.NaN;
    prepared.push({
      index: prepared.length,
      id: record.id,
      source: record.source ?? null,
      updatedAt: Number.isNaN(updated) ? null : updated,
      raw,
      clean: raw.map((value, index) => standardise(value, policy.attributes[index]!.standardise)),
    });
  }
  return prepared;
}

/** The index of each attribute name in the prepared arrays. */
export function attributeIndex(policy: GoldenRecordPolicy): Map<string, number> {
  return new Map(policy.attributes.map((attribute, index) => [attribute.name, index]));
}

/** A record's key for one blocking pass, or null when any part is empty (empty keys never block). */
export function passKey(
  record: PreparedRecord,
  keys: readonly { index: number; transform: Parameters<typeof blockingKey>[1] }[],
): string | null {
  let key = '';
  for (const part of keys) {
    const value = blockingKey(record.clean[part.index] ?? null, part.transform, phoneticEncoders);
    if (!value) return null;
    key = key ? `${key}\u0001${value}` : value;
  }
  return key;
}
