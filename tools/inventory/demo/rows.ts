// Which inventory rows are the demo set: marking them after a demo load, telling whether answers rest on them,
// removing them (with their stock, inbound and sales), and remembering that the seller removed them.
import type { Queryable } from '../../../core/db';
import type { InventoryData } from '../types';

/** 'none': no demo rows; 'only': the inventory is the demo set; 'mixed': demo rows beside the seller's own. */
export type DemoState = 'none' | 'only' | 'mixed';

const DECLINED_KEY = 'demo_inventory_removed';

/** Marks the products and warehouses of `data` as demo rows (inside the loader's transaction). */
export async function markDemoRows(tx: Queryable, data: InventoryData): Promise<void> {
  await tx.query('UPDATE products SET demo = true WHERE sku = ANY($1::text[])', [
    data.products.map((p) => p.sku),
  ]);
  await tx.query('UPDATE warehouses SET demo = true WHERE code = ANY($1::text[])', [
    data.warehouses.map((w) => w.code),
  ]);
  await tx.query('DELETE FROM settings WHERE key = $1', [DECLINED_KEY]);
}

export async function demoState(db: Queryable): Promise<DemoState> {
  const { rows } = await db.query<{ demo: boolean; own: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM products WHERE demo) OR EXISTS (SELECT 1 FROM warehouses WHERE demo) AS demo,
            EXISTS (SELECT 1 FROM products WHERE NOT demo) OR EXISTS (SELECT 1 FROM warehouses WHERE NOT demo) AS own`,
  );
  const { demo, own } = rows[0];
  return !demo ? 'none' : own ? 'mixed' : 'only';
}

/**
 * Deletes the demo products (with their stock, inbound and sales) and the demo warehouses nothing else uses, and
 * remembers the removal so the first-run step does not load the demo set again. Returns what was removed.
 */
export async function removeDemoRows(
  tx: Queryable,
): Promise<{ products: number; warehouses: number }> {
  await tx.exec(
    `DELETE FROM daily_sales WHERE sku IN (SELECT sku FROM products WHERE demo);
     DELETE FROM sales_series WHERE sku IN (SELECT sku FROM products WHERE demo);
     DELETE FROM inbound_shipments WHERE sku IN (SELECT sku FROM products WHERE demo);
     DELETE FROM stock WHERE sku IN (SELECT sku FROM products WHERE demo);`,
  );
  const products = await tx.query('DELETE FROM products WHERE demo RETURNING sku');
  const warehouses = await tx.query(
    `DELETE FROM warehouses w WHERE demo
       AND NOT EXISTS (SELECT 1 FROM stock s WHERE s.warehouse = w.code)
       AND NOT EXISTS (SELECT 1 FROM inbound_shipments i WHERE i.warehouse = w.code)
       AND NOT EXISTS (SELECT 1 FROM daily_sales d WHERE d.warehouse = w.code)
     RETURNING code`,
  );
  await tx.query(
    `INSERT INTO settings (key, value) VALUES ($1, 'true'::jsonb)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    [DECLINED_KEY],
  );
  return { products: products.rows.length, warehouses: warehouses.rows.length };
}

/** True once the seller removed the demo set (seed-demo --remove, or an import that replaced it). */
export async function demoRemoved(db: Queryable): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM settings WHERE key = $1', [DECLINED_KEY]);
  return rows.length > 0;
}
