// slow_movers: aged or excess stock (no sales in the window, or cover above a threshold) and the money tied up in it.
import { z } from 'zod';
import { defineTool } from '../define-tool';
import { daysBetween } from './dates';
import { round2 } from './formulas';
import { commonInputFields, describeFilter, resolveFilter } from './inputs';
import { formatNumber, loadEvaluatedPositions, totalsByCurrency } from './positions';
import { loadLastSaleDates, pairKey } from './queries';
import { renderResult, type Column } from './render';
import { positionKey, positionKeyFields, tableOutput, tableResult } from './table-output';

const row = z.object({
  ...positionKeyFields,
  market: z.string(),
  reason: z
    .enum(['no_sales', 'excess_cover'])
    .describe(
      'no_sales: nothing sold in the window; excess_cover: days_of_cover above excess_days',
    ),
  available: z.number().int().describe('on_hand - reserved'),
  units_sold: z.number().int().describe('Units sold in the window'),
  avg_daily_sales: z.number(),
  days_of_cover: z.number().nullable().describe('available / avg_daily_sales; null without sales'),
  excess_units: z
    .number()
    .int()
    .describe('available - ceil(excess_days * avg_daily_sales): units beyond the threshold'),
  last_sale_date: z
    .string()
    .nullable()
    .describe('Last day with a sale before as_of; null when never'),
  days_since_last_sale: z.number().int().nullable(),
  unit_cost: z.number(),
  currency: z.string(),
  value_tied_up: z.number().describe('unit_cost * available'),
});
type Row = z.output<typeof row>;

const columns: Column<Row>[] = [
  { header: 'SKU', value: (r) => r.sku },
  { header: 'Product', value: (r) => r.title },
  { header: 'Warehouse', value: (r) => r.warehouse },
  { header: 'Reason', value: (r) => r.reason.replace('_', ' ') },
  { header: 'Available', value: (r) => r.available },
  { header: 'Sales/day', value: (r) => r.avg_daily_sales, digits: 2 },
  { header: 'Days of cover', value: (r) => r.days_of_cover, digits: 0 },
  { header: 'Last sale', value: (r) => r.last_sale_date },
  { header: 'Value tied up', value: (r) => `${r.currency} ${formatNumber(r.value_tied_up, 2)}` },
];

export const slowMoversTool = defineTool({
  name: 'slow_movers',
  title: 'Slow movers',
  description:
    'Aged or excess stock per SKU and warehouse: stock with no sales in the window, or with days of cover above excess_days, with the value tied up (unit_cost x available), the last sale date and the units beyond the threshold. Sorted by value tied up.',
  input: z.object({
    ...commonInputFields,
    excess_days: z
      .number()
      .min(1)
      .max(3650)
      .default(180)
      .describe('Stock covering more than this many days of sales counts as excess (default 180).'),
  }),
  output: tableOutput(row, 'Rows found before the limit'),
  annotations: { readOnly: true },
  run: async (input, deps) => {
    const filter = resolveFilter(input, deps);
    const slow = (await loadEvaluatedPositions(deps.db, filter)).filter(
      (p) => p.available > 0 && (p.days_of_cover === null || p.days_of_cover > input.excess_days),
    );
    const lastSales = await loadLastSaleDates(deps.db, slow, filter.asOf);
    const rows: Row[] = slow.map((p) => {
      const last = lastSales.get(pairKey(p.sku, p.warehouse)) ?? null;
      return {
        ...positionKey(p),
        reason: p.days_of_cover === null ? 'no_sales' : 'excess_cover',
        available: p.available,
        units_sold: p.units_sold,
        avg_daily_sales: round2(p.avg_daily_sales),
        days_of_cover: round2(p.days_of_cover),
        excess_units: p.available - Math.ceil(input.excess_days * p.avg_daily_sales),
        last_sale_date: last,
        days_since_last_sale: last === null ? null : daysBetween(last, filter.asOf),
        unit_cost: p.unit_cost,
        currency: p.currency,
        value_tied_up: round2(p.unit_cost * p.available),
      };
    });
    rows.sort(
      (a, b) =>
        b.value_tied_up - a.value_tied_up ||
        a.sku.localeCompare(b.sku) ||
        a.warehouse.localeCompare(b.warehouse),
    );
    const shown = rows.slice(0, input.limit);
    const scope = describeFilter(input, filter);
    const noSales = rows.filter((r) => r.reason === 'no_sales').length;
    const summary = rows.length
      ? `${rows.length} slow-moving SKU x warehouse positions (${noSales} without sales, ${rows.length - noSales} with over ${input.excess_days} days of cover) tie up ` +
        `${totalsByCurrency(rows.map((r) => ({ currency: r.currency, amount: r.value_tied_up })))}; ${scope}.` +
        (shown.length < rows.length ? ` Showing the ${shown.length} largest.` : '')
      : `No slow movers (over ${input.excess_days} days of cover or no sales; ${scope}).`;
    return tableResult(filter, { total: rows.length, rows: shown, summary });
  },
  toText: (out) => renderResult(out.summary, columns, out.rows),
});
