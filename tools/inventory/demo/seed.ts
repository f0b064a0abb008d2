// Loads the demo inventory: on request (seed-demo) or as a first-run step when the inventory is empty.
import type { Db } from '../../../core/db';
import type { Deps } from '../../../core/deps';
import { toIsoDate } from '../dates';
import { clearInventory, inventoryIsEmpty, writeInventory } from '../import/write';
import { countRecords, type InventoryCounts } from '../types';
import { lockInventoryVersion } from '../snapshot-cache';
import { generateDemoInventory } from './generate';
import { demoRemoved, demoState, markDemoRows, removeDemoRows } from './rows';

export interface DemoLoadResult {
  /** False when the inventory was not empty and `replace` was not set: nothing changed. */
  loaded: boolean;
  counts: InventoryCounts | null;
}

/** Generates the demo set for `anchor` and writes it in one transaction, only into an empty inventory unless `replace`. */
export async function loadDemoInventory(
  db: Db,
  anchor: string,
  options: { replace?: boolean } = {},
): Promise<DemoLoadResult> {
  const data = generateDemoInventory(anchor);
  return db.transaction(async (tx) => {
    await lockInventoryVersion(tx);
    if (!(await inventoryIsEmpty(tx))) {
      if (!options.replace) return { loaded: false, counts: null };
      await clearInventory(tx);
    }
    await writeInventory(tx, data);
    await markDemoRows(tx, data);
    return { loaded: true, counts: countRecords(data) };
  });
}

/** Removes the demo set (seed-demo --remove); null when the inventory holds no demo rows. */
export function removeDemoInventory(
  db: Db,
): Promise<{ products: number; warehouses: number } | null> {
  return db.transaction(async (tx) => {
    await lockInventoryVersion(tx);
    return (await demoState(tx)) === 'none' ? null : removeDemoRows(tx);
  });
}

export function demoLoadedNote(counts: InventoryCounts): string {
  return (
    `Inventory was empty: loaded the demo data set (${counts.products} SKUs, ${counts.warehouses} warehouses). ` +
    'Import your own with `npx tradepilot import-inventory <dir>` (it replaces the demo set); DEMO_DATA=0 turns this off.'
  );
}

/**
 * First-run step: with DEMO_DATA on and no products or warehouses, loads the demo set dated to today, unless the
 * seller removed it before.
 */
export async function ensureDemoInventory(deps: Deps): Promise<string | null> {
  if (!deps.config.DEMO_DATA || !(await inventoryIsEmpty(deps.db))) return null;
  if (await demoRemoved(deps.db)) return null;
  const result = await loadDemoInventory(deps.db, toIsoDate(deps.now()));
  if (!result.loaded || !result.counts) return null;
  return demoLoadedNote(result.counts);
}
