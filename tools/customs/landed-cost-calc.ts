// The landed-cost calculation as a pure function: a parcel, a day and an FX table in; duty, VAT/GST and fee
// components (each from a rule of tax-rules.ts or a duty rate), notes and what is missing out.
import { InvalidInputError } from '../../core/errors';
import { currencyDecimals, fxRate, type FxTable } from '../shared/fx';
import { bundledDutyRate, hs6, TARIFF_LOOKUP } from './duty-rates';
import { ruleOn, type TaxRule } from './tax-rules';

export interface ParcelItem {
  description?: string;
  hs_code?: string;
  category?: string;
  value: number;
  quantity: number;
}

export interface Parcel {
  /** Country code of the destination (`DE`), or `EU` when no member state was named. */
  country: string;
  euMember: boolean;
  items: ParcelItem[];
  currency: string;
  shipping_cost: number;
  insurance: number;
  ioss: boolean;
  seller_registered: boolean;
  incoterm: 'DDP' | 'DAP';
  /** YYYY-MM-DD */
  day: string;
  /** Duty rates in percent given by the seller, by HS code (any length; matched on 6 digits). */
  duty_rates: Record<string, number>;
}

export type ComponentKind = 'duty' | 'vat' | 'gst' | 'sales_tax' | 'fee';
export type CollectedBy =
  'seller_at_checkout' | 'at_import_paid_by_seller' | 'at_import_paid_by_buyer';

export interface Component {
  kind: ComponentKind;
  amount: number;
  currency: string;
  rate: number | null;
  base: number | null;
  collected_by: CollectedBy;
  document_id: string | null;
  /** A tariff page or the seller's own figure, when the component does not rest on a knowledge document. */
  source: { title: string; url: string | null } | null;
}

export interface Need {
  field: string;
  message: string;
  url: string | null;
}

export interface Calculation {
  components: Component[];
  total_taxes_and_duties: number;
  landed_total: number;
  notes: string[];
  needs: Need[];
}

const CLASSIFY_HINT =
  'run classify_hs with the product description to get candidate codes, then give hs_code';

/** Markets whose customs value includes shipping and insurance (CIF); the others value goods alone. */
const CIF_AREAS = new Set(['EU', 'GB', 'JP']);

class Ledger {
  readonly components: Component[] = [];
  readonly notes: string[] = [];
  readonly needs: Need[] = [];
  private readonly converted = new Set<string>();
  constructor(
    readonly parcel: Parcel,
    private readonly fx: FxTable,
  ) {}

  round(amount: number): number {
    const f = 10 ** currencyDecimals(this.parcel.currency);
    return Math.round(amount * f) / f;
  }

  /** `amount` of `from` in the parcel currency (or the other way round with `inverse`). */
  convert(amount: number, from: string, to = this.parcel.currency): number {
    if (from === to) return amount;
    const rate = fxRate(this.fx, from, to);
    if (rate === undefined)
      throw new InvalidInputError(
        `currency: the FX table (${this.fx.date}) has no rate between ${from} and ${to}; give the parcel in a currency it lists (${[this.fx.base, ...Object.keys(this.fx.rates)].join(', ')}).`,
        [{ path: 'currency', message: `no FX rate for ${this.parcel.currency}` }],
      );
    this.converted.add(from === this.parcel.currency ? to : from);
    return amount * rate;
  }

  add(c: Omit<Component, 'currency' | 'amount'> & { amount: number }) {
    this.components.push({ ...c, amount: this.round(c.amount), currency: this.parcel.currency });
  }

  importCollector(): CollectedBy {
    return this.parcel.incoterm === 'DDP' ? 'at_import_paid_by_seller' : 'at_import_paid_by_buyer';
  }

  fxNote() {
    if (!this.converted.size) return;
    this.notes.push(
      `Converted between ${this.parcel.currency} and ${[...this.converted].join(', ')} with the ${this.fx.origin === 'file' ? 'FX_RATES_FILE' : 'bundled indicative'} FX table of ${this.fx.date}${this.fx.source ? ` (${this.fx.source})` : ''}.`,
    );
  }
}

