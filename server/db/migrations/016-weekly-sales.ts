// Weekly sales per sku x warehouse (weeks start on Monday), kept beside daily_sales by the importer so the demand
// forecast reads a year and more of history in a few thousand rows instead of a few hundred thousand.
export default {
  id: '016-weekly-sales',
  sql: `
CREATE TABLE IF NOT EXISTS weekly_sales (
  sku       text NOT NULL,
  warehouse text NOT NULL,
  week      date NOT NULL,
  units     integer NOT NULL,
  PRIMARY KEY (sku, warehouse, week)
);
CREATE INDEX IF NOT EXISTS weekly_sales_week_idx ON weekly_sales (week);

INSERT INTO weekly_sales (sku, warehouse, week, units)
SELECT sku, warehouse, date_trunc('week', date)::date, sum(units)
FROM daily_sales WHERE units > 0
GROUP BY 1, 2, 3
ON CONFLICT (sku, warehouse, week) DO NOTHING;
`,
};
