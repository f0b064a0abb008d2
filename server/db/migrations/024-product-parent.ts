// Products carry an optional parent SKU (products.csv column parent_sku): the variants of one parent share a season,
// which the demand forecast reads from their summed sales. Demo products already loaded get their line's parent.
export default {
  id: '024-product-parent',
  sql: `
ALTER TABLE products ADD COLUMN IF NOT EXISTS parent_sku text;
CREATE INDEX IF NOT EXISTS products_parent_sku_idx ON products (parent_sku) WHERE parent_sku IS NOT NULL;
UPDATE products SET parent_sku = substring(sku FROM '^(TP-[A-Z]{3})-[0-9]{3}$')
WHERE demo AND parent_sku IS NULL AND sku ~ '^TP-[A-Z]{3}-[0-9]{3}$';
`,
};
