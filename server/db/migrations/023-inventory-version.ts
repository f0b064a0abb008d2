// A counter every write to the tables the inventory tools read bumps (statement-level triggers), so a process can
// tell whether what it remembered of those tables is still current (tools/inventory/snapshot-cache.ts). The bump
// runs BEFORE each statement: a writer locks the counter's row before any data row, so two writers queue on it
// instead of deadlocking (AFTER, one could hold data rows the other waits for while waiting for the counter).
const INVENTORY_TABLES = [
  'products',
  'warehouses',
  'stock',
  'inbound_shipments',
  'daily_sales',
  'sales_series',
];

export default {
  id: '023-inventory-version',
  sql: `
CREATE TABLE IF NOT EXISTS inventory_version (
  id      boolean PRIMARY KEY DEFAULT true CHECK (id),
  version bigint NOT NULL
);
INSERT INTO inventory_version (id, version) VALUES (true, 1) ON CONFLICT (id) DO NOTHING;

CREATE OR REPLACE FUNCTION bump_inventory_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE inventory_version SET version = version + 1;
  RETURN NULL;
END;
$$;
${INVENTORY_TABLES.map(
  (table) => `
DROP TRIGGER IF EXISTS bump_inventory_version ON ${table};
CREATE TRIGGER bump_inventory_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
  FOR EACH STATEMENT EXECUTE FUNCTION bump_inventory_version();`,
).join('\n')}
`,
};
