// The landed-cost calculation as a pure function: a parcel, a day and an FX table in; duty, VAT/GST and fee
// components (each from a rule of tax-rules.ts or a duty rate), notes and what is missing out.
import { InvalidInputError } from '../../core/errors';
import { currencyDecimals, fxRate, type FxTable } from '../shared/fx';
import { bundledDutyRate, dottedLine, hs6, TARIFF_LOOKUP } from './duty-rates';
import { note, type NoteId } from './note-texts';
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
  goods_value: number;
  components: Component[];
  total_taxes_and_duties: number;
  landed_total: number;
  notes: string[];
  needs: Need[];
}

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

  /** Asks for the HS code of each item without one; called where the figure depends on the codes. */
  needCodes() {
    this.parcel.items.forEach((item, i) => {
      if (!item.hs_code || !hs6(item.hs_code))
        this.needs.push({
          field: `items.${i}.hs_code`,
          message: note('needHs', { item: item.description ?? item.category ?? `item ${i + 1}` }),
          url: null,
        });
    });
  }

  importCollector(): CollectedBy {
    return this.parcel.incoterm === 'DDP' ? 'at_import_paid_by_seller' : 'at_import_paid_by_buyer';
  }

  fxNote() {
    if (!this.converted.size) return;
    this.notes.push(
      note('fx', {
        from: this.parcel.currency,
        to: [...this.converted].join(', '),
        origin: this.fx.origin === 'file' ? 'FX_RATES_FILE' : 'bundled indicative',
        date: this.fx.date,
      }),
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
  ledger.needCodes();
  let total = 0;
  p.items.forEach((item, i) => {
    const code = item.hs_code ? hs6(item.hs_code) : undefined;
    const name = item.description ?? item.category ?? `item ${i + 1}`;
    if (!code) return;
    const itemValue = item.value * item.quantity;
    const base = itemValue + (goods > 0 ? (extras * itemValue) / goods : 0);
    const given = Object.entries(p.duty_rates).find(([k]) => hs6(k) === code);
    const found = given ? undefined : bundledDutyRate(area, item.hs_code!);
    if (!given && found?.kind !== 'rate') {
      const tariff = lookup?.name ?? 'national tariff';
      ledger.needs.push({
        field: `duty_rates.${code}`,
        message: found
          ? note('needLine', {
              area,
              code,
              item: name,
              tariff,
              lines: found.lines
                .map((l) => `${dottedLine(l.code)} ${l.description} ${l.rate}%`)
                .join('; '),
            })
          : note('needRate', { area, code, item: name, tariff }),
        url: lookup?.url ?? null,
      });
      return;
    }
    const table = found?.kind === 'rate' ? found : undefined;
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
        : {
            title: `HS ${table!.line ? dottedLine(table!.line.code) : code}: ${table!.entry.source.name} (${table!.entry.date})`,
            url: table!.entry.source.url,
          },
    });
  });
  if (CIF_AREAS.has(area) && extras > 0) ledger.notes.push(note('cif'));
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

/** VAT/GST charged by the seller at checkout on the goods, shipping and insurance. */
function checkoutTax(ledger: Ledger, kind: ComponentKind, r: TaxRule) {
  const p = ledger.parcel;
  tax(ledger, kind, r, goodsValue(p) + p.shipping_cost + p.insurance, 'seller_at_checkout');
}

/** Import VAT/GST on the goods, shipping, insurance and duty, paid by whoever the incoterm says. */
function importTax(ledger: Ledger, kind: ComponentKind, r: TaxRule, duty: number) {
  const p = ledger.parcel;
  tax(
    ledger,
    kind,
    r,
    goodsValue(p) + p.shipping_cost + p.insurance + duty,
    ledger.importCollector(),
  );
}

