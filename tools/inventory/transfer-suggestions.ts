// transfer_suggestions: stock to move between warehouses of one market (or within the EU) from surplus to shortage.
import { z } from 'zod';
import { defineTool } from '../define-tool';
import { daysOfCover, round2 } from './formulas';
import { commonInputFields, describeFilter, resolveFilter } from './inputs';
import {
  demandMethodField,
  describeMethods,
  loadDemandPositions,
  type DemandPosition,
} from './forecast/demand-positions';
import { FORECAST_METHODS } from './forecast/seasonal';
import { formatNumber } from './positions';
import { transferSuggestionsAnswer } from './transfer-suggestions-answer';
import { tableOutput, tableResult } from './table-output';
import { planTransfers } from './transfers';

const row = z.object({
  sku: z.string(),
  title: z.string(),
  warehouse: z.string().describe('The receiving warehouse (same as to_warehouse)'),
  from_warehouse: z.string(),
  to_warehouse: z.string(),
  area: z
    .string()
    .describe('Where both warehouses are: a market code, or EU for the EU single market'),
  quantity: z.number().int().describe('Units to move: min(receiver need, donor spare)'),
  from_available: z.number().int(),
  from_avg_daily_sales: z
    .number()
    .describe(
      'Units per day planned with: the seasonal forecast over the next target_days (from_method seasonal) or the window average',
    ),
  from_method: z.enum(FORECAST_METHODS),
  from_days_of_cover: z.number().nullable().describe('null: no sales in the window'),
  from_days_of_cover_after: z.number().nullable(),
  to_available: z.number().int(),
  to_inbound: z.number().int().describe('Units already on the way to the receiving warehouse'),
  to_avg_daily_sales: z.number().describe('As from_avg_daily_sales, for the receiving warehouse'),
  to_method: z.enum(FORECAST_METHODS),
  to_days_of_cover: z.number().nullable(),
  to_days_of_cover_after: z
    .number()
    .nullable()
    .describe('(to_available + quantity) / to_avg_daily_sales'),
});
type Row = z.output<typeof row>;

export const transferSuggestionsTool = defineTool({
  name: 'transfer_suggestions',
  title: 'Transfer suggestions',
  description:
    'Stock to move between warehouses of the same market, or between EU warehouses, from one with surplus (days of cover above surplus_days, or stock without sales) to one short of stock (below shortage_days), so both end near target_days of cover. A transfer is listed when either warehouse matches the filters.',
  input: z
    .object({
      ...commonInputFields,
      method: demandMethodField,
      shortage_days: z
        .number()
        .min(0)
        .max(365)
        .default(30)
        .describe('A warehouse is short below this many days of cover (default 30).'),
      surplus_days: z
        .number()
        .min(1)
        .max(3650)
        .default(90)
        .describe(
          'A warehouse has surplus above this many days of cover, or stock and no sales (default 90).',
        ),
      target_days: z
        .number()
        .min(1)
        .max(3650)
        .default(60)
        .describe('Both warehouses are planned to end near this many days of cover (default 60).'),
    })
    .refine((v) => v.shortage_days <= v.target_days && v.target_days <= v.surplus_days, {
      message: 'expected shortage_days <= target_days <= surplus_days',
      path: ['target_days'],
    }),
  output: tableOutput(row, 'Transfers found before the limit'),
  annotations: { readOnly: true },
  run: async (input, deps) => {
    const filter = resolveFilter(input, deps);
    // Both ends matter: load every warehouse for the SKUs, then keep transfers touching the filtered ones.
    const positions = await loadDemandPositions(
      deps.db,
      { ...filter, warehouses: null, markets: null },
      input.method,
      () => input.target_days,
    );
    const matches = (p: { warehouse: string; market: string }) =>
      (!filter.warehouses || filter.warehouses.includes(p.warehouse.toLowerCase())) &&
      (!filter.markets || filter.markets.includes(p.market));
    const transfers = planTransfers<DemandPosition>(positions, input).filter(
      (t) => matches(t.from) || matches(t.to),
    );
    const titles = new Map(positions.map((p) => [p.sku, p.title]));
    const rows: Row[] = transfers.map((t) => ({
      sku: t.sku,
      title: titles.get(t.sku) ?? '',
      warehouse: t.to.warehouse,
      from_warehouse: t.from.warehouse,
      to_warehouse: t.to.warehouse,
      area: t.area,
      quantity: t.quantity,
      from_available: t.from.available,
      from_avg_daily_sales: round2(t.from.avg_daily_sales),
      from_method: t.from.method,
      from_days_of_cover: round2(t.from.days_of_cover),
      from_days_of_cover_after: round2(
        daysOfCover(t.from.available - t.quantity, t.from.avg_daily_sales),
      ),
      to_available: t.to.available,
      to_inbound: t.to.inbound,
      to_avg_daily_sales: round2(t.to.avg_daily_sales),
      to_method: t.to.method,
      to_days_of_cover: round2(t.to.days_of_cover),
      to_days_of_cover_after: round2(
        daysOfCover(t.to.available + t.quantity, t.to.avg_daily_sales),
      ),
    }));
    rows.sort(
      (a, b) => (a.to_days_of_cover ?? 0) - (b.to_days_of_cover ?? 0) || a.sku.localeCompare(b.sku),
    );
    const shown = rows.slice(0, input.limit);
    const scope = describeFilter(input, filter);
    const summary = rows.length
      ? `${rows.length} transfers moving ${formatNumber(
          rows.reduce((a, r) => a + r.quantity, 0),
          0,
        )} units ` +
        `(short below ${input.shortage_days} days of cover, surplus above ${input.surplus_days}, target ${input.target_days}; ${scope}).` +
        (shown.length < rows.length ? ` Showing the ${shown.length} most urgent.` : '') +
        describeMethods(positions, filter.windowDays)
      : `No transfers suggested (short below ${input.shortage_days} days of cover, surplus above ${input.surplus_days}; ${scope}).`;
    return tableResult(filter, { total: rows.length, rows: shown, summary });
  },
  toAnswer: transferSuggestionsAnswer,
});
