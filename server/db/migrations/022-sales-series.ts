// Each sku x warehouse's sales packed into one row (units per day and per week as arrays from its first sale),
// rebuilt by the importer beside daily_sales: the inventory tools read one row per pair instead of a row per day
// (window sums) or per week (the demand forecast). Replaces weekly_sales (016).
export default {
  id: '022-sales-series',
  sql: `
CREATE TABLE IF NOT EXISTS sales_series (
  sku       text NOT NULL,
  warehouse text NOT NULL,
  first_day date NOT NULL,
  daily     integer[] NOT NULL,
  weekly    integer[] NOT NULL,
  PRIMARY KEY (sku, warehouse)
);

-- Backfill: days (and weeks) without sales between two with sales become zeros, written as '0,' per day of the gap.
INSERT INTO sales_series (sku, warehouse, first_day, daily, weekly)
WITH days AS (
  SELECT sku, warehouse, date, units,
         date - lag(date) OVER (PARTITION BY sku, warehouse ORDER BY date) AS gap
  FROM daily_sales WHERE units > 0
),
weeks AS (
  SELECT sku, warehouse, week, units,
         (week - lag(week) OVER (PARTITION BY sku, warehouse ORDER BY week)) / 7 AS gap
  FROM (SELECT sku, warehouse, date_trunc('week', date)::date AS week, sum(units)::int AS units
        FROM daily_sales WHERE units > 0 GROUP BY 1, 2, 3) w
),
d AS (
  SELECT sku, warehouse, min(date) AS first_day,
         ('{' || string_agg(repeat('0,', coalesce(gap, 1) - 1) || units, ',' ORDER BY date) || '}')::int[] AS daily
  FROM days GROUP BY 1, 2
),
w AS (
  SELECT sku, warehouse,
         ('{' || string_agg(repeat('0,', coalesce(gap, 1) - 1) || units, ',' ORDER BY week) || '}')::int[] AS weekly
  FROM weeks GROUP BY 1, 2
)
SELECT d.sku, d.warehouse, d.first_day, d.daily, w.weekly FROM d JOIN w USING (sku, warehouse)
ON CONFLICT (sku, warehouse) DO NOTHING;

DROP TABLE IF EXISTS weekly_sales;
`,
};
