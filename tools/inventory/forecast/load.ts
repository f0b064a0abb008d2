// The forecast's sales history: the weekly sales of each sku x warehouse (its packed sales_series row, loaded for
// every pair at once and remembered until the inventory changes), seen up to the week of as_of, and each pair's
// family (the variants of its parent SKU in the same warehouse) summed.
import type { Queryable } from '../../../core/db';
import { queryJsonRows } from '../json-rows';
import { pairKey } from '../queries';
import { remember } from '../snapshot-cache';
import { buildFamilies, familyKey } from './family';
import type { FamilySeries } from './seasonal';
import { EPOCH_MONDAY, weekOf, type WeeklySeries } from './weeks';

/** A pair's whole weekly series: units per week from week `first` (the week of its first sale). */
interface PackedWeeks {
  first: number;
  weekly: readonly number[];
}

/** Every pair's weekly series, keyed by pairKey: one scan of sales_series, text being cheaper than arrays on PGlite. */
function loadAllWeeks(db: Queryable): Promise<ReadonlyMap<string, PackedWeeks>> {
  return remember(db, 'weekly-series', '', async () => {
    const rows = await queryJsonRows<{
      sku: string;
      warehouse: string;
      first: number;
      weeks: string;
    }>(
      db,
      `SELECT sku, warehouse, (date_trunc('week', first_day)::date - $1::date) / 7 AS first,
              array_to_string(weekly, ',') AS weeks
       FROM sales_series`,
      [EPOCH_MONDAY],
    );
    return new Map(
      rows.map((r) => [
        pairKey(r.sku, r.warehouse),
        { first: r.first, weekly: r.weeks ? r.weeks.split(',').map(Number) : [] },
      ]),
    );
  });
}

/** A packed series seen as of week `current`: the same array, weeks from `current` on not read (no copy). */
function asOfWeek(packed: PackedWeeks, current: number): WeeklySeries {
  return { first: packed.first, from: packed.first, units: packed.weekly, end: current };
}

/** Weekly series of each pair that sold before the week of `asOf` (later weeks not read), keyed by pairKey. */
export async function loadWeeklySeries(
  db: Queryable,
  pairs: ReadonlyArray<{ sku: string; warehouse: string }>,
  asOf: string,
): Promise<Map<string, WeeklySeries>> {
  const series = new Map<string, WeeklySeries>();
  if (pairs.length === 0) return series;
  const all = await loadAllWeeks(db);
  const current = weekOf(asOf);
  for (const p of pairs) {
    const key = pairKey(p.sku, p.warehouse);
    const packed = all.get(key);
    if (packed && packed.first < current) series.set(key, asOfWeek(packed, current));
  }
  return series;
}

/** Each SKU's parent (products.parent_sku), remembered until the inventory changes. */
function loadParents(db: Queryable): Promise<ReadonlyMap<string, string>> {
  return remember(db, 'product-parents', '', async () => {
    const rows = await queryJsonRows<{ sku: string; parent: string }>(
      db,
      'SELECT sku, parent_sku AS parent FROM products WHERE parent_sku IS NOT NULL',
      [],
    );
    return new Map(rows.map((r) => [r.sku, r.parent]));
  });
}

/**
 * The family of every pair whose SKU has a parent, keyed by pairKey: its parent's variants selling in the same
 * warehouse before as_of's week, their weekly series summed (one object per family, shared by its variants).
 */
function loadAllFamilies(db: Queryable, asOf: string): Promise<ReadonlyMap<string, FamilySeries>> {
  return remember(db, 'families', asOf, async () => {
    const parentOf = await loadParents(db);
    const out = new Map<string, FamilySeries>();
    if (parentOf.size === 0) return out;
    const current = weekOf(asOf);
    const members = [...(await loadAllWeeks(db))].flatMap(([key, packed]) => {
      const [sku, warehouse] = key.split('\u0000');
      const parent = parentOf.get(sku);
      return parent && packed.first < current
        ? [{ key, parent, warehouse, series: asOfWeek(packed, current) }]
        : [];
    });
    const families = buildFamilies(members);
    for (const m of members) out.set(m.key, families.get(familyKey(m.parent, m.warehouse))!);
    return out;
  });
}

/** The family of each of `pairs` that has one (see loadAllFamilies), keyed by pairKey. */
export async function loadFamilies(
  db: Queryable,
  pairs: ReadonlyArray<{ sku: string; warehouse: string }>,
  asOf: string,
): Promise<Map<string, FamilySeries>> {
  const families = await loadAllFamilies(db, asOf);
  const out = new Map<string, FamilySeries>();
  for (const p of pairs) {
    const key = pairKey(p.sku, p.warehouse);
    const family = families.get(key);
    if (family) out.set(key, family);
  }
  return out;
}