const goodsValue = (p: Parcel) => p.items.reduce((s, i) => s + i.value * i.quantity, 0);

function rule(key: string, market: string, day: string): TaxRule | undefined {
  return ruleOn(key, market, day);
}

/**
 * The distinct tariff sub-headings in a parcel (for the EU EUR 3 duty). Items without a code count once per
 * distinct category or description, which the notes state as an assumption.
 */
export function countSubHeadings(items: ParcelItem[]): { count: number; assumed: boolean } {
  const keys = new Set<string>();
  let assumed = false;
  for (const item of items) {
    const code = item.hs_code ? hs6(item.hs_code) : undefined;
    if (code) keys.add(`hs:${code}`);
    else {
      assumed = true;
      keys.add(`guess:${(item.category ?? item.description ?? '').trim().toLowerCase()}`);
    }
  }
  return { count: keys.size, assumed };
}

/** Ad valorem duty per item at the MFN rate (seller's rate first, then the bundled table); returns the total. */
function tariffDuty(ledger: Ledger, area: string): number {
  const p = ledger.parcel;
  const goods = goodsValue(p);
  const extras = CIF_AREAS.has(area) ? p.shipping_cost + p.insurance : 0;
  const lookup = TARIFF_LOOKUP[area];
  let total = 0;
  p.items.forEach((item, i) => {
    const code = item.hs_code ? hs6(item.hs_code) : undefined;
    const name = item.description ?? item.category ?? `item ${i + 1}`;
    if (!code) return;
    const itemValue = item.value * item.quantity;
    const base = itemValue + (goods > 0 ? (extras * itemValue) / goods : 0);
    const given = Object.entries(p.duty_rates).find(([k]) => hs6(k) === code);
    const table = given ? undefined : bundledDutyRate(area, code);
    if (!given && !table) {
      ledger.needs.push({
        field: `duty_rates.${code}`,
        message: `The ${area} duty rate of HS ${code} ("${name}") is not in the bundled table, so its duty is not included: look it up in the ${lookup?.name ?? 'national tariff'} and give it as duty_rates {"${code}": <percent>}.`,
        url: lookup?.url ?? null,
      });
      return;
    }
    const rate = given ? given[1] : table!.rate;
    const amount = (base * rate) / 100;
    total += ledger.round(amount);
    ledger.add({
      kind: 'duty',
      amount,
      rate,
      base: ledger.round(base),
      collected_by: ledger.importCollector(),
      document_id: null,
      source: given
        ? { title: `HS ${code}: rate given in duty_rates`, url: null }
        : { title: `HS ${code}: ${table!.source.name} (${table!.date})`, url: table!.source.url },
    });
  });
  if (CIF_AREAS.has(area) && extras > 0)
    ledger.notes.push(
      'Duty is charged on the customs value including shipping and insurance, shared between items by value.',
    );
  return total;
}

/** Tax at a rule's rate on `base` in the parcel currency. */
function tax(
  ledger: Ledger,
  kind: ComponentKind,
  r: TaxRule,
  base: number,
  collected_by: CollectedBy,
) {
  ledger.add({
    kind,
    amount: (base * r.value) / 100,
    rate: r.value,
    base: ledger.round(base),
    collected_by,
    document_id: r.document_id,
    source: null,
  });
}

