// slow_movers: aged or excess stock (no sales in the window, cover above a threshold, FBA stock aged 181+ days) and
// the money tied up in it, with the FBA aged-inventory surcharge exposure and low-inventory-level fee risk per row.
import { z } from 'zod';
import { defineTool } from '../define-tool';
import { daysBetween } from './dates';
import { feeFields, feeTableSources, needsLongTermFacts, positionFees } from './fba-fee-fields';
import { LOW_INVENTORY_FEE_US } from './fba-fee-tables';
import { loadAgeingFacts, loadHistoryStart, loadLongTermFacts } from './fba-queries';
import { round2 } from './formulas';
import { commonInputFields, describeFilter, resolveFilter } from './inputs';
import { loadEvaluatedPositions, totalsByCurrency } from './positions';
import { loadLastSaleDates, pairKey } from './queries';
import { slowMoversAnswer } from './slow-movers-answer';
import { positionKey, positionKeyFields, tableOutput, tableResult } from './table-output';

const row = z.object({
  ...positionKeyFields,
  market: z.string(),
  reason: z
    .enum(['no_sales', 'excess_cover', 'aged_stock', 'low_inventory_fee'])
    .describe(
      'no_sales: nothing sold in the window; excess_cover: days_of_cover above excess_days; aged_stock: FBA units aged 181+ days; low_inventory_fee: FBA days of supply under 28 (at risk of the low-inventory-level fee)',
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
  ...feeFields,
});
type Row = z.output<typeof row>;

const feeTotals = z
  .object({
    aged_positions: z
      .number()
      .int()
      .describe('FBA positions holding units aged 181+ days (aged-inventory surcharge exposure)'),
    surcharge_per_month: z
      .string()
      .nullable()
      .describe(
        'Estimated surcharge per month over those positions, per currency (where estimable)',
      ),
    estimated_positions: z.number().int().describe('Positions the surcharge estimate covers'),
    low_inventory_at_risk: z
      .number()
      .int()
      .describe('FBA positions at risk of the low-inventory-level fee'),
  })
  .describe('FBA fee totals over every row (before the limit)');

function totalFees(rows: Row[]): z.output<typeof feeTotals> {
  const estimated = rows.flatMap((r) =>
    r.surcharge_per_month === null || r.surcharge_currency === null
      ? []
      : [{ currency: r.surcharge_currency, amount: r.surcharge_per_month }],
  );
  return {
    aged_positions: rows.filter((r) => r.fba && r.aged_units > 0).length,
    surcharge_per_month: estimated.length ? totalsByCurrency(estimated) : null,
    estimated_positions: estimated.length,
    low_inventory_at_risk: rows.filter((r) => r.low_inventory_fee === 'at_risk').length,
  };
}

/** "N FBA positions exposed to the aged-inventory surcharge, est. USD X/month; M at risk of the low-inventory-level fee". */
function feeSummary(t: z.output<typeof feeTotals>): string {
  const estimate = t.surcharge_per_month
    ? `, est. ${t.surcharge_per_month}/month for the ${t.estimated_positions} with a rate table and unit volume`
    : '';
  return (
    `${t.aged_positions} FBA positions exposed to the aged-inventory surcharge (181+ days)${estimate}; ` +
    `${t.low_inventory_at_risk} at risk of the low-inventory-level fee (days of supply under ${LOW_INVENTORY_FEE_US.threshold_days})`
  );
}

export const slowMoversTool = defineTool({
  name: 'slow_movers',
  title: 'Slow movers',
  description:
    'Aged or excess stock per SKU and warehouse: stock with no sales in the window, with days of cover above excess_days, or in Amazon FBA aged 181+ days, with the value tied up (unit_cost x available), the last sale date and the units beyond the threshold. Every row also carries FBA fee figures: units by age band (first-in-first-out from received shipments), the estimated aged-inventory surcharge per month with its formula and tiers, and the low-inventory-level fee risk (FBA days of supply under 28; such positions are listed too). Sorted by value tied up.',
  input: z.object({
    ...commonInputFields,
    excess_days: z
      .number()
      .min(1)
      .max(3650)
      .default(180)
      .describe('Stock covering more than this many days of sales counts as excess (default 180).'),
  }),
  output: tableOutput(row, 'Rows found before the limit', { fee_totals: feeTotals }),
  annotations: { readOnly: true },
  run: async (input, deps) => {
    const filter = resolveFilter(input, deps);
    const stocked = (await loadEvaluatedPositions(deps.db, filter)).filter((p) => p.available > 0);
    const [facts, historyStart] = await Promise.all([
      loadAgeingFacts(deps.db, stocked, filter.asOf),
      loadHistoryStart(deps.db, filter.asOf),
    ]);
    const factsOf = (p: { sku: string; warehouse: string }) =>
      facts.get(pairKey(p.sku, p.warehouse))!;
    // The 90-day and 7-day sales only where they can change the low-inventory verdict.
    const longTerm = await loadLongTermFacts(
      deps.db,
      stocked.filter((p) => needsLongTermFacts(p, factsOf(p))),
      filter.asOf,
      LOW_INVENTORY_FEE_US.long_term_days,
    );
    const candidates = stocked.flatMap((p) => {
      const longFacts = longTerm.get(pairKey(p.sku, p.warehouse)) ?? null;
      const fees = positionFees(p, factsOf(p), longFacts, historyStart, filter.asOf);
      const reason: Row['reason'] | null =
        p.days_of_cover === null
          ? 'no_sales'
          : p.days_of_cover > input.excess_days
            ? 'excess_cover'
            : fees.fba && fees.aged_units > 0
              ? 'aged_stock'
              : fees.low_inventory_fee === 'at_risk'
                ? 'low_inventory_fee'
                : null;
      return reason ? [{ p, fees, reason }] : [];
    });
    const rows: Row[] = candidates.map(({ p, fees, reason }) => ({
      reason,
      available: p.available,
      units_sold: p.units_sold,
      avg_daily_sales: round2(p.avg_daily_sales),
      days_of_cover: round2(p.days_of_cover),
      excess_units: p.available - Math.ceil(input.excess_days * p.avg_daily_sales),
      last_sale_date: null,
      days_since_last_sale: null,
      unit_cost: p.unit_cost,
      currency: p.currency,
      value_tied_up: round2(p.unit_cost * p.available),
      ...fees,
      ...positionKey(p),
    }));
    rows.sort(
      (a, b) =>
        b.value_tied_up - a.value_tied_up ||
        a.sku.localeCompare(b.sku) ||
        a.warehouse.localeCompare(b.warehouse),
    );
    // Last sale dates only for the rows shown (one index probe each).
    const shown = rows.slice(0, input.limit);
    const lastSales = await loadLastSaleDates(deps.db, shown, filter.asOf);
    for (const r of shown) {
      r.last_sale_date = lastSales.get(pairKey(r.sku, r.warehouse)) ?? null;
      r.days_since_last_sale =
        r.last_sale_date === null ? null : daysBetween(r.last_sale_date, filter.asOf);
    }
    const scope = describeFilter(input, filter);
    const noSales = rows.filter((r) => r.reason === 'no_sales').length;
    const excess = rows.filter((r) => r.reason === 'excess_cover').length;
    const fees = totalFees(rows);
    const summary = rows.length
      ? `${rows.length} slow-moving or fee-exposed SKU x warehouse positions (${noSales} without sales, ${excess} with over ${input.excess_days} days of cover) tie up ` +
        `${totalsByCurrency(rows.map((r) => ({ currency: r.currency, amount: r.value_tied_up })))}; ${feeSummary(fees)}; ${scope}.` +
        (shown.length < rows.length ? ` Showing the ${shown.length} largest.` : '')
      : `No slow movers (over ${input.excess_days} days of cover or no sales) and no FBA fee exposure; ${scope}.`;
    return tableResult(filter, { total: rows.length, rows: shown, summary }, { fee_totals: fees });
  },
  citations: (output) => (output.rows.some((r) => r.fba) ? feeTableSources() : []),
  toAnswer: slowMoversAnswer,
});
