// stockout_risk: which SKUs run out where, when, and whether the next inbound shipment lands in time.
import { z } from 'zod';
import { defineTool } from '../define-tool';
import { addDays } from './dates';
import { RISK_LEVELS, round2, stockoutRisk } from './formulas';
import { commonInputFields, describeFilter, resolveFilter } from './inputs';
import {
  demandMethodField,
  describeMethods,
  loadDemandPositions,
} from './forecast/demand-positions';
import { FORECAST_METHODS } from './forecast/seasonal';
import { stockoutRiskAnswer } from './stockout-risk-answer';
import { positionKey, positionKeyFields, tableOutput, tableResult } from './table-output';

const row = z.object({
  ...positionKeyFields,
  available: z.number().int().describe('on_hand - reserved'),
  avg_daily_sales: z
    .number()
    .describe(
      'Units per day planned with: the seasonal forecast over the next lead_time_days + 14 days (method seasonal) or the average over the window (method average)',
    ),
  method: z.enum(FORECAST_METHODS).describe('How avg_daily_sales was found'),
  trailing_daily: z.number().describe('Units sold per day over the window'),
  days_of_cover: z.number().nullable().describe('available / avg_daily_sales; null without sales'),
  projected_stockout_date: z
    .string()
    .nullable()
    .describe('as_of + floor(days_of_cover): the day stock runs out at the current rate'),
  lead_time_days: z.number().int().describe('Days from ordering to arrival, from the product'),
  next_inbound: z.string().nullable().describe('ETA of the next inbound shipment (YYYY-MM-DD)'),
  next_inbound_quantity: z.number().int().nullable(),
  inbound_before_stockout: z
    .boolean()
    .nullable()
    .describe(
      'The next inbound arrives before the projected stockout; null when either is unknown',
    ),
  risk: z
    .enum(RISK_LEVELS)
    .describe(
      'critical: days_of_cover < 7, or stock runs out before the next inbound within the lead time; warning: days_of_cover < lead_time_days + 14; else ok',
    ),
});
type Row = z.output<typeof row>;

const RANK: Record<Row['risk'], number> = { critical: 0, warning: 1, ok: 2 };

export const stockoutRiskTool = defineTool({
  name: 'stockout_risk',
  title: 'Stockout risk',
  description:
    'Which SKUs will run out in which warehouse before the next shipment lands: available stock, average daily sales, days of cover, projected stockout date, next inbound and a risk level (critical / warning / ok), sorted by risk then days of cover. Filter by SKUs, warehouses or markets.',
  input: z.object({
    ...commonInputFields,
    method: demandMethodField,
    min_risk: z
      .enum(RISK_LEVELS)
      .optional()
      .describe(
        'List rows at this risk or worse: "critical", "warning" (default) or "ok" (every row). With horizon_days the default is "ok": every row that runs out within the horizon.',
      ),
    horizon_days: z
      .number()
      .int()
      .min(1)
      .max(730)
      .optional()
      .describe(
        'Only rows projected to run out within this many days after as_of ("in the next 2 weeks": 14): projected_stockout_date on or before as_of + horizon_days.',
      ),
  }),
  output: tableOutput(row, 'Rows at min_risk or worse (and within the horizon) before the limit', {
    horizon_end: z
      .string()
      .nullable()
      .describe(
        'as_of + horizon_days: the last day a listed row may run out; null without a horizon',
      ),
    counts: z.object({
      critical: z.number().int(),
      warning: z.number().int(),
      ok: z.number().int(),
    }),
  }),
  annotations: { readOnly: true },
  run: async (input, deps) => {
    const filter = resolveFilter(input, deps);
    const positions = await loadDemandPositions(
      deps.db,
      filter,
      input.method,
      (p) => p.lead_time_days + 14,
    );
    const all: Row[] = positions.map((p) => {
      const risk = stockoutRisk(p);
      return {
        available: p.available,
        avg_daily_sales: round2(p.avg_daily_sales),
        method: p.method,
        trailing_daily: round2(p.trailing_daily),
        days_of_cover: round2(p.days_of_cover),
        projected_stockout_date: p.projected_stockout_date,
        lead_time_days: p.lead_time_days,
        next_inbound: p.next_inbound,
        next_inbound_quantity: p.next_inbound_quantity,
        ...risk,
        ...positionKey(p),
      };
    });
    all.sort(
      (a, b) =>
        RANK[a.risk] - RANK[b.risk] ||
        (a.days_of_cover ?? Infinity) - (b.days_of_cover ?? Infinity) ||
        a.sku.localeCompare(b.sku) ||
        a.warehouse.localeCompare(b.warehouse),
    );
    const counts = { critical: 0, warning: 0, ok: 0 };
    for (const r of all) counts[r.risk] += 1;
    const minRisk = input.min_risk ?? (input.horizon_days ? 'ok' : 'warning');
    const horizonEnd = input.horizon_days ? addDays(filter.asOf, input.horizon_days) : null;
    const listed = all.filter(
      (r) =>
        RANK[r.risk] <= RANK[minRisk] &&
        (horizonEnd === null ||
          (r.projected_stockout_date !== null && r.projected_stockout_date <= horizonEnd)),
    );
    const shown = listed.slice(0, input.limit);
    const scope = describeFilter(input, filter);
    const summary = all.length
      ? `${counts.critical} critical, ${counts.warning} warning, ${counts.ok} ok of ${all.length} SKU x warehouse positions (${scope}).` +
        (shown.length < listed.length
          ? ` Showing the ${shown.length} most urgent of ${listed.length}.`
          : '') +
        (horizonEnd
          ? ` ${listed.length} run out within ${input.horizon_days} days (by ${horizonEnd})${minRisk === 'ok' ? '' : ` at ${minRisk} risk or worse`}.`
          : listed.length === 0
            ? ` Nothing at ${minRisk} risk or worse.`
            : '') +
        describeMethods(all, filter.windowDays)
      : `No inventory matches (${scope}).`;
    return tableResult(
      filter,
      { total: listed.length, rows: shown, summary },
      { horizon_end: horizonEnd, counts },
    );
  },
  toAnswer: stockoutRiskAnswer,
});
