import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { type Client, useClient } from 'urql';
import { DomainNamesQuery, PeopleByLabelQuery, PersonNamesQuery, TermNamesQuery } from './names.graphql';

const SLOTS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;
type Slot = (typeof SLOTS)[number];

/** What a lookup knows of one key: its name, `null` for "no such record", undefined while unknown. */
type Known = string | null;

/**
 * Ids asked for in the same tick are fetched together, ten per request, and remembered: a page
 * full of facets or changes costs a request or two, not one per id.
 */
class NameLoader {
  private readonly names = new Map<string, Known>();
  private readonly queued = new Set<string>();
  private readonly inFlight = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private scheduled = false;
  version = 0;

  constructor(private readonly fetchChunk: (keys: string[]) => Promise<Map<string, Known>>) {}

  get(key: string): Known | undefined {
    return this.names.get(key);
  }

  request(keys: readonly string[]) {
    for (const key of keys) {
      if (!key || this.names.has(key) || this.inFlight.has(key)) continue;
      this.queued.add(key);
    }
    if (this.queued.size === 0 || this.scheduled) return;
    this.scheduled = true;
    setTimeout(() => this.flush(), 0);
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = () => this.version;

  private flush() {
    this.scheduled = false;
    const keys = [...this.queued];
    this.queued.clear();
    for (let start = 0; start < keys.length; start += SLOTS.length) {
      const chunk = keys.slice(start, start + SLOTS.length);
      for (const key of chunk) this.inFlight.add(key);
      this.fetchChunk(chunk)
        .then((found) => {
          for (const key of chunk) this.names.set(key, found.get(key) ?? null);
        })
        .catch(() => undefined)
        .finally(() => {
          for (const key of chunk) this.inFlight.delete(key);
          this.version += 1;
          for (const listener of this.listeners) listener();
        });
    }
  }
}

/** The ten variables of a lookup; unused slots repeat the last key (the server loads each id once). */
function slotsOf(keys: string[]): Record<Slot, string> {
  const last = keys[keys.length - 1] ?? '';
  return Object.fromEntries(SLOTS.map((slot, index) => [slot, keys[index] ?? last])) as Record<Slot, string>;
}

type RecordKind = 'person' | 'domain' | 'term';
export type NameKind = RecordKind | 'label';

const recordQueries = { person: PersonNamesQuery, domain: DomainNamesQuery, term: TermNamesQuery } as const;

function recordLoader(client: Client, kind: RecordKind): NameLoader {
  return new NameLoader(async (ids) => {
    // The three queries have the same shape: ten aliased `{ id name }` lookups.
    const result = await client
      .query(recordQueries[kind] as typeof PersonNamesQuery, slotsOf(ids), { requestPolicy: 'cache-first' })
      .toPromise();
    const found = new Map<string, Known>();
    for (const record of Object.values(result.data ?? {})) {
      if (record && typeof record === 'object' && 'id' in record) found.set(record.id, record.name);
    }
    if (result.error && !result.data) throw result.error;
    return found;
  });
}

/** Revisions name people by their sign-in (an email): the person with that email, if there is one. */
function labelLoader(client: Client): NameLoader {
  return new NameLoader(async (labels) => {
    const found = new Map<string, Known>();
    const emails = labels.filter((label) => label.includes('@'));
    for (const label of labels) if (!label.includes('@')) found.set(label, label);
    if (emails.length === 0) return found;
    const result = await client.query(PeopleByLabelQuery, slotsOf(emails)).toPromise();
    if (result.error && !result.data) throw result.error;
    SLOTS.forEach((slot, index) => {
      const email = emails[index];
      const person = result.data?.[slot]?.nodes[0];
      if (email && person && person.email.toLowerCase() === email.toLowerCase()) found.set(email, person.name);
    });
    return found;
  });
}

const loadersByClient = new WeakMap<Client, Record<NameKind, NameLoader>>();

function loadersOf(client: Client): Record<NameKind, NameLoader> {
  let loaders = loadersByClient.get(client);
  if (!loaders) {
    loaders = {
      person: recordLoader(client, 'person'),
      domain: recordLoader(client, 'domain'),
      term: recordLoader(client, 'term'),
      label: labelLoader(client),
    };
    loadersByClient.set(client, loaders);
  }
  return loaders;
}

/**
 * Names for ids of one kind: `known` answers first (records the page already has), the loader
 * the rest. The result gives a name, `null` for a record that no longer exists, or undefined
 * while it is being looked up.
 */
export function useNames(
  kind: NameKind,
  keys: readonly string[],
  known?: ReadonlyMap<string, string>,
): (key: string) => Known | undefined {
  const client = useClient();
  const loader = loadersOf(client)[kind];
  const version = useSyncExternalStore(loader.subscribe, loader.snapshot);
  const missing = useMemo(() => [...new Set(keys.filter((key) => key && !known?.has(key)))].sort(), [keys, known]);
  const missingKey = missing.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the joined key stands for the list.
  useEffect(() => loader.request(missing), [loader, missingKey]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is what changes when names arrive.
  return useMemo(() => (key: string) => known?.get(key) ?? loader.get(key), [known, loader, version]);
}
