// FBA fee arithmetic as pure functions: first-in-first-out ageing of stock, the aged-inventory surcharge exposure
// per month and the low-inventory-level fee risk (days of supply against the 28-day threshold).
import { daysBetween } from './dates';
import {
  AGE_BANDS,
  LOW_INVENTORY_FEE_US,
  type AgedSurchargeSchedule,
  type LowInventorySchedule,
  type SurchargeTier,
} from './fba-fee-tables';
import { round2 } from './formulas';
import type { Position } from './positions';

/** Units per age band, keyed by band label ("0-180", "181-210", ... "366+"). */
export type BandUnits = Record<string, number>;

export interface Receipt {
  /** The day the shipment arrived (its ETA, before as_of). */
  date: string;
  quantity: number;
}

export interface Ageing {
  by_band: BandUnits;
  /** Units not explained by the received shipments: in stock before the sales history began, age unknown. */
  unknown_age_units: number;
  /** The least age those units can have: days from the first day of the sales history to as_of, at least 181. */
  unknown_age_min_days: number;
  /** Units aged 181 days or more, the unknown-age units included. */
  aged_units: number;
}

function bandOf(ageDays: number): string {
  const band = AGE_BANDS.find(
    (b) => ageDays >= b.min_days && (b.max_days === null || ageDays <= b.max_days),
  );
  return (band ?? AGE_BANDS[AGE_BANDS.length - 1]).band;
}

/**
 * First-in-first-out ageing: sales and removals always take the oldest units, so the units left are those of the
 * newest receipts. Walks the received shipments newest first, assigning units until `units` are placed; a unit's
 * age is as_of minus its shipment's arrival day. Units left over were in stock before every receipt on record,
 * i.e. before the sales history began: they count as aged, in the band of max(181, days since history start).
 */
export function fifoAgeing(
  units: number,
  receipts: readonly Receipt[],
  asOf: string,
  historyStart: string | null,
): Ageing {
  const byBand: BandUnits = Object.fromEntries(AGE_BANDS.map((b) => [b.band, 0]));
  let left = Math.max(0, units);
  const newestFirst = receipts
    .filter((r) => r.date < asOf)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  for (const receipt of newestFirst) {
    if (left === 0) break;
    const take = Math.min(left, receipt.quantity);
    byBand[bandOf(daysBetween(receipt.date, asOf))] += take;
    left -= take;
  }
  const minDays = Math.max(181, historyStart ? daysBetween(historyStart, asOf) : 0);
  byBand[bandOf(minDays)] += left;
  const aged = Object.entries(byBand).reduce(
    (sum, [band, n]) => sum + (band === AGE_BANDS[0].band ? 0 : n),
    0,
  );
  return {
    by_band: byBand,
    unknown_age_units: left,
    unknown_age_min_days: minDays,
    aged_units: aged,
  };
}

export interface SurchargeEstimate {
  per_month: number;
  currency: string;
  /** The arithmetic, e.g. "40 u x 0.1 cu ft x USD 0.50 (181-210) = USD 2.00". */
  formula: string;
  /** The tiers that applied, e.g. "181-210 @ USD 0.50/cu ft". */
  tiers: string;
}

function tierCharge(tier: SurchargeTier, units: number, cubicFeet: number): number {
  const byVolume = units * cubicFeet * tier.per_cubic_foot;
  return tier.per_unit_minimum === null
    ? byVolume
    : Math.max(byVolume, units * tier.per_unit_minimum);
}

/**
 * Monthly aged-inventory surcharge: sum over the aged bands of units x unit volume (cu ft) x the band's rate per
 * cubic foot (or units x the per-unit minimum where greater). Categories exempt from the 181-270 tiers pay nothing
 * there. Null without a unit volume.
 */
export function agedSurcharge(
  ageing: Ageing,
  unitVolumeCuft: number | null,
  category: string | null,
  schedule: AgedSurchargeSchedule,
): SurchargeEstimate | null {
  if (ageing.aged_units === 0 || unitVolumeCuft === null) return null;
  const exempt =
    category !== null && schedule.exempt_181_270_categories.includes(category.toLowerCase());
  const money = (n: number) => `${schedule.currency} ${n.toFixed(2)}`;
  const terms: string[] = [];
  const used: string[] = [];
  let total = 0;
  for (const tier of schedule.tiers) {
    const units = ageing.by_band[tier.band] ?? 0;
    if (units === 0 || (exempt && tier.max_days !== null && tier.max_days <= 270)) continue;
    const charge = tierCharge(tier, units, unitVolumeCuft);
    total += charge;
    const minimum =
      tier.per_unit_minimum === null ? '' : ` (min ${money(tier.per_unit_minimum)}/u)`;
    terms.push(
      `${units} u x ${unitVolumeCuft} cu ft x ${money(tier.per_cubic_foot)}${minimum} = ${money(charge)}`,
    );
    used.push(`${tier.band} @ ${money(tier.per_cubic_foot)}/cu ft${minimum}`);
  }
  if (!terms.length) return null;
  return {
    per_month: round2(total),
    currency: schedule.currency,
    formula: terms.join(' + '),
    tiers: used.join('; '),
  };
}

