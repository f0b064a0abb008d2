// reorder_plan: how much to order per sku x warehouse (safety stock, order-up-to level, case packs, MOQ), every step shown.
import { z } from 'zod';
import { defineTool } from '../define-tool';
import { inverseNormalCdf, reorderQuantity, round2 } from './formulas';
import { commonInputFields, describeFilter, resolveFilter } from './inputs';
import { addDays, isIsoDate } from './dates';
import {
  demandMethodField,
  describeMethods,
  loadDemandPositions,
} from './forecast/demand-positions';
import { FORECAST_METHODS } from './forecast/seasonal';
import { formatNumber, totalsByCurrency } from './positions';
import { reorderPlanAnswer } from './reorder-plan-answer';
import { positionKey, positionKeyFields, tableOutput, tableResult } from './table-output';

const row = z.object({
  ...positionKeyFields,
  window_days: z.number().int(),
  avg_daily_sales: z
    .number()
    .describe(
      'Units per day planned with: the seasonal forecast over the next lead_time_days + review_period_days (method seasonal) or the average over the window (method average)',
    ),
  method: z.enum(FORECAST_METHODS).describe('How avg_daily_sales was found'),
  trailing_daily: z.number().describe('Units sold per day over the window'),
  sigma_daily: z
    .number()
    .describe(
      'Sample standard deviation of daily units over the window (days without sales count as 0)',
    ),
  service_level: z.number(),
  z: z.number().describe('Standard normal quantile of the service level'),
  lead_time_days: z.number().int(),
  review_period_days: z.number().int(),
  safety_stock: z.number().describe('z * sigma_daily * sqrt(lead_time_days)'),
  order_up_to: z
    .number()
    .describe('avg_daily_sales * (lead_time_days + review_period_days) + safety_stock'),
  available: z.number().int().describe('on_hand - reserved'),
  inbound_within_lead_time: z
    .number()
    .int()
    .describe('Inbound units with an ETA from as_of to as_of + lead_time_days'),
  net_requirement: z.number().describe('order_up_to - available - inbound_within_lead_time'),
  case_pack: z.number().int(),
  moq: z.number().int(),
  quantity: z
    .number()
    .int()
    .describe(
      'net_requirement rounded up to whole case packs and raised to moq when positive, else 0',
    ),
  unit_cost: z.number(),
  currency: z.string(),
  order_value: z.number().describe('quantity * unit_cost'),
  earliest_arrival: z
    .string()
    .describe('as_of + lead_time_days: the earliest an order placed today arrives'),
  arrives_in_time: z
    .boolean()
    .nullable()
    .describe('earliest_arrival on or before arrive_by; null without arrive_by'),
});
type Row = z.output<typeof row>;

/** For the summary: which orders cannot arrive by arrive_by given their lead times. */
function lateOrders(toOrder: Row[], arriveBy: string | undefined): string {
  if (!arriveBy) return '';
  const late = toOrder.filter((r) => r.arrives_in_time === false);
  if (!late.length) return ` Every order placed today arrives by ${arriveBy}.`;
  const list = late
    .slice(0, 10)
    .map(
      (r) => `${r.sku} ${r.warehouse} (lead time ${r.lead_time_days} days, ${r.earliest_arrival})`,
    )
    .join(', ');
  return (
    ` ${late.length} of ${toOrder.length} orders cannot arrive by ${arriveBy}: ${list}` +
    (late.length > 10 ? ` and ${late.length - 10} more.` : '.')
  );
}

