// demand_forecast: units each sku x warehouse will sell over the next days, seasonal when a year of history exists.
import { z } from 'zod';
import { defineTool } from '../define-tool';
import { addDays } from './dates';
import { demandForecastAnswer } from './demand-forecast-answer';
import { round2 } from './formulas';
import { addSums, backtestSeries, emptySums, wape, type ErrorSums } from './forecast/backtest';
import { forecastPositions } from './forecast/for-positions';
import {
  LEVEL_WEEKS,
  NEIGHBOUR_WEEKS,
  RECENT_WEEKS,
  SIDE_WEEK_WEIGHT,
} from './forecast/past-years';
import {
  FAMILY_SHARE_WEEKS,
  FAMILY_SPREAD,
  FORECAST_METHODS,
  NOISE_Z,
  RECENT_WEIGHT,
} from './forecast/seasonal';
import { weekOf } from './forecast/weeks';
import { commonInputFields, describeFilter, resolveFilter } from './inputs';
import { formatNumber, loadEvaluatedPositions } from './positions';
import { pairKey } from './queries';
import { rememberTable } from './snapshot-cache';
import { positionKey, positionKeyFields, tableOutput, tableResult } from './table-output';

/** Weekly origins of each row's backtest. */
const BACKTEST_ORIGINS = 8;
const pct = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);
const round3 = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);

export const forecastFields = {
  method: z
    .enum(FORECAST_METHODS)
    .describe(
      '"seasonal": last year\'s same weeks scaled by this year\'s level; "average": the trailing average (under a year of history, or too few sales last year)',
    ),
  fallback_reason: z
    .string()
    .nullable()
    .describe('Why the trailing average was used; null for the seasonal method'),
  seasonal_index: z
    .number()
    .nullable()
    .describe(
      'family_seasonal_index x (seasonal_ratio / family_seasonal_index) ^ seasonal_weight (family_seasonal_index is 1 without a family): the season applied to the level (1 = no season, or one within the noise of the counts)',
    ),
  trend: z
    .number()
    .nullable()
    .describe(
      'level_this_year / level_last_year: this year against the same weeks of past years (both years when two are compared)',
    ),
};

