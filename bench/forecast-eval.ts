// The demand forecast backtest for `npm run eval`: rolling weekly origins, horizons of 14, 28 and 56 days, WAPE of the
// seasonal forecast against the trailing 28-day average, on the demo data and on generated sets (tuning seeds apart
// from the held-out seeds that are reported). `npx tsx bench/forecast-eval.ts` runs it alone.
import { pathToFileURL } from 'node:url';
import { generateDemoInventory } from '../tools/inventory/demo/generate';
import { PRODUCT_LINES } from '../tools/inventory/demo/catalog';
import {
  addSums,
  backtestSeries,
  emptySums,
  wape,
  type ErrorSums,
} from '../tools/inventory/forecast/backtest';
import { buildFamilies, familyKey } from '../tools/inventory/forecast/family';
import { LEVEL_WEEKS, YEAR_WEEKS } from '../tools/inventory/forecast/past-years';
import type { FamilySeries } from '../tools/inventory/forecast/seasonal';
import { weekOf, weeklyFromDaily, type WeeklySeries } from '../tools/inventory/forecast/weeks';
import { generateForecastSet } from './forecast-set';

export const BACKTEST_HORIZON_DAYS = [14, 28, 56] as const;
/** The day the demo and generated sets end (a Monday), fixed so the figures repeat. */
export const BACKTEST_END = '2026-11-30';
/** A spring end for the demo (a Monday) whose origins hold Ramadan 2027 (from 2027-02-08), for its Saudi warehouse. */
export const RAMADAN_BACKTEST_END = '2027-04-19';
export const TUNING_SEEDS = [1, 2];
export const HELD_OUT_SEEDS = [101, 102, 103];
const PER_KIND = 40;

interface Named {
  group: string;
  family?: FamilySeries | null;
  market?: string;
  flat: boolean;
  series: WeeklySeries;
}

export interface BacktestRow {
  group: string;
  horizons: Array<{
    days: number;
    origins: number;
    wape: number | null;
    baseline_wape: number | null;
  }>;
}

export interface BacktestReport {
  set: string;
  /** The day the set's sales end. */
  end: string;
  skus: number;
  /** Every SKU x warehouse at origins where it had a year of history (whichever method the forecast used). */
  overall: BacktestRow;
  flat: BacktestRow;
  by_group: BacktestRow[];
}

/**
 * Every Monday from which a forecast `weeks` ahead can be checked against sales before `end` and the series had a
 * year of history (whichever method the forecast then used: fallbacks count, at the baseline's error).
 */
