// SQL that writes inventory records in bulk (unnest arrays, upserts), checks for an empty inventory and clears it.
import type { Queryable } from '../../../core/db';
import type { InventoryData } from '../types';
import { refreshSalesSeries } from './sales-series';

/** Rows per statement: large enough to be fast on PGlite, small enough to keep parameters modest. */
const CHUNK = 20_000;
/** Sales imports at least this large re-validate the foreign keys and rebuild the date index once, not per row. */
export const BULK_SALES_ROWS = 10_000;

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

const col = <T, K extends keyof T>(rows: T[], key: K): T[K][] => rows.map((r) => r[key]);

/**
 * Upserts everything in `data` inside the caller's transaction (products and warehouses written become the
 * seller's own, demo = false): products, warehouses and stock by key; inbound
 * shipments replaced for every sku x warehouse present in `data.inbound`; sales by date, sku and warehouse.
 */
export async function writeInventory(tx: Queryable, data: InventoryData): Promise<void> {
  await inChunks(data.products, (rows) =>
    tx.query(
      `INSERT INTO products (sku, title, category, unit_cost, currency, lead_time_days, moq, case_pack, unit_volume_cuft, parent_sku)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::numeric[], $5::text[], $6::int[], $7::int[], $8::int[], $9::numeric[], $10::text[])
       ON CONFLICT (sku) DO UPDATE SET title = EXCLUDED.title, category = EXCLUDED.category,
         unit_cost = EXCLUDED.unit_cost, currency = EXCLUDED.currency, lead_time_days = EXCLUDED.lead_time_days,
         moq = EXCLUDED.moq, case_pack = EXCLUDED.case_pack, unit_volume_cuft = coalesce(EXCLUDED.unit_volume_cuft, products.unit_volume_cuft),
         parent_sku = coalesce(EXCLUDED.parent_sku, products.parent_sku),
         demo = false, updated_at = now()`,
      [
        col(rows, 'sku'),
        col(rows, 'title'),
        col(rows, 'category'),
        col(rows, 'unit_cost'),
        col(rows, 'currency'),
        col(rows, 'lead_time_days'),
        col(rows, 'moq'),
        col(rows, 'case_pack'),
        rows.map((r) => r.unit_volume_cuft ?? null),
        rows.map((r) => r.parent_sku ?? null),
      ],
    ),
  );
  // A parent_sku cell left empty in a file that has the column clears the stored parent.
  const unparented = data.products.filter((p) => p.parent_sku === null).map((p) => p.sku);
  if (unparented.length)
    await tx.query(
      'UPDATE products SET parent_sku = NULL WHERE sku = ANY ($1::text[]) AND parent_sku IS NOT NULL',
      [unparented],
    );
  await inChunks(data.warehouses, (rows) =>
    tx.query(
      `INSERT INTO warehouses (code, name, country, type, market)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, country = EXCLUDED.country,
         type = EXCLUDED.type, market = EXCLUDED.market, demo = false, updated_at = now()`,
      [
        col(rows, 'code'),
        col(rows, 'name'),
        col(rows, 'country'),
        col(rows, 'type'),
        col(rows, 'market'),
      ],
    ),
  );
  await inChunks(data.stock, (rows) =>
    tx.query(
      `INSERT INTO stock (sku, warehouse, on_hand, reserved)
       SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::int[])
       ON CONFLICT (sku, warehouse) DO UPDATE SET on_hand = EXCLUDED.on_hand,
         reserved = EXCLUDED.reserved, updated_at = now()`,
      [col(rows, 'sku'), col(rows, 'warehouse'), col(rows, 'on_hand'), col(rows, 'reserved')],
    ),
  );
  await inChunks(data.inbound, (rows) =>
    tx.query(
      `DELETE FROM inbound_shipments i USING unnest($1::text[], $2::text[]) AS t (sku, warehouse)
       WHERE i.sku = t.sku AND i.warehouse = t.warehouse`,
      [col(rows, 'sku'), col(rows, 'warehouse')],
    ),
  );
  await inChunks(data.inbound, (rows) =>
    tx.query(
      `INSERT INTO inbound_shipments (sku, warehouse, quantity, eta, reference)
       SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::date[], $5::text[])
       ON CONFLICT (sku, warehouse, eta, reference) DO UPDATE SET quantity = EXCLUDED.quantity`,
      [
        col(rows, 'sku'),
        col(rows, 'warehouse'),
        col(rows, 'quantity'),
        col(rows, 'eta'),
        col(rows, 'reference'),
      ],
    ),
  );
  // Above this size, checking two foreign keys per row and maintaining the date index dominate (seconds on
  // PGlite): drop both and re-create them, which validates every row in one join and builds the index in one sort
  // (Postgres manual, "Populating a Database"). The lock lasts the transaction; a rollback restores both.
  const bulk = data.sales.length >= BULK_SALES_ROWS;
  if (bulk)
    await tx.exec(
      'ALTER TABLE daily_sales DROP CONSTRAINT daily_sales_sku_fkey, DROP CONSTRAINT daily_sales_warehouse_fkey; ' +
        'DROP INDEX daily_sales_date_idx;',
    );
  await inChunks(data.sales, (rows) =>
    tx.query(
      `INSERT INTO daily_sales (date, sku, warehouse, units)
       SELECT * FROM unnest($1::date[], $2::text[], $3::text[], $4::int[])
       ON CONFLICT (sku, warehouse, date) DO UPDATE SET units = EXCLUDED.units`,
      [col(rows, 'date'), col(rows, 'sku'), col(rows, 'warehouse'), col(rows, 'units')],
    ),
  );
  if (bulk)
    await tx.exec(
      `CREATE INDEX daily_sales_date_idx ON daily_sales (date);
       ALTER TABLE daily_sales
         ADD CONSTRAINT daily_sales_sku_fkey FOREIGN KEY (sku) REFERENCES products (sku),
         ADD CONSTRAINT daily_sales_warehouse_fkey FOREIGN KEY (warehouse) REFERENCES warehouses (code);`,
    );
  if (data.sales.length) await refreshSalesSeries(tx, bulk ? null : data.sales);
  // Fresh statistics so the planner sizes the tool queries right after a large load.
  if (bulk)
    await tx.exec(
      'ANALYZE products, warehouses, stock, inbound_shipments, daily_sales, sales_series',
    );
}

/** The SKUs and warehouse codes already in the database, for checking references in an import. */
export async function loadExistingKeys(
  db: Queryable,
): Promise<{ skus: Set<string>; warehouses: Set<string> }> {
  const [skus, warehouses] = await Promise.all([
    db.query<{ sku: string }>('SELECT sku FROM products'),
    db.query<{ code: string }>('SELECT code FROM warehouses'),
  ]);
  return {
    skus: new Set(skus.rows.map((r) => r.sku)),
    warehouses: new Set(warehouses.rows.map((r) => r.code)),
  };
}

/** True when there are neither products nor warehouses. */
export async function inventoryIsEmpty(db: Queryable): Promise<boolean> {
  const { rows } = await db.query<{ empty: boolean }>(
    'SELECT NOT EXISTS (SELECT 1 FROM products) AND NOT EXISTS (SELECT 1 FROM warehouses) AS empty',
  );
  return rows[0].empty;
}

/** Deletes the whole inventory (sales, inbound, stock, products, warehouses) inside the caller's transaction. */
export async function clearInventory(tx: Queryable): Promise<void> {
  await tx.exec(
    'DELETE FROM daily_sales; DELETE FROM sales_series; DELETE FROM inbound_shipments; DELETE FROM stock; DELETE FROM products; DELETE FROM warehouses;',
  );
}
