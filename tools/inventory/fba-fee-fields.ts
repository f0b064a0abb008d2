// The FBA fee columns of a slow_movers row (aged units by band, surcharge exposure, low-inventory-level fee risk),
// their schema, and how they are computed for one position.
import { z } from 'zod';
import type { CitationSource } from '../../core/answer';
import {
  AGE_BANDS,
  AGED_SURCHARGE_US,
  LOW_INVENTORY_FEE_US,
  agedSurchargeSchedule,
  lowInventorySchedule,
} from './fba-fee-tables';
import {
  LOW_INVENTORY_STATUSES,
  agedSurcharge,
  fifoAgeing,
  lowInventoryRisk,
  needsLongTerm,
  shortTermDaysOfSupply,
  supplyDemandPerDay,
  type LongTermFacts,
} from './fba-fees';
import type { AgeingFacts } from './fba-queries';
import type { Position } from './positions';

const bandUnits = z
  .object(Object.fromEntries(AGE_BANDS.map((b) => [b.band, z.number().int()])))
  .describe('Available units by age in days (first-in-first-out from received shipments)');

export const feeFields = {
  fba: z.boolean().describe('The warehouse is an Amazon FBA warehouse (type fba)'),
  aged_units_by_band: bandUnits,
  aged_units: z
    .number()
    .int()
    .describe('Units aged 181 days or more, including stock older than the sales history'),
  unknown_age_units: z
    .number()
    .int()
    .describe(
      'Units not explained by received shipments: older than the sales history, counted as aged',
    ),
  surcharge_per_month: z
    .number()
    .nullable()
    .describe(
      'Estimated aged-inventory surcharge per monthly assessment (FBA only); null when not estimable',
    ),
  surcharge_currency: z.string().nullable(),
  surcharge_formula: z
    .string()
    .nullable()
    .describe('units x cubic feet per unit x rate per cubic foot, per age band'),
  surcharge_tiers: z
    .string()
    .nullable()
    .describe('The surcharge tiers that applied, with their rates'),
  surcharge_note: z
    .string()
    .nullable()
    .describe(
      'Why no estimate (not FBA, no rate table for the market, unit volume unknown) or the rates status',
    ),
  low_inventory_fee: z
    .enum(LOW_INVENTORY_STATUSES)
    .describe(
      'Low-inventory-level fee risk (FBA only): at_risk when short- and long-term days of supply are both under 28',
    ),
  days_of_supply_short_term: z
    .number()
    .nullable()
    .describe('available / daily demand (the window average)'),
  days_of_supply_long_term: z
    .number()
    .nullable()
    .describe(
      'available / (units sold in the last 90 days / 90); computed for FBA positions under 28 days in the short term',
    ),
  units_sold_last_7_days: z
    .number()
    .int()
    .nullable()
    .describe(
      'Under 20 exempts the SKU from the low-inventory-level fee; computed with the long-term figure',
    ),
  low_inventory_fee_per_unit: z
    .string()
    .nullable()
    .describe('Per-unit fee range of the days-of-supply band when at risk (size tier unknown)'),
};

export type FeeFields = { [K in keyof typeof feeFields]: z.output<(typeof feeFields)[K]> };

const money = (currency: string, n: number) => `${currency} ${n.toFixed(2)}`;

/** Whether the position's low-inventory verdict needs its long-term facts (loadLongTermFacts). */
export function needsLongTermFacts(p: Position, facts: AgeingFacts): boolean {
  return needsLongTerm(facts.fba, shortTermDaysOfSupply(p.available, supplyDemandPerDay(p)));
}

/** The fee columns of one position from its ageing facts (and long-term facts when it needs them). */
export function positionFees(
  p: Position,
  facts: AgeingFacts,
  longTerm: LongTermFacts | null,
  historyStart: string | null,
  asOf: string,
): FeeFields {
  const ageing = fifoAgeing(p.available, facts.receipts, asOf, historyStart);
  const schedule = facts.fba ? agedSurchargeSchedule(p.market) : null;
  const surcharge = schedule
    ? agedSurcharge(ageing, facts.unit_volume_cuft, facts.category, schedule)
    : null;
  const surchargeNote = !facts.fba
    ? 'not an FBA warehouse'
    : ageing.aged_units === 0
      ? null
      : !schedule
        ? `no surcharge table for market ${p.market}`
        : facts.unit_volume_cuft === null
          ? 'unit volume unknown (products.csv unit_volume_cuft)'
          : surcharge === null
            ? `category ${facts.category} exempt from the 181-270 day tiers`
            : `${schedule.marketplace} rates effective ${schedule.effective}, ${schedule.status}`;
  const risk = lowInventoryRisk(
    {
      fba: facts.fba,
      available: p.available,
      short_term_daily: supplyDemandPerDay(p),
      long_term: longTerm,
      history_start: historyStart,
      as_of: asOf,
    },
    lowInventorySchedule(p.market),
  );
  const fee = risk.fee_per_unit;
  return {
    fba: facts.fba,
    aged_units_by_band: ageing.by_band,
    aged_units: ageing.aged_units,
    unknown_age_units: ageing.unknown_age_units,
    surcharge_per_month: surcharge?.per_month ?? null,
    surcharge_currency: surcharge?.currency ?? null,
    surcharge_formula: surcharge?.formula ?? null,
    surcharge_tiers: surcharge?.tiers ?? null,
    surcharge_note: surchargeNote,
    low_inventory_fee: risk.status,
    days_of_supply_short_term: risk.short_term_days_of_supply,
    days_of_supply_long_term: risk.long_term_days_of_supply,
    units_sold_last_7_days: risk.units_last_7_days,
    low_inventory_fee_per_unit: fee
      ? `${money(fee.currency, fee.min)}–${fee.max.toFixed(2)} per unit shipped`
      : null,
  };
}

/** The two fee tables as citable sources (their first source, effective date and status). */
export function feeTableSources(): CitationSource[] {
  return [
    {
      document_id: 'amazon-fba-aged-inventory-surcharge-us',
      title: 'Amazon FBA aged-inventory surcharge (US), tiers from 181 days',
      url: AGED_SURCHARGE_US.sources[0],
      market: AGED_SURCHARGE_US.marketplace,
      as_of: AGED_SURCHARGE_US.effective,
      status: AGED_SURCHARGE_US.status,
    },
    {
      document_id: 'amazon-fba-low-inventory-level-fee-us',
      title: 'Amazon FBA low-inventory-level fee (US), 28 days of supply',
      url: LOW_INVENTORY_FEE_US.sources[0],
      market: LOW_INVENTORY_FEE_US.marketplace,
      as_of: LOW_INVENTORY_FEE_US.effective,
      status: LOW_INVENTORY_FEE_US.status,
    },
  ];
}