/**
 * The daily demand days of supply divide by: today the tools' trailing-window average (avg_daily_sales).
 * Switch point for the demand forecast.
 */
export function supplyDemandPerDay(position: Pick<Position, 'avg_daily_sales'>): number {
  return position.avg_daily_sales;
}

export const LOW_INVENTORY_STATUSES = [
  'at_risk',
  'ok',
  'exempt_low_volume',
  'exempt_new_sku',
  'no_sales',
  'not_fba',
] as const;
export type LowInventoryStatus = (typeof LOW_INVENTORY_STATUSES)[number];

/** What the long-term check needs, loaded only for FBA positions under the threshold in the short term. */
export interface LongTermFacts {
  /** Units sold over the schedule's long-term days (90) before as_of. */
  units_long_term: number;
  units_last_7_days: number;
  /** First day the SKU sold or arrived in this warehouse, null when never. */
  first_seen: string | null;
}

/** available / daily demand; null without demand. */
export function shortTermDaysOfSupply(available: number, daily: number): number | null {
  return daily > 0 ? available / daily : null;
}

/** Whether the long-term figures can change the verdict: FBA and under the threshold in the short term. */
export function needsLongTerm(fba: boolean, shortTerm: number | null): boolean {
  return fba && shortTerm !== null && shortTerm < LOW_INVENTORY_FEE_US.threshold_days;
}

export interface LowInventoryInput {
  fba: boolean;
  available: number;
  /** Daily demand for the short term (supplyDemandPerDay). */
  short_term_daily: number;
  /** Required when needsLongTerm(); otherwise the long-term figures stay null. */
  long_term: LongTermFacts | null;
  history_start: string | null;
  as_of: string;
}

export interface LowInventoryRisk {
  status: LowInventoryStatus;
  short_term_days_of_supply: number | null;
  long_term_days_of_supply: number | null;
  units_last_7_days: number | null;
  /** The fee band's per-unit range (size tier unknown), when at risk and the market has a schedule. */
  fee_per_unit: { min: number; max: number; currency: string } | null;
}

/**
 * Days of supply = available / daily demand, short term (the tools' demand) and long term (units sold in the last
 * 90 days / 90). At risk when both are under 28, unless exempt: fewer than 20 units sold in the last 7 days, or a
 * new SKU (first seen under 180 days ago, known only when the history reaches back further). FBA only.
 */
export function lowInventoryRisk(
  input: LowInventoryInput,
  schedule: LowInventorySchedule | null,
): LowInventoryRisk {
  const rules = LOW_INVENTORY_FEE_US;
  const short = shortTermDaysOfSupply(input.available, input.short_term_daily);
  const facts = needsLongTerm(input.fba, short) ? input.long_term : null;
  const long = facts
    ? shortTermDaysOfSupply(input.available, facts.units_long_term / rules.long_term_days)
    : null;
  const result = (status: LowInventoryStatus, fee: LowInventoryRisk['fee_per_unit'] = null) => ({
    status,
    short_term_days_of_supply: round2(short),
    long_term_days_of_supply: round2(long),
    units_last_7_days: facts?.units_last_7_days ?? null,
    fee_per_unit: fee,
  });
  if (!input.fba) return result('not_fba');
  if (short === null) return result('no_sales');
  if (!facts) {
    if (needsLongTerm(input.fba, short))
      throw new Error('lowInventoryRisk: long-term facts are required under the threshold');
    return result('ok');
  }
  if (long === null || long >= rules.threshold_days) return result('ok');
  if (facts.units_last_7_days < rules.low_volume_units_7d) return result('exempt_low_volume');
  const historyDays = input.history_start ? daysBetween(input.history_start, input.as_of) : 0;
  if (
    historyDays > rules.new_sku_days &&
    facts.first_seen !== null &&
    daysBetween(facts.first_seen, input.as_of) < rules.new_sku_days
  )
    return result('exempt_new_sku');
  const supply = Math.max(short, long);
  const band = schedule?.bands.find((b) => supply >= b.from_days && supply < b.to_days);
  return result(
    'at_risk',
    band && schedule
      ? { min: band.per_unit_min, max: band.per_unit_max, currency: schedule.currency }
      : null,
  );
}
