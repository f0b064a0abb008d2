// The inventory formulas as pure functions: demand statistics, days of cover, stockout risk, reorder quantity.
import { addDays } from './dates';

/**
 * The standard normal quantile (inverse CDF) by Acklam's rational approximation (relative error below
 * 1.15e-9 over (0, 1)): z(0.95) = 1.64485, z(0.99) = 2.32635.
 */
export function inverseNormalCdf(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`probability must be between 0 and 1, got ${p}`);
  const a = [
    -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2,
    -3.066479806614716e1, 2.506628277459239,
  ];
  const b = [
    -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1,
    -1.328068155288572e1,
  ];
  const c = [
    -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734,
    4.374664141464968, 2.938163982698783,
  ];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  const tail = (q: number) =>
    (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
    ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  if (p < low) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - low) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}

export interface DemandStats {
  /** Units per day over the window, days without sales counted as 0. */
  avg_daily_sales: number;
  /** Sample standard deviation (n - 1) of daily units over the window, days without sales counted as 0. */
  sigma_daily: number;
}

/**
 * Mean and sample standard deviation of `days` daily figures, from their sum and sum of squares
 * (the days not listed in the data are zero and contribute nothing to either sum).
 */
export function demandStats(sum: number, sumOfSquares: number, days: number): DemandStats {
  const mean = sum / days;
  const variance = days > 1 ? Math.max(0, (sumOfSquares - days * mean * mean) / (days - 1)) : 0;
  return { avg_daily_sales: mean, sigma_daily: Math.sqrt(variance) };
}

/** available / avg_daily_sales; null when nothing sold in the window. */
export function daysOfCover(available: number, avgDailySales: number): number | null {
  return avgDailySales > 0 ? available / avgDailySales : null;
}

/** The day stock runs out at the current rate: as_of + floor(days_of_cover); null without sales. */
export function projectedStockoutDate(asOf: string, cover: number | null): string | null {
  return cover === null ? null : addDays(asOf, Math.floor(cover));
}

export const RISK_LEVELS = ['critical', 'warning', 'ok'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export interface RiskInput {
  days_of_cover: number | null;
  lead_time_days: number;
  projected_stockout_date: string | null;
  /** ETA of the next inbound shipment, or null when none is on the way. */
  next_inbound: string | null;
}

export interface RiskResult {
  /** True when the next inbound lands strictly before the projected stockout; null when either is unknown. */
  inbound_before_stockout: boolean | null;
  risk: RiskLevel;
}

/**
 * critical: days_of_cover < 7, or the stock runs out before the next inbound (or with none on the way) within
 * the lead time (a new order could not arrive in time); warning: days_of_cover < lead_time_days + 14; else ok.
 */
export function stockoutRisk(input: RiskInput): RiskResult {
  const cover = input.days_of_cover;
  const before =
    input.projected_stockout_date === null || input.next_inbound === null
      ? null
      : input.next_inbound < input.projected_stockout_date;
  if (cover === null) return { inbound_before_stockout: before, risk: 'ok' };
  const outBeforeInbound = before !== true; // no inbound on the way counts as arriving after the stockout
  if (cover < 7 || (outBeforeInbound && cover < input.lead_time_days))
    return { inbound_before_stockout: before, risk: 'critical' };
  if (cover < input.lead_time_days + 14)
    return { inbound_before_stockout: before, risk: 'warning' };
  return { inbound_before_stockout: before, risk: 'ok' };
}

export interface ReorderInput extends DemandStats {
  z: number;
  lead_time_days: number;
  review_period_days: number;
  available: number;
  /** Inbound units whose ETA falls within the lead time (as_of .. as_of + lead_time_days). */
  inbound_within_lead_time: number;
  case_pack: number;
  moq: number;
}

export interface ReorderResult {
  safety_stock: number;
  order_up_to: number;
  /** order_up_to - available - inbound_within_lead_time, before rounding. */
  net_requirement: number;
  quantity: number;
}

/**
 * safety_stock = z * sigma_daily * sqrt(lead_time_days);
 * order_up_to = avg_daily_sales * (lead_time_days + review_period_days) + safety_stock;
 * quantity = net requirement rounded up to a whole case_pack and raised to moq when positive, else 0.
 */
export function reorderQuantity(input: ReorderInput): ReorderResult {
  const safety = input.z * input.sigma_daily * Math.sqrt(input.lead_time_days);
  const orderUpTo =
    input.avg_daily_sales * (input.lead_time_days + input.review_period_days) + safety;
  const net = orderUpTo - input.available - input.inbound_within_lead_time;
  return {
    safety_stock: safety,
    order_up_to: orderUpTo,
    net_requirement: net,
    quantity: roundOrder(net, input.case_pack, input.moq),
  };
}

/** A positive requirement rounded up to whole case packs, then raised to the minimum order quantity. */
export function roundOrder(requirement: number, casePack: number, moq: number): number {
  // Tolerate floating-point noise such as 30.000000000000004 units.
  const units = Math.round(requirement * 1e6) / 1e6;
  if (units <= 0) return 0;
  return Math.max(Math.ceil(units / casePack) * casePack, moq);
}

/** Rounds a figure for display and output (2 decimals); null stays null. */
export function round2<T extends number | null>(value: T): T {
  return (value === null ? null : Math.round(value * 100) / 100) as T;
}