const row = z.object({
  ...positionKeyFields,
  forecast_units: z
    .number()
    .describe('daily x horizon_days: units expected to sell over the horizon'),
  daily: z
    .number()
    .describe('Forecast units per day: level x seasonal_index, or the trailing average'),
  per_week: z.number().describe('daily x 7'),
  ...forecastFields,
  level_this_year: z
    .number()
    .nullable()
    .describe(
      `Units per day in the ${LEVEL_WEEKS} complete weeks before as_of's week, stockout and promotion weeks left out`,
    ),
  level_recent: z
    .number()
    .nullable()
    .describe(`Units per day in the last ${RECENT_WEEKS} of those weeks, the same weeks left out`),
  family: z
    .string()
    .nullable()
    .describe(
      'The parent SKU (products.csv parent_sku) whose variants selling in this warehouse were read with this one; null without a family',
    ),
  family_skus: z
    .number()
    .int()
    .nullable()
    .describe('How many SKUs of the family sold in this warehouse, this one included'),
  family_share: z
    .number()
    .nullable()
    .describe(
      `This SKU's units / the family's units over the last ${FAMILY_SHARE_WEEKS} complete weeks`,
    ),
  family_level: z
    .number()
    .nullable()
    .describe(
      `The family's units per day in the ${LEVEL_WEEKS} level weeks, stockout and promotion weeks left out`,
    ),
  level: z
    .number()
    .nullable()
    .describe(
      `base + ${RECENT_WEIGHT} x (level_recent - base), base = family_share x family_level with a family, else level_this_year: the level the season is applied to`,
    ),
  level_last_year: z
    .number()
    .nullable()
    .describe(
      `The same ${LEVEL_WEEKS} weeks 52 weeks earlier (with two years compared, 104 weeks earlier too)`,
    ),
  years_compared: z
    .number()
    .int()
    .nullable()
    .describe('Past years read: 1, or 2 when the sales go back two years and a quarter'),
  weeks_back: z
    .number()
    .int()
    .nullable()
    .describe(
      "Weeks back to last year's same weeks: 52 (weekdays and Black Friday line up), or 50-51 when the horizon meets Ramadan in a market that keeps it (the same Ramadan last year)",
    ),
  aligned_to: z
    .enum(['ramadan'])
    .nullable()
    .describe("'ramadan' when past years were read at the same Ramadan, else null"),
  last_year_horizon_daily: z
    .number()
    .nullable()
    .describe(
      `Units per day in the weeks 52 (and 104) weeks before the horizon, the ${NEIGHBOUR_WEEKS} weeks either side counting ${SIDE_WEEK_WEIGHT}`,
    ),
  seasonal_ratio: z
    .number()
    .nullable()
    .describe(
      "last_year_horizon_daily / level_last_year: how the same weeks sold in past years against those years' level",
    ),
  family_seasonal_ratio: z
    .number()
    .nullable()
    .describe("The same ratio on the family's summed sales"),
  family_seasonal_index: z
    .number()
    .nullable()
    .describe(
      `family_seasonal_ratio ^ (d² / (d² + ${NOISE_Z}² x se²)), d = its log, se² = 1/family horizon units + 1/family level units: the family's season, pulled toward 1 as far as it lies within noise`,
    ),
  seasonal_weight: z
    .number()
    .nullable()
    .describe(
      `How much of seasonal_ratio's difference from family_seasonal_index (1 without a family) is kept (0 to 1): d² / (d² + ${NOISE_Z}² x (1/units in those weeks + 1/units in the level weeks + s²)), d = ln(seasonal_ratio / family_seasonal_index), s = ${FAMILY_SPREAD} with a family, else 0`,
    ),
  trailing_daily: z.number().describe('Units per day over the window (the trailing average)'),
  history_days: z.number().int().describe('Days since the week of the first sale'),
  excluded_weeks: z
    .object({ stockout: z.number().int(), promotion: z.number().int() })
    .describe(
      'Weeks left out of the windows as a stockout (sales collapsed) or a one-off promotion (spike)',
    ),
  backtest: z
    .object({
      origins: z.number().int(),
      wape: z.number().nullable().describe('Percent: sum |forecast - actual| / sum actual'),
      baseline_wape: z.number().nullable().describe('Percent, for the trailing 28-day average'),
    })
    .describe(
      `The same forecast made from each of the last ${BACKTEST_ORIGINS} Mondays whose horizon (in whole weeks) had passed, against what sold`,
    ),
});
type Row = z.output<typeof row>;

/** For the summary: the backtest over every row, as WAPE against the trailing average's. */
function backtestSummary(sums: ErrorSums, horizonWeeks: number): string {
  const { wape: w, baseline_wape: base } = wape(sums);
  if (w === null || base === null) return '';
  return ` Backtest over the last ${BACKTEST_ORIGINS} weekly origins (${horizonWeeks} weeks ahead): WAPE ${pct(w)}% against ${pct(base)}% for the trailing 28-day average.`;
}