function origins(series: WeeklySeries, weeks: number, end: string): number[] {
  if (series.first === null) return [];
  const from = series.first + YEAR_WEEKS + LEVEL_WEEKS;
  const to = weekOf(end) - weeks;
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

function row(group: string, items: Named[], end: string): BacktestRow {
  return {
    group,
    horizons: BACKTEST_HORIZON_DAYS.map((days) => {
      const sums: ErrorSums = emptySums();
      for (const item of items)
        addSums(
          sums,
          backtestSeries(item.series, origins(item.series, days / 7, end), days / 7, {
            family: item.family,
            market: item.market,
          }),
        );
      return { days, origins: sums.origins, ...wape(sums) };
    }),
  };
}

function report(set: string, items: Named[], end: string): BacktestReport {
  const groups = [...new Set(items.map((i) => i.group))];
  return {
    set,
    end,
    skus: items.length,
    overall: row('all with a year of history', items, end),
    flat: row(
      'flat (steady) only',
      items.filter((i) => i.flat),
      end,
    ),
    by_group: groups.map((g) =>
      row(
        g,
        items.filter((i) => i.group === g),
        end,
      ),
    ),
  };
}

/**
 * The demo data ending on `end`, SKU x warehouse series grouped by product line (flat = the steady lines), of every
 * warehouse or only `warehouse`.
 */
export function demoBacktest(end = BACKTEST_END, warehouse?: string): BacktestReport {
  const data = generateDemoInventory(end);
  const days = new Map<string, Array<{ date: string; units: number }>>();
  for (const s of data.sales) {
    const key = `${s.sku}/${s.warehouse}`;
    const list = days.get(key) ?? [];
    list.push(s);
    days.set(key, list);
  }
  const lines = new Map(PRODUCT_LINES.map((l) => [l.code, l]));
  const parents = new Map(data.products.map((p) => [p.sku, p.parent_sku ?? null]));
  const pairs = [...days.entries()].map(([key, list]) => {
    const [sku, code] = key.split('/');
    return {
      sku,
      warehouse: code,
      parent: parents.get(sku) ?? null,
      series: weeklyFromDaily(list),
    };
  });
  const families = buildFamilies(pairs);
  const markets = new Map(data.warehouses.map((w) => [w.code, w.market]));
  const items = pairs
    .filter((p) => !warehouse || p.warehouse === warehouse)
    .map((p) => {
      const line = lines.get(p.sku.split('-')[1])!;
      return {
        group: `${line.code} ${line.name} (${line.profile})`,
        flat: line.profile === 'steady',
        series: p.series,
        family: p.parent ? families.get(familyKey(p.parent, p.warehouse)) : null,
        market: markets.get(p.warehouse),
      };
    });
  return report(warehouse ? `demo, ${warehouse} only` : 'demo', items, end);
}

/** The generated set for these seeds, grouped by kind (flat = the flat kind). */
export function generatedBacktest(name: string, seeds: number[]): BacktestReport {
  const items = seeds.flatMap((seed) =>
    generateForecastSet(seed, PER_KIND, BACKTEST_END).map((sku) => ({
      group: sku.kind,
      flat: sku.kind === 'flat',
      series: weeklyFromDaily(sku.days),
    })),
  );
  return report(name, items, BACKTEST_END);
}

export function runForecastBacktest(): BacktestReport[] {
  return [
    generatedBacktest(`generated held-out (seeds ${HELD_OUT_SEEDS.join(', ')})`, HELD_OUT_SEEDS),
    demoBacktest(),
    demoBacktest(RAMADAN_BACKTEST_END, 'FBA-SA'),
  ];
}

const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);

function cells(r: BacktestRow): string {
  return r.horizons
    .map((h) => {
      const gain = h.wape !== null && h.baseline_wape ? 1 - h.wape / h.baseline_wape : null;
      return `${pct(h.wape)} vs ${pct(h.baseline_wape)} (${gain === null ? 'n/a' : `${gain >= 0 ? '-' : '+'}${pct(Math.abs(gain))}`}, ${h.origins})`;
    })
    .join(' | ');
}

export function formatForecastBacktest(reports: BacktestReport[]): string {
  const head = `| group | ${BACKTEST_HORIZON_DAYS.map((d) => `${d} days: WAPE vs baseline (change, origins)`).join(' | ')} |`;
  return reports
    .map((r) =>
      [
        `Demand forecast backtest, ${r.set}: ${r.skus} SKU x warehouse series to ${r.end}; origins every Monday where the SKU had a year of history (${YEAR_WEEKS + LEVEL_WEEKS} weeks) and the horizon had passed; baseline = trailing 28-day average`,
        head,
        `|${'---|'.repeat(BACKTEST_HORIZON_DAYS.length + 1)}`,
        `| **${r.overall.group}** | ${cells(r.overall)} |`,
        `| **${r.flat.group}** | ${cells(r.flat)} |`,
        ...r.by_group.map((g) => `| ${g.group} | ${cells(g)} |`),
      ].join('\n'),
    )
    .join('\n\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const tuning = process.argv.includes('--tuning');
  const reports = tuning
    ? [generatedBacktest(`generated tuning (seeds ${TUNING_SEEDS.join(', ')})`, TUNING_SEEDS)]
    : runForecastBacktest();
  process.stdout.write(formatForecastBacktest(reports) + '\n');
}