function euParcel(ledger: Ledger) {
  const p = ledger.parcel;
  const { day } = p;
  const valueEur = ledger.convert(goodsValue(p), p.currency, 'EUR');
  const iossLimit = rule('eu_ioss_limit', 'EU', day)!;
  const underIoss = valueEur <= iossLimit.value;
  const checkoutVat = p.ioss && underIoss;
  if (p.ioss && !underIoss)
    ledger.notes.push(
      `IOSS covers consignments up to EUR ${iossLimit.value} only (${iossLimit.document_id}): this parcel pays import VAT and duty at import.`,
    );

  let duty = 0;
  const relief = rule('eu_duty_relief', 'EU', day);
  const flat = rule('eu_flat_duty', 'EU', day);
  const flatLimit = rule('eu_flat_duty_limit', 'EU', day);
  if (relief && valueEur <= relief.value) {
    ledger.notes.push(
      `No customs duty: before 1 July 2026 consignments up to EUR ${relief.value} were relieved of duty (${relief.document_id}).`,
    );
  } else if (flat && flatLimit && valueEur < flatLimit.value && p.ioss) {
    const { count, assumed } = countSubHeadings(p.items);
    duty = ledger.round(ledger.convert(flat.value * count, 'EUR'));
    ledger.add({
      kind: 'duty',
      amount: duty,
      rate: flat.value,
      base: count,
      collected_by: 'seller_at_checkout',
      document_id: flat.document_id,
      source: null,
    });
    ledger.notes.push(
      `Flat duty of EUR ${flat.value} per distinct tariff sub-heading on IOSS parcels under EUR ${flatLimit.value}, from 1 July 2026 (${flat.document_id}).`,
    );
    if (assumed)
      ledger.notes.push(
        `Assumption: items without an HS code were counted as one tariff sub-heading per distinct category or description (${count} in all); the EUR ${flat.value} duty counts distinct sub-headings, so give hs_code for an exact count.`,
      );
  } else {
    if (flat && !p.ioss && valueEur < (flatLimit?.value ?? 0))
      ledger.notes.push(
        `The flat EUR ${flat.value} duty applies to IOSS sales (${flat.document_id}); without IOSS the EUR 150 relief no longer applies, so the tariff rate is used.`,
      );
    if (!flat && !relief)
      ledger.notes.push(
        `Normal tariff rates apply to all low-value parcels from 1 July 2028 (planned, ${rule('eu_normal_duty_2028', 'EU', day)?.document_id ?? 'eu-150-duty-threshold-abolition-2028'}).`,
      );
    duty = tariffDuty(ledger, 'EU');
  }

  const vat = p.country === 'EU' ? undefined : rule('vat_standard', p.country, day);
  if (!vat) {
    ledger.needs.push({
      field: p.country === 'EU' ? 'destination' : 'vat_rate',
      message:
        p.country === 'EU'
          ? 'VAT is charged at the rate of the buyer’s member state: give the destination country (e.g. DE, FR).'
          : `The VAT rate of ${p.country} is not in the rules table: check the member state’s standard rate.`,
      url: null,
    });
  } else if (checkoutVat) {
    tax(ledger, 'vat', vat, goodsValue(p) + p.shipping_cost + p.insurance, 'seller_at_checkout');
    ledger.notes.push(
      `VAT is charged at checkout through IOSS on the price the buyer pays, goods and delivery (${iossLimit.document_id}).`,
    );
  } else {
    tax(
      ledger,
      'vat',
      vat,
      goodsValue(p) + p.shipping_cost + p.insurance + duty,
      ledger.importCollector(),
    );
    ledger.notes.push(
      `Import VAT is due from the first euro on the customs value plus duty (${rule('eu_vat_first_euro', 'EU', day)!.document_id}).`,
    );
  }

  const fee = rule('handling_fee', p.country, day);
  const feeLimit = rule('handling_fee_limit', p.country, day);
  if (fee && feeLimit && valueEur <= feeLimit.value)
    ledger.add({
      kind: 'fee',
      amount: ledger.convert(fee.value, 'EUR'),
      rate: fee.value,
      base: 1,
      collected_by: ledger.importCollector(),
      document_id: fee.document_id,
      source: null,
    });
}

function gbParcel(ledger: Ledger) {
  const p = ledger.parcel;
  const { day } = p;
  const value = ledger.convert(goodsValue(p), p.currency, 'GBP');
  const limit = rule('gb_point_of_sale_limit', 'GB', day)!;
  const vat = rule('vat_standard', 'GB', day)!;
  if (value <= limit.value) {
    tax(ledger, 'vat', vat, goodsValue(p) + p.shipping_cost + p.insurance, 'seller_at_checkout');
    ledger.notes.push(
      `Consignment of GBP ${limit.value} or less: VAT is charged at the point of sale, not at import (${limit.document_id}). ${p.seller_registered ? '' : 'Selling directly, you must register for UK VAT; on a marketplace the marketplace charges it.'}`.trim(),
    );
    const relief = rule('gb_duty_relief', 'GB', day)!;
    ledger.notes.push(
      `No customs duty: consignments of GBP ${relief.value} or less are relieved of duty; the relief is to end by October 2028 (${relief.document_id}).`,
    );
    return;
  }
  const duty = tariffDuty(ledger, 'GB');
  tax(
    ledger,
    'vat',
    vat,
    goodsValue(p) + p.shipping_cost + p.insurance + duty,
    ledger.importCollector(),
  );
  ledger.notes.push(
    `Above GBP ${limit.value}, import VAT and duty are paid at import (${limit.document_id}).`,
  );
}