export const demandForecastTool = defineTool({
  name: 'demand_forecast',
  title: 'Demand forecast',
  description:
    "How many units each SKU will sell per warehouse over the next days. With a year of history: this year's level times past years' same weeks against those years' level (over 12 weeks; two years when the sales go back that far), that seasonal ratio pulled toward its family's (the variants of its parent SKU in the warehouse, whose summed sales also give a steadier level) or toward 1 as far as it lies within noise, leaving out stockout and one-off promotion weeks; otherwise (or when sales stopped for longer than chance explains) the trailing average, and it says so. Every intermediate figure and a backtest (WAPE against the trailing 28-day average) per row.",
  input: z.object({
    ...commonInputFields,
    horizon_days: z
      .number()
      .int()
      .min(1)
      .max(180)
      .default(28)
      .describe('How many days ahead to forecast, from as_of (default 28, up to 180).'),
  }),
  output: tableOutput(row, 'Rows before the limit', {
    horizon_days: z.number().int(),
    horizon_end: z.string().describe('as_of + horizon_days - 1: the last day forecast'),
  }),
  annotations: { readOnly: true },
  run: async (input, deps) => {
    const filter = resolveFilter(input, deps);
    const horizon = input.horizon_days;
    const horizonWeeks = Math.max(1, Math.round(horizon / 7));
    const positions = await loadEvaluatedPositions(deps.db, filter);
    const backtests = await rememberTable<ErrorSums>(
      deps.db,
      'backtests',
      `${filter.asOf}|${horizonWeeks}`,
    );
    const forecasts = await forecastPositions(deps.db, positions, filter.asOf, () => horizon);
    const current = weekOf(filter.asOf);
    const origins = Array.from(
      { length: BACKTEST_ORIGINS },
      (_, k) => current - horizonWeeks - BACKTEST_ORIGINS + 1 + k,
    );
    const overall = emptySums();
    const all: Row[] = positions.map((p) => {
      const { forecast: f, series, family } = forecasts.get(pairKey(p.sku, p.warehouse))!;
      const sums = backtests.get(pairKey(p.sku, p.warehouse), () =>
        backtestSeries(series, origins, horizonWeeks, { family, market: p.market }),
      );
      addSums(overall, sums);
      const bt = wape(sums);
      return {
        forecast_units: round2(f.forecast_units),
        daily: round2(f.daily),
        per_week: round2(f.daily * 7),
        method: f.method,
        fallback_reason: f.fallback_reason,
        seasonal_index: round3(f.seasonal_index),
        trend: round3(f.trend),
        level_this_year: round2(f.level_this_year),
        level_recent: round2(f.level_recent),
        family: f.family,
        family_skus: f.family_skus,
        family_share: round3(f.family_share),
        family_level: round2(f.family_level),
        level: round2(f.level),
        level_last_year: round2(f.level_last_year),
        years_compared: f.years_compared,
        weeks_back: f.weeks_back,
        aligned_to: f.aligned_to,
        last_year_horizon_daily: round2(f.last_year_horizon_daily),
        seasonal_ratio: round3(f.seasonal_ratio),
        family_seasonal_ratio: round3(f.family_seasonal_ratio),
        family_seasonal_index: round3(f.family_seasonal_index),
        seasonal_weight: round3(f.seasonal_weight),
        trailing_daily: round2(p.avg_daily_sales),
        history_days: f.history_days,
        excluded_weeks: f.excluded_weeks,
        backtest: {
          origins: sums.origins,
          wape: pct(bt.wape),
          baseline_wape: pct(bt.baseline_wape),
        },
        ...positionKey(p),
      };
    });
    all.sort(
      (a, b) =>
        b.forecast_units - a.forecast_units ||
        a.sku.localeCompare(b.sku) ||
        a.warehouse.localeCompare(b.warehouse),
    );
    const shown = all.slice(0, input.limit);
    const end = addDays(filter.asOf, horizon - 1);
    const seasonal = all.filter((r) => r.method === 'seasonal').length;
    const total = all.reduce((a, r) => a + r.forecast_units, 0);
    const scope = describeFilter(input, filter);
    const summary = all.length
      ? `Forecast ${formatNumber(total, 0)} units over the ${horizon} days ${filter.asOf} to ${end} for ${all.length} SKU x warehouse positions: ` +
        `${seasonal} seasonal (a year of history), ${all.length - seasonal} trailing ${filter.windowDays}-day average (under a year of history or too few sales last year); ${scope}.` +
        (shown.length < all.length
          ? ` Showing the ${shown.length} largest of ${all.length}.`
          : '') +
        backtestSummary(overall, horizonWeeks)
      : `No inventory matches (${scope}).`;
    return tableResult(
      filter,
      { total: all.length, rows: shown, summary },
      { horizon_days: horizon, horizon_end: end },
    );
  },
  toAnswer: demandForecastAnswer,
});
