// A per-process memo of what the inventory tools load from the database, valid while inventory_version (bumped by
// every write to the inventory tables, migration 023) is unchanged; a few dozen entries per database, least recently
// used dropped first. Cached values are frozen: they are shared by every later call.
import type { Queryable } from '../../core/db';

/** Entries kept per database object: big catalogues must not grow memory without limit. */
const SNAPSHOT_CACHE_ENTRIES = 32;

interface Entry {
  version: string;
  value: unknown;
}

const caches = new WeakMap<Queryable, Map<string, Entry>>();

/** The inventory tables' version: it changes with every committed write to them. */
async function inventoryVersion(db: Queryable): Promise<string> {
  const { rows } = await db.query<{ version: string }>(
    'SELECT version::text AS version FROM inventory_version',
  );
  return rows[0]?.version ?? '';
}

/**
 * Takes the inventory version's row lock for the rest of the caller's transaction. Every inventory write
 * transaction does this first: its triggers would take the same lock at the first write, and a writer that locked a
 * table before that (the bulk sales import drops daily_sales' constraints) could deadlock with one that holds it.
 */
export async function lockInventoryVersion(tx: Queryable): Promise<void> {
  await tx.query('SELECT version FROM inventory_version FOR UPDATE');
}

/** Freezes plain objects and arrays all the way down (Maps: their values), so a shared value cannot be changed. */
function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  if (value instanceof Map) {
    for (const v of value.values()) deepFreeze(v);
    return value;
  }
  Object.freeze(value);
  // Indexed for arrays: the weekly series are thousands of numbers, not worth a copy of their values.
  const items: unknown[] = Array.isArray(value) ? value : Object.values(value);
  for (let i = 0; i < items.length; i++)
    if (typeof items[i] === 'object' && items[i] !== null) deepFreeze(items[i]);
  return value;
}

function store(cache: Map<string, Entry>, id: string, entry: Entry): void {
  cache.delete(id);
  cache.set(id, entry);
  while (cache.size > SNAPSHOT_CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
}

/**
 * The value `load` returns for (name, key), loaded once per inventory version. The version is read before loading,
 * so a value that already saw a newer write is only ever reused under the older version (and reloaded later).
 */
export async function remember<T>(
  db: Queryable,
  name: string,
  key: string,
  load: () => Promise<T>,
): Promise<T> {
  const version = await inventoryVersion(db);
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const id = `${name}\u0000${key}`;
  const hit = cache.get(id);
  if (hit && hit.version === version) {
    store(cache, id, hit);
    return hit.value as T;
  }
  const value = deepFreeze(await load());
  store(cache, id, { version, value });
  return value;
}

/** Values computed one item at a time (a pair's forecast, its backtest) and kept as long as their table. */
export interface MemoTable<V> {
  /** The value remembered under `id`, else compute() (frozen and remembered). */
  get(id: string, compute: () => V): V;
  /** The values of `ids`, those not remembered yet loaded by one call of loadMissing (ids it leaves out: none). */
  getMany(
    ids: readonly string[],
    loadMissing: (missing: string[]) => Promise<Map<string, V>>,
  ): Promise<Map<string, V>>;
}

/**
 * A memo table for (name, key) that lives as long as the inventory version read now. Take it before loading what
 * the computed values rest on, so they can only be newer than the version they are kept under.
 */
export async function rememberTable<V>(
  db: Queryable,
  name: string,
  key: string,
): Promise<MemoTable<V>> {
  const table = await remember(db, name, key, async () => new Map<string, V>());
  return {
    get(id, compute) {
      let value = table.get(id);
      if (value === undefined) table.set(id, (value = deepFreeze(compute())));
      return value;
    },
    async getMany(ids, loadMissing) {
      const missing = ids.filter((id) => !table.has(id));
      if (missing.length)
        for (const [id, value] of await loadMissing(missing)) table.set(id, deepFreeze(value));
      const out = new Map<string, V>();
      for (const id of ids) if (table.has(id)) out.set(id, table.get(id) as V);
      return out;
    },
  };
}