function euParcel(ledger: Ledger) {
  const p = ledger.parcel;
  const { day } = p;
  const valueEur = ledger.convert(goodsValue(p), p.currency, 'EUR');
  const iossLimit = rule('eu_ioss_limit', 'EU', day)!;
  const underIoss = valueEur <= iossLimit.value;
  const checkoutVat = p.ioss && underIoss;
  if (p.ioss && !underIoss)
    ledger.notes.push(note('iossLimit', { limit: iossLimit.value, doc: iossLimit.document_id }));

  let duty = 0;
  const relief = rule('eu_duty_relief', 'EU', day);
  const flat = rule('eu_flat_duty', 'EU', day);
  const flatLimit = rule('eu_flat_duty_limit', 'EU', day);
  if (relief && valueEur <= relief.value) {
    ledger.notes.push(note('euRelief', { limit: relief.value, doc: relief.document_id }));
  } else if (flat && flatLimit && valueEur < flatLimit.value && p.ioss) {
    const { count, assumed } = countSubHeadings(p.items);
    ledger.needCodes();
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
      note('flatDuty', { rate: flat.value, limit: flatLimit.value, doc: flat.document_id }),
    );
    if (assumed) ledger.notes.push(note('subHeadingGuess', { count, rate: flat.value }));
  } else {
    if (flat && !p.ioss && valueEur < (flatLimit?.value ?? 0))
      ledger.notes.push(note('flatNeedsIoss', { rate: flat.value, doc: flat.document_id }));
    if (!flat && !relief)
      ledger.notes.push(
        note('normal2028', { doc: rule('eu_normal_duty_2028', 'EU', day)!.document_id }),
      );
    duty = tariffDuty(ledger, 'EU');
  }

  const vat = p.country === 'EU' ? undefined : rule('vat_standard', p.country, day);
  if (!vat) {
    ledger.needs.push({
      field: p.country === 'EU' ? 'destination' : 'vat_rate',
      message:
        p.country === 'EU' ? note('needMemberState') : note('needVatRate', { country: p.country }),
      url: null,
    });
  } else if (checkoutVat) {
    checkoutTax(ledger, 'vat', vat);
    ledger.notes.push(note('iossVat', { doc: iossLimit.document_id }));
  } else {
    importTax(ledger, 'vat', vat, duty);
    ledger.notes.push(
      note('importVat', { doc: rule('eu_vat_first_euro', 'EU', day)!.document_id }),
    );
  }

  const fee = rule('handling_fee', p.country, day);
  const feeLimit = rule('handling_fee_limit', p.country, day);
  if (!fee || !feeLimit) return;
  if (feeLimit.strict ? valueEur >= feeLimit.value : valueEur > feeLimit.value) return;
  ledger.add({
    kind: 'fee',
    amount: ledger.convert(fee.value, fee.unit),
    rate: fee.value,
    base: 1,
    collected_by: fee.payer === 'seller' ? 'at_import_paid_by_seller' : ledger.importCollector(),
    document_id: fee.document_id,
    source: null,
  });
  if (p.country === 'RO')
    ledger.notes.push(
      note('roFee', { fee: fee.value, limit: feeLimit.value, doc: fee.document_id }),
    );
}

function gbParcel(ledger: Ledger) {
  const p = ledger.parcel;
  const { day } = p;
  const value = ledger.convert(goodsValue(p), p.currency, 'GBP');
  const limit = rule('gb_point_of_sale_limit', 'GB', day)!;
  const vat = rule('vat_standard', 'GB', day)!;
  if (value <= limit.value) {
    checkoutTax(ledger, 'vat', vat);
    ledger.notes.push(note('gbPointOfSale', { limit: limit.value, doc: limit.document_id }));
    if (!p.seller_registered) ledger.notes.push(note('gbRegister'));
    const relief = rule('gb_duty_relief', 'GB', day)!;
    ledger.notes.push(note('gbRelief', { limit: relief.value, doc: relief.document_id }));
    return;
  }
  const duty = tariffDuty(ledger, 'GB');
  importTax(ledger, 'vat', vat, duty);
  ledger.notes.push(note('gbAbove', { limit: limit.value, doc: limit.document_id }));
}

/** A market taxing low-value imports at the sale (AU, NZ): its rule keys and the notes naming its figures. */
interface SaleGstMarket {
  market: 'AU' | 'NZ';
  currency: string;
  notes: { border: NoteId; unregistered: NoteId; above: NoteId };
}

/**
 * GST collected at the sale by a registered seller up to the low-value limit, with no duty or GST at the border;
 * above it, duty and GST at the border.
 */
function saleGstParcel(ledger: Ledger, m: SaleGstMarket) {
  const p = ledger.parcel;
  const { day } = p;
  const prefix = m.market.toLowerCase();
  const value = ledger.convert(goodsValue(p), p.currency, m.currency);
  const limit = rule(`${prefix}_lvg_limit`, m.market, day)!;
  const border = rule(`${prefix}_border_limit`, m.market, day)!;
  const gst = rule('gst_standard', m.market, day)!;
  if (value <= limit.value) {
    ledger.notes.push(note(m.notes.border, { limit: border.value, doc: border.document_id }));
    if (p.seller_registered) {
      checkoutTax(ledger, 'gst', gst);
      ledger.notes.push(note('auRegistered', { doc: limit.document_id }));
    } else {
      const turnover = rule(`${prefix}_registration_turnover`, m.market, day)!;
      ledger.notes.push(
        note(m.notes.unregistered, {
          turnover: turnover.value.toLocaleString('en'),
          rate: gst.value,
          doc: turnover.document_id,
        }),
      );
    }
    return;
  }
  const duty = tariffDuty(ledger, m.market);
  importTax(ledger, 'gst', gst, duty);
  ledger.notes.push(note(m.notes.above, { limit: limit.value, doc: border.document_id }));
}