function auParcel(ledger: Ledger) {
  const p = ledger.parcel;
  const { day } = p;
  const value = ledger.convert(goodsValue(p), p.currency, 'AUD');
  const limit = rule('au_lvg_limit', 'AU', day)!;
  const gst = rule('gst_standard', 'AU', day)!;
  if (value <= limit.value) {
    const border = rule('au_border_limit', 'AU', day)!;
    ledger.notes.push(
      `No customs duty and no GST at the border for consignments of AUD ${border.value} or less (${border.document_id}).`,
    );
    if (p.seller_registered) {
      tax(ledger, 'gst', gst, goodsValue(p) + p.shipping_cost + p.insurance, 'seller_at_checkout');
      ledger.notes.push(
        `GST is collected at the sale by the registered seller (${limit.document_id}).`,
      );
    } else {
      const turnover = rule('au_registration_turnover', 'AU', day)!;
      ledger.notes.push(
        `No GST charged: the seller is not registered. Sellers with Australian sales of AUD ${turnover.value.toLocaleString('en')} or more must register and charge ${gst.value}% GST; marketplaces charge it on their sales (${turnover.document_id}).`,
      );
    }
    return;
  }
  const duty = tariffDuty(ledger, 'AU');
  tax(
    ledger,
    'gst',
    gst,
    goodsValue(p) + p.shipping_cost + p.insurance + duty,
    ledger.importCollector(),
  );
  ledger.notes.push(
    `Above AUD ${limit.value}, duty and GST are paid at the border on a formal import declaration; import processing charges are not included (${rule('au_border_limit', 'AU', day)!.document_id}).`,
  );
}

function usParcel(ledger: Ledger) {
  const p = ledger.parcel;
  const { day } = p;
  const deMinimis = rule('us_de_minimis', 'US', day);
  if (deMinimis && ledger.convert(goodsValue(p), p.currency, 'USD') <= deMinimis.value) {
    ledger.notes.push(
      `No duty: shipments of USD ${deMinimis.value} or less entered duty-free before 29 August 2025 (${deMinimis.document_id}).`,
    );
  } else {
    if (!deMinimis)
      ledger.notes.push(
        'Duty is due on every parcel: the USD 800 de minimis is suspended for all countries since 29 August 2025 (us-de-minimis-suspended-all-countries).',
      );
    tariffDuty(ledger, 'US');
    const surcharge = rule('us_section_122', 'US', day);
    if (surcharge)
      ledger.add({
        kind: 'duty',
        amount: (goodsValue(p) * surcharge.value) / 100,
        rate: surcharge.value,
        base: ledger.round(goodsValue(p)),
        collected_by: ledger.importCollector(),
        document_id: surcharge.document_id,
        source: null,
      });
    else if (day >= '2026-07-24')
      ledger.notes.push(
        'The 10% Section 122 surcharge was due to lapse on 24 July 2026 and no source on what followed is in the knowledge base: check CBP for surcharges in force (us-de-minimis-continued-feb-2026).',
      );
    ledger.notes.push(
      'Special duties (Section 301 on goods from China, anti-dumping) are not included: check them for your product.',
    );
  }
  ledger.notes.push(
    'No federal VAT: state sales tax depends on the buyer’s state and on your nexus there, and marketplaces collect it on their sales; it is not included (us-sales-tax-no-federal-vat).',
  );
}