export const reorderPlanTool = defineTool({
  name: 'reorder_plan',
  title: 'Reorder plan',
  description:
    'How many units to order per SKU and warehouse: safety_stock = z * sigma_daily * sqrt(lead_time_days); order_up_to = avg_daily_sales * (lead_time_days + review_period_days) + safety_stock; quantity = order_up_to - available - inbound within the lead time, rounded up to whole case packs and raised to the MOQ. Every intermediate figure is returned.',
  input: z.object({
    ...commonInputFields,
    method: demandMethodField,
    arrive_by: z
      .string()
      .refine(isIsoDate, 'expected a calendar date as YYYY-MM-DD')
      .optional()
      .describe(
        'The day the stock must be there, as YYYY-MM-DD (e.g. the day before Black Friday): each row says whether an order placed on as_of can arrive by then given its lead time.',
      ),
    service_level: z
      .number()
      .min(0.5)
      .max(0.9999)
      .default(0.95)
      .describe(
        'Chance of not running out during the lead time, 0.5 to 0.9999 (default 0.95, z = 1.645).',
      ),
    review_period_days: z
      .number()
      .int()
      .min(0)
      .max(365)
      .default(30)
      .describe('Days until you next review and order again (default 30).'),
    include_zero: z
      .boolean()
      .default(false)
      .describe(
        'Also list positions that need no order (quantity 0). Default: only those to order.',
      ),
  }),
  output: tableOutput(row, 'Rows listed before the limit'),
  annotations: { readOnly: true },
  run: async (input, deps, ctx) => {
    const filter = resolveFilter(input, deps);
    const zScore = inverseNormalCdf(input.service_level);
    ctx.progress?.(0, 2, 'Loading stock, sales and inbound shipments');
    const positions = await loadDemandPositions(
      deps.db,
      filter,
      input.method,
      (p) => p.lead_time_days + input.review_period_days,
    );
    ctx.progress?.(1, 2, `Planning orders for ${positions.length} SKU x warehouse positions`);
    const all: Row[] = positions.map((p) => {
      const plan = reorderQuantity({
        ...p,
        z: zScore,
        review_period_days: input.review_period_days,
      });
      return {
        window_days: filter.windowDays,
        avg_daily_sales: round2(p.avg_daily_sales),
        method: p.method,
        trailing_daily: round2(p.trailing_daily),
        sigma_daily: round2(p.sigma_daily),
        service_level: input.service_level,
        z: Math.round(zScore * 10_000) / 10_000,
        lead_time_days: p.lead_time_days,
        review_period_days: input.review_period_days,
        safety_stock: round2(plan.safety_stock),
        order_up_to: round2(plan.order_up_to),
        available: p.available,
        inbound_within_lead_time: p.inbound_within_lead_time,
        net_requirement: round2(plan.net_requirement),
        case_pack: p.case_pack,
        moq: p.moq,
        quantity: plan.quantity,
        unit_cost: p.unit_cost,
        currency: p.currency,
        order_value: round2(plan.quantity * p.unit_cost),
        earliest_arrival: addDays(filter.asOf, p.lead_time_days),
        arrives_in_time: input.arrive_by
          ? addDays(filter.asOf, p.lead_time_days) <= input.arrive_by
          : null,
        ...positionKey(p),
      };
    });
    const toOrder = all.filter((r) => r.quantity > 0);
    const listed = (input.include_zero ? all : toOrder).sort(
      (a, b) =>
        b.order_value - a.order_value ||
        a.sku.localeCompare(b.sku) ||
        a.warehouse.localeCompare(b.warehouse),
    );
    const shown = listed.slice(0, input.limit);
    const scope = describeFilter(input, filter);
    const units = toOrder.reduce((a, r) => a + r.quantity, 0);
    const summary = !all.length
      ? `No inventory matches (${scope}).`
      : toOrder.length
        ? `Order ${formatNumber(units, 0)} units across ${toOrder.length} of ${all.length} SKU x warehouse positions ` +
          `(${totalsByCurrency(toOrder.map((r) => ({ currency: r.currency, amount: r.order_value })))}); ` +
          `service level ${input.service_level} (z ${zScore.toFixed(3)}), review every ${input.review_period_days} days; ${scope}.` +
          (shown.length < listed.length
            ? ` Showing the ${shown.length} largest of ${listed.length}.`
            : '') +
          lateOrders(toOrder, input.arrive_by) +
          describeMethods(all, filter.windowDays)
        : `Nothing to order for ${all.length} SKU x warehouse positions (${scope}).` +
          describeMethods(all, filter.windowDays);
    ctx.progress?.(2, 2, 'Plan ready');
    return tableResult(filter, { total: listed.length, rows: shown, summary });
  },
  toAnswer: reorderPlanAnswer,
});