const auParcel = (ledger: Ledger) =>
  saleGstParcel(ledger, {
    market: 'AU',
    currency: 'AUD',
    notes: { border: 'auBorder', unregistered: 'auUnregistered', above: 'auAbove' },
  });

const nzParcel = (ledger: Ledger) =>
  saleGstParcel(ledger, {
    market: 'NZ',
    currency: 'NZD',
    notes: { border: 'nzBorder', unregistered: 'nzUnregistered', above: 'nzAbove' },
  });

function usParcel(ledger: Ledger) {
  const p = ledger.parcel;
  const { day } = p;
  const deMinimis = rule('us_de_minimis', 'US', day);
  if (deMinimis && ledger.convert(goodsValue(p), p.currency, 'USD') <= deMinimis.value) {
    ledger.notes.push(note('usBefore', { limit: deMinimis.value, doc: deMinimis.document_id }));
  } else {
    if (!deMinimis)
      ledger.notes.push(note('usSuspended', { doc: 'us-de-minimis-suspended-all-countries' }));
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
      ledger.notes.push(note('usSurchargeLapsed', { doc: 'us-de-minimis-continued-feb-2026' }));
    ledger.notes.push(note('usSpecial'));
  }
  ledger.notes.push(note('usSalesTax', { doc: 'us-sales-tax-no-federal-vat' }));
}

function jpParcel(ledger: Ledger) {
  const p = ledger.parcel;
  const { day } = p;
  const limit = rule('jp_low_value_limit', 'JP', day);
  if (limit && ledger.convert(goodsValue(p), p.currency, 'JPY') <= limit.value) {
    ledger.notes.push(
      note('jpExempt', { limit: limit.value.toLocaleString('en'), doc: limit.document_id }),
    );
    return;
  }
  const duty = tariffDuty(ledger, 'JP');
  const jct = rule('vat_standard', 'JP', day)!;
  importTax(ledger, 'vat', jct, duty);
  ledger.notes.push(note('jpJct', { rate: jct.value, doc: jct.document_id }));
}

function caParcel(ledger: Ledger) {
  const p = ledger.parcel;
  const { day } = p;
  const limit = rule('ca_low_value_limit', 'CA', day)!;
  if (ledger.convert(goodsValue(p), p.currency, 'CAD') <= limit.value) {
    ledger.notes.push(note('caFree', { limit: limit.value, doc: limit.document_id }));
    return;
  }
  ledger.notes.push(note('caAbove', { limit: limit.value, doc: limit.document_id }));
  const duty = tariffDuty(ledger, 'CA');
  const gst = rule('gst_standard', 'CA', day)!;
  tax(ledger, 'gst', gst, goodsValue(p) + duty, ledger.importCollector());
  ledger.notes.push(note('caGst', { rate: gst.value, doc: gst.document_id }));
}

const BY_MARKET: Record<string, (ledger: Ledger) => void> = {
  GB: gbParcel,
  AU: auParcel,
  NZ: nzParcel,
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
  'RO',
  ...Object.keys(BY_MARKET),
];

export function calculateLandedCost(parcel: Parcel, fx: FxTable): Calculation {
  const ledger = new Ledger(parcel, fx);
  const handler = parcel.euMember || parcel.country === 'EU' ? euParcel : BY_MARKET[parcel.country];
  if (handler) handler(ledger);
  else
    ledger.needs.push({
      field: 'destination',
      message: note('needMarket', { country: parcel.country, covered: COVERED_MARKETS.join(', ') }),
      url: null,
    });
  ledger.fxNote();
  if (
    parcel.incoterm === 'DAP' &&
    ledger.components.some((c) => c.collected_by === 'at_import_paid_by_buyer')
  )
    ledger.notes.push(note('dap'));
  const total = ledger.round(ledger.components.reduce((s, c) => s + c.amount, 0));
  const landed = ledger.round(goodsValue(parcel) + parcel.shipping_cost + parcel.insurance + total);
  if (ledger.needs.length) ledger.notes.push(note('leftOut'));
  ledger.notes.push(note('advice'));
  return {
    goods_value: ledger.round(goodsValue(parcel)),
    components: ledger.components,
    total_taxes_and_duties: total,
    landed_total: landed,
    notes: ledger.notes,
    needs: ledger.needs,
  };
}