function jpParcel(ledger: Ledger) {
  const p = ledger.parcel;
  const { day } = p;
  const limit = rule('jp_low_value_limit', 'JP', day);
  if (limit && ledger.convert(goodsValue(p), p.currency, 'JPY') <= limit.value) {
    ledger.notes.push(
      `No consumption tax and no duty: imports of JPY ${limit.value.toLocaleString('en')} or less are exempt until 31 March 2028 (${limit.document_id}).`,
    );
    return;
  }
  const duty = tariffDuty(ledger, 'JP');
  const jct = rule('vat_standard', 'JP', day)!;
  tax(
    ledger,
    'vat',
    jct,
    goodsValue(p) + p.shipping_cost + p.insurance + duty,
    ledger.importCollector(),
  );
  ledger.notes.push(
    `Consumption tax is charged at import at ${jct.value}% (8% for qualifying food) on the customs value plus duty (${jct.document_id}).`,
  );
}

function caParcel(ledger: Ledger) {
  const p = ledger.parcel;
  const { day } = p;
  const limit = rule('ca_low_value_limit', 'CA', day)!;
  if (ledger.convert(goodsValue(p), p.currency, 'CAD') <= limit.value) {
    ledger.notes.push(
      `No duty and no tax: parcels up to CAD ${limit.value} enter free (${limit.document_id}).`,
    );
    return;
  }
  ledger.notes.push(
    `Above CAD ${limit.value}, parcels from outside the US and Mexico pay duty and tax (${limit.document_id}).`,
  );
  const duty = tariffDuty(ledger, 'CA');
  const gst = rule('gst_standard', 'CA', day)!;
  tax(ledger, 'gst', gst, goodsValue(p) + duty, ledger.importCollector());
  ledger.notes.push(
    `Only the federal ${gst.value}% GST is included: HST provinces charge 13-15% in all and QC, BC, MB and SK add their own tax (${gst.document_id}).`,
  );
}

const BY_MARKET: Record<string, (ledger: Ledger) => void> = {
  GB: gbParcel,
  AU: auParcel,
  US: usParcel,
  JP: jpParcel,
  CA: caParcel,
};

/** Markets the rules table covers (EU member states through the EU rules). */
export const COVERED_MARKETS = [
  'EU',
  'DE',
  'FR',
  'IT',
  'ES',
  'NL',
  'PL',
  ...Object.keys(BY_MARKET),
];

export function calculateLandedCost(parcel: Parcel, fx: FxTable): Calculation {
  const ledger = new Ledger(parcel, fx);
  parcel.items.forEach((item, i) => {
    if (!item.hs_code || !hs6(item.hs_code))
      ledger.needs.push({
        field: `items.${i}.hs_code`,
        message: `The HS code of "${item.description ?? item.category ?? `item ${i + 1}`}" is missing, so its duty is not included or assumed: ${CLASSIFY_HINT}.`,
        url: null,
      });
  });
  const handler = parcel.euMember || parcel.country === 'EU' ? euParcel : BY_MARKET[parcel.country];
  if (handler) handler(ledger);
  else
    ledger.needs.push({
      field: 'destination',
      message: `The rules table has no duty and tax rules for ${parcel.country} yet (covered: ${COVERED_MARKETS.join(', ')}); ask compliance_lookup about its customs and VAT thresholds.`,
      url: null,
    });
  ledger.fxNote();
  if (
    parcel.incoterm === 'DAP' &&
    ledger.components.some((c) => c.collected_by === 'at_import_paid_by_buyer')
  )
    ledger.notes.push(
      'DAP: the buyer pays the import charges on delivery, often with a carrier handling fee.',
    );
  const total = ledger.round(ledger.components.reduce((s, c) => s + c.amount, 0));
  const landed = ledger.round(goodsValue(parcel) + parcel.shipping_cost + parcel.insurance + total);
  if (ledger.needs.length) ledger.notes.push('The totals leave out what is listed under needs.');
  ledger.notes.push('Not legal or tax advice: verify the figures against the cited sources.');
  return {
    components: ledger.components,
    total_taxes_and_duties: total,
    landed_total: landed,
    notes: ledger.notes,
    needs: ledger.needs,
  };
}
