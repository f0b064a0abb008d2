// Products carry an optional unit volume in cubic feet (products.csv column unit_volume_cuft), which the FBA
// aged-inventory surcharge is charged on.
export default {
  id: '017-product-volume',
  sql: `
ALTER TABLE products ADD COLUMN IF NOT EXISTS unit_volume_cuft numeric(12, 4)
  CHECK (unit_volume_cuft IS NULL OR unit_volume_cuft > 0);
`,
};
