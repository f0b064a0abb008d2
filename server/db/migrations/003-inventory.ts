// Inventory schema: products, warehouses, stock levels, inbound shipments and daily sales, with the indexes the inventory tools use.
export default {
  id: '003-inventory',
  sql: `
CREATE TABLE IF NOT EXISTS products (
  sku            text PRIMARY KEY CHECK (sku <> ''),
  title          text NOT NULL,
  category       text,
  unit_cost      numeric(14, 4) NOT NULL CHECK (unit_cost >= 0),
  currency       char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  lead_time_days integer NOT NULL CHECK (lead_time_days >= 0),
  moq            integer NOT NULL DEFAULT 1 CHECK (moq >= 1),
  case_pack      integer NOT NULL DEFAULT 1 CHECK (case_pack >= 1),
  updated_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS warehouses (
  code       text PRIMARY KEY CHECK (code <> ''),
  name       text NOT NULL,
  country    char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  type       text NOT NULL CHECK (type IN ('fba', '3pl', 'own', 'domestic')),
  market     text NOT NULL CHECK (market ~ '^[A-Z]{2}$'),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS warehouses_market_idx ON warehouses (market);

CREATE TABLE IF NOT EXISTS stock (
  sku        text NOT NULL REFERENCES products (sku),
  warehouse  text NOT NULL REFERENCES warehouses (code),
  on_hand    integer NOT NULL CHECK (on_hand >= 0),
  reserved   integer NOT NULL DEFAULT 0 CHECK (reserved >= 0 AND reserved <= on_hand),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (sku, warehouse)
);
CREATE INDEX IF NOT EXISTS stock_warehouse_idx ON stock (warehouse);

CREATE TABLE IF NOT EXISTS inbound_shipments (
  id        bigserial PRIMARY KEY,
  sku       text NOT NULL REFERENCES products (sku),
  warehouse text NOT NULL REFERENCES warehouses (code),
  quantity  integer NOT NULL CHECK (quantity > 0),
  eta       date NOT NULL,
  reference text NOT NULL DEFAULT '',
  UNIQUE (sku, warehouse, eta, reference)
);
CREATE INDEX IF NOT EXISTS inbound_shipments_eta_idx ON inbound_shipments (eta);

-- The date index serves the tools' window sums, the primary key (sku, warehouse, date) the last-sale lookups.
-- Bulk imports drop and re-create the named foreign keys and the date index (one pass instead of work per row).
CREATE TABLE IF NOT EXISTS daily_sales (
  date      date NOT NULL,
  sku       text NOT NULL,
  warehouse text NOT NULL,
  units     integer NOT NULL CHECK (units >= 0),
  PRIMARY KEY (sku, warehouse, date),
  CONSTRAINT daily_sales_sku_fkey FOREIGN KEY (sku) REFERENCES products (sku),
  CONSTRAINT daily_sales_warehouse_fkey FOREIGN KEY (warehouse) REFERENCES warehouses (code)
);
CREATE INDEX IF NOT EXISTS daily_sales_date_idx ON daily_sales (date);
`,
};
