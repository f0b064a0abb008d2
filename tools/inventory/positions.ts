// Turns a position row from the database into the figures every inventory tool shares (available, demand, cover).
import type { Queryable } from '../../core/db';
import { daysOfCover, demandStats, projectedStockoutDate, type DemandStats } from './formulas';
import type { PositionFilter } from './inputs';
import { loadPositions, type PositionRow } from './queries';
import { remember } from './snapshot-cache';

export interface Position extends PositionRow, DemandStats {
  available: number;
  days_of_cover: number | null;
  projected_stockout_date: string | null;
}

export function evaluatePosition(row: PositionRow, filter: PositionFilter): Position {
  const available = row.on_hand - row.reserved;
  const stats = demandStats(row.units_sold, row.units_sold_sq, filter.windowDays);
  const cover = daysOfCover(available, stats.avg_daily_sales);
  return {
    ...row,
    ...stats,
    available,
    days_of_cover: cover,
    projected_stockout_date: projectedStockoutDate(filter.asOf, cover),
  };
}

/** The positions matching the filter, evaluated as of its day over its window (shared and frozen: never change them). */
export function loadEvaluatedPositions(
  db: Queryable,
  filter: PositionFilter,
): Promise<readonly Position[]> {
  return remember(db, 'positions', JSON.stringify(filter), async () =>
    (await loadPositions(db, filter)).map((r) => evaluatePosition(r, filter)),
  );
}

/** Sums money per currency, for summaries: "EUR 1,234.50; USD 99.00". */
export function totalsByCurrency(items: Array<{ currency: string; amount: number }>): string {
  const totals = new Map<string, number>();
  for (const item of items)
    totals.set(item.currency, (totals.get(item.currency) ?? 0) + item.amount);
  return [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, amount]) => `${currency} ${formatNumber(amount, 2)}`)
    .join('; ');
}

export function formatNumber(value: number, digits: number): string {
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}
