// Amazon FBA fee schedules as dated tables with their sources: the aged-inventory surcharge tiers and the
// low-inventory-level fee. Amounts we could not confirm on a current Amazon page say so (status 'unconfirmed').

/** confirmed: read on an Amazon page; secondary: Amazon's figures as quoted by others; unconfirmed: may be outdated. */
export type FeeAmountStatus = 'confirmed' | 'secondary' | 'unconfirmed';

export interface AgeBand {
  /** Label used as a key in the output, e.g. "181-210". */
  band: string;
  min_days: number;
  /** Inclusive upper bound; null for the open last band. */
  max_days: number | null;
}

export interface SurchargeTier extends AgeBand {
  per_cubic_foot: number;
  /** Per-unit amount charged instead when it is greater than the per-cubic-foot amount. */
  per_unit_minimum: number | null;
}

export interface AgedSurchargeSchedule {
  marketplace: string;
  currency: string;
  effective: string;
  status: FeeAmountStatus;
  note: string;
  sources: string[];
  /** Categories exempt from the 181-270 day tiers (matched against the product's category). */
  exempt_181_270_categories: string[];
  tiers: SurchargeTier[];
}

/** Units younger than the first surcharge tier. */
export const FRESH_BAND: AgeBand = { band: '0-180', min_days: 0, max_days: 180 };

/**
 * US aged-inventory surcharge, assessed on the 15th of each month on units aged 181 days and more
 * (first-in-first-out across the network), per cubic foot of the aged units.
 */
export const AGED_SURCHARGE_US: AgedSurchargeSchedule = {
  marketplace: 'US',
  currency: 'USD',
  effective: '2023-04-15',
  status: 'unconfirmed',
  note:
    'Tiers and amounts effective 2023-04-15 as Amazon announced them (quoted by the sources below). Amazon ' +
    'announced further aged-inventory surcharge changes for 2024 (sellercentral GJ9NNG7RK4TU6E3Z) whose amounts ' +
    'we could not read, so the 271+ day amounts in particular may be out of date: check Seller Central.',
  sources: [
    'https://simple-agency.com.ua/the-amazon-monthly-storage-fee-aged-inventory-surcharge-and-fba-capacity-limits-have-been-changed-in-2023/',
    'https://www.betterworldproducts.org/check-aged-inventory-surcharge-fees',
    'https://sellercentral.amazon.com/help/hub/reference/external/GJ9NNG7RK4TU6E3Z',
  ],
  exempt_181_270_categories: ['apparel', 'clothing', 'shoes', 'bags', 'jewelry', 'watches'],
  tiers: [
    { band: '181-210', min_days: 181, max_days: 210, per_cubic_foot: 0.5, per_unit_minimum: null },
    { band: '211-240', min_days: 211, max_days: 240, per_cubic_foot: 1.0, per_unit_minimum: null },
    { band: '241-270', min_days: 241, max_days: 270, per_cubic_foot: 1.5, per_unit_minimum: null },
    { band: '271-300', min_days: 271, max_days: 300, per_cubic_foot: 3.8, per_unit_minimum: null },
    { band: '301-330', min_days: 301, max_days: 330, per_cubic_foot: 4.0, per_unit_minimum: null },
    { band: '331-365', min_days: 331, max_days: 365, per_cubic_foot: 4.2, per_unit_minimum: null },
    { band: '366+', min_days: 366, max_days: null, per_cubic_foot: 6.9, per_unit_minimum: 0.15 },
  ],
};

/** Every age band of the output, youngest first: the fresh band, then the surcharge tiers. */
export const AGE_BANDS: AgeBand[] = [
  FRESH_BAND,
  ...AGED_SURCHARGE_US.tiers.map(({ band, min_days, max_days }) => ({ band, min_days, max_days })),
];

/** The aged-surcharge schedule of a marketplace, or null when we have none. */
export function agedSurchargeSchedule(market: string): AgedSurchargeSchedule | null {
  return market === AGED_SURCHARGE_US.marketplace ? AGED_SURCHARGE_US : null;
}

export interface LowInventoryBand {
  /** Days of supply from (inclusive) .. to (exclusive). */
  from_days: number;
  to_days: number;
  /** Per unit shipped, over the standard size tiers Amazon lists (small standard .. large standard 3-20 lb). */
  per_unit_min: number;
  per_unit_max: number;
}

export interface LowInventorySchedule {
  marketplace: string;
  currency: string;
  effective: string;
  status: FeeAmountStatus;
  /** The fee applies when both the short-term and the long-term days of supply are below this. */
  threshold_days: number;
  short_term_days: number;
  long_term_days: number;
  /** Exempt: fewer than this many units sold in the last 7 days (from 2024-05-15). */
  low_volume_units_7d: number;
  /** Exempt as a new product for this many days after its first sale or receipt (period unconfirmed). */
  new_sku_days: number;
  note: string;
  sources: string[];
  bands: LowInventoryBand[];
}

export const LOW_INVENTORY_FEE_US: LowInventorySchedule = {
  marketplace: 'US',
  currency: 'USD',
  effective: '2024-04-01',
  status: 'secondary',
  threshold_days: 28,
  short_term_days: 30,
  long_term_days: 90,
  low_volume_units_7d: 20,
  new_sku_days: 180,
  note:
    'Standard-size products only; charged per unit shipped while both historical days of supply (last 30 and ' +
    'last 90 days) are under 28. Exempt: fewer than 20 units sold in the last 7 days (from 2024-05-15), new-to-FBA ' +
    'products (the 180-day period used here is unconfirmed), sellers new to FBA, AWD auto-replenished products. ' +
    'The per-unit amount depends on the size tier, which the inventory data does not hold, so a range is shown.',
  sources: [
    'https://sellercentral.amazon.com/seller-forums/discussions/t/aa9f98e5-fa91-4949-af8f-6cf918c86a77',
    'https://aiupnow.com/2024/05/amazon-extends-transition-period-for.html',
    'https://web.swipeinsight.app/posts/amazon-extends-low-inventory-fee-credit-period-and-exempts-slow-selling-products-5778',
  ],
  bands: [
    { from_days: 0, to_days: 14, per_unit_min: 0.89, per_unit_max: 1.11 },
    { from_days: 14, to_days: 21, per_unit_min: 0.63, per_unit_max: 0.87 },
    { from_days: 21, to_days: 28, per_unit_min: 0.32, per_unit_max: 0.47 },
  ],
};

/** The low-inventory-level fee schedule of a marketplace, or null when we have none. */
export function lowInventorySchedule(market: string): LowInventorySchedule | null {
  return market === LOW_INVENTORY_FEE_US.marketplace ? LOW_INVENTORY_FEE_US : null;
}
