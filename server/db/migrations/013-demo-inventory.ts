// Demo inventory apart: products and warehouses of the demo set carry demo = true, and settings remembers that the
// seller removed the demo set (so the first-run step does not load it again).
export default {
  id: '013-demo-inventory',
  sql: `
ALTER TABLE products ADD COLUMN IF NOT EXISTS demo boolean NOT NULL DEFAULT false;
ALTER TABLE warehouses ADD COLUMN IF NOT EXISTS demo boolean NOT NULL DEFAULT false;

CREATE TABLE IF NOT EXISTS settings (
  key        text PRIMARY KEY,
  value      jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- An inventory loaded before this migration is the demo set when every SKU has the demo pattern (TP-EAR-001).
UPDATE products SET demo = true
WHERE NOT EXISTS (SELECT 1 FROM products WHERE sku !~ '^TP-[A-Z]{3}-[0-9]{3}$');
UPDATE warehouses SET demo = true
WHERE code IN ('FBA-US', 'FBA-DE', 'FBA-UK', '3PL-FR', 'FBA-JP', '3PL-AU', 'FBA-SA', 'CN-SZ')
  AND EXISTS (SELECT 1 FROM products WHERE demo);
`,
};
