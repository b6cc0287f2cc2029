import { type TermContent, type TermContentField, termContentFields } from './term.js';

/** One changed field between two versions of a term. */
export interface FieldChange {
  field: TermContentField;
  before: unknown;
  after: unknown;
  /** For list fields: what the newer version adds and drops. */
  added?: unknown[];
  removed?: unknown[];
}

const listFields = new Set<TermContentField>(['synonyms', 'tags', 'reviewerIds', 'externalReferences', 'relations']);

/** JSON with object keys sorted: jsonb stores keys in its own order, and that is no change. */
function key(value: unknown): string {
  return JSON.stringify(value, (_name, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : item,
  );
}

/** Field-by-field differences from `before` (null for a new term) to `after`, in display order. */
export function diffTermContent(before: TermContent | null, after: TermContent): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of termContentFields) {
    const previous = before ? before[field] : undefined;
    const next = after[field];
    if (key(previous ?? null) === key(next ?? null)) continue;
    if (listFields.has(field)) {
      const previousItems = (previous as unknown[] | undefined) ?? [];
      const nextItems = next as unknown[];
      const previousKeys = new Set(previousItems.map(key));
      const nextKeys = new Set(nextItems.map(key));
      const added = nextItems.filter((item) => !previousKeys.has(key(item)));
      const removed = previousItems.filter((item) => !nextKeys.has(key(item)));
      // Same items in another order is not a change a reviewer cares about.
      if (added.length === 0 && removed.length === 0) continue;
      changes.push({ field, before: previous ?? null, after: next, added, removed });
    } else {
      changes.push({ field, before: previous ?? null, after: next });
    }
  }
  return changes;
}

/** True when two contents say the same (list order aside). */
export function sameTermContent(a: TermContent, b: TermContent): boolean {
  return diffTermContent(a, b).length === 0;
}
