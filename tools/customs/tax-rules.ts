// The rules table of landed_cost: every threshold, tax rate and fee the calculation uses, each naming the knowledge
// document it implements and the figure as that document writes it (test/tools/customs/tax-rules.test.ts checks both).

export type RuleKind = 'threshold' | 'vat_rate' | 'gst_rate' | 'fee' | 'flat_duty' | 'surcharge';

export interface TaxRule {
  /** Stable key the calculation looks rules up by. */
  key: string;
  /** ISO market code, or EU for rules of every member state. */
  market: string;
  kind: RuleKind;
  /** The amount (in `unit`) or the rate in percent. */
  value: number;
  /** A currency code, or `%` for rates. */
  unit: string;
  /** First day the rule applies (inclusive), when it starts on a known day. */
  from?: string;
  /** First day the rule no longer applies, when it ends on a known day. */
  until?: string;
  /** A threshold met only below its value ("under EUR 150"), not at it ("up to EUR 150"). */
  strict?: boolean;
  /** Who owes a fee whatever the incoterm, when the law names the seller. */
  payer?: 'seller';
  /** Knowledge document (knowledge/regulations/<market>/*.md) the rule implements. */
  document_id: string;
  /** The figure as it appears in that document's text. */
  figure: string;
  what: string;
}

/** Every rule, grouped by market. */
export const TAX_RULES: TaxRule[] = [
  // European Union
  {
    key: 'eu_ioss_limit',
    market: 'EU',
    kind: 'threshold',
    value: 150,
    unit: 'EUR',
    from: '2021-07-01',
    document_id: 'eu-ioss-import-vat-150',
    figure: 'EUR 150',
    what: 'IOSS covers consignments of an intrinsic value up to EUR 150; VAT is charged at checkout',
  },
  {
    key: 'eu_vat_first_euro',
    market: 'EU',
    kind: 'threshold',
    value: 0,
    unit: 'EUR',
    from: '2021-07-01',
    document_id: 'eu-import-vat-22-exemption-abolished',
    figure: 'VAT from the first euro',
    what: 'Import VAT is due from the first euro (the EUR 22 exemption ended on 1 July 2021)',
  },
  {
    key: 'eu_duty_relief',
    market: 'EU',
    kind: 'threshold',
    value: 150,
    unit: 'EUR',
    until: '2026-07-01',
    document_id: 'eu-customs-duty-relief-150',
    figure: 'EUR 150',
    what: 'Consignments of negligible value (up to EUR 150) entered without customs duty',
  },
  {
    key: 'eu_flat_duty',
    market: 'EU',
    kind: 'flat_duty',
    value: 3,
    unit: 'EUR',
    from: '2026-07-01',
    until: '2028-07-01',
    document_id: 'eu-interim-flat-duty-3-eur',
    figure: 'EUR 3',
    what: 'Flat customs duty of EUR 3 per distinct tariff sub-heading on IOSS parcels under EUR 150',
  },
  {
    key: 'eu_flat_duty_limit',
    market: 'EU',
    kind: 'threshold',
    value: 150,
    unit: 'EUR',
    from: '2026-07-01',
    until: '2028-07-01',
    document_id: 'eu-interim-flat-duty-3-eur',
    figure: 'under EUR 150',
    what: 'The flat duty applies to parcels valued under EUR 150',
  },
  {
    key: 'eu_normal_duty_2028',
    market: 'EU',
    kind: 'threshold',
    value: 0,
    unit: 'EUR',
    from: '2028-07-01',
    document_id: 'eu-150-duty-threshold-abolition-2028',
    figure: '1 July 2028',
    what: 'Normal tariff rates on all low-value imports (planned, not yet adopted)',
  },
  {
    key: 'vat_standard',
    market: 'DE',
    kind: 'vat_rate',
    value: 19,
    unit: '%',
    document_id: 'de-vat-standard-rate',
    figure: '19%',
    what: 'German standard VAT rate',
  },
  {
    key: 'vat_standard',
    market: 'FR',
    kind: 'vat_rate',
    value: 20,
    unit: '%',
    document_id: 'fr-vat-standard-rate',
    figure: '20%',
    what: 'French standard VAT (TVA) rate',
  },
  {
    key: 'vat_standard',
    market: 'IT',
    kind: 'vat_rate',
    value: 22,
    unit: '%',
    document_id: 'it-vat-standard-rate',
    figure: '22%',
    what: 'Italian standard VAT (IVA) rate',
  },
  {
    key: 'vat_standard',
    market: 'ES',
    kind: 'vat_rate',
    value: 21,
    unit: '%',
    document_id: 'es-vat-standard-rate',
    figure: '21%',
    what: 'Spanish standard VAT (IVA) rate',
  },
  {
    key: 'vat_standard',
    market: 'NL',
    kind: 'vat_rate',
    value: 21,
    unit: '%',
    document_id: 'nl-vat-standard-rate',
    figure: '21%',
    what: 'Dutch standard VAT (BTW) rate',
  },
  {
    key: 'vat_standard',
    market: 'PL',
    kind: 'vat_rate',
    value: 23,
    unit: '%',
    document_id: 'pl-vat-standard-rate',
    figure: '23%',
    what: 'Polish standard VAT rate',
  },
  {
    key: 'handling_fee',
    market: 'IT',
    kind: 'fee',
    value: 2,
    unit: 'EUR',
    from: '2026-01-01',
    document_id: 'it-handling-fee-2eur',
    figure: 'EUR 2 per consignment',
    what: 'Italian contribution per non-EU consignment with a declared value up to EUR 150',
  },
  {
    key: 'handling_fee_limit',
    market: 'IT',
    kind: 'threshold',
    value: 150,
    unit: 'EUR',
    from: '2026-01-01',
    document_id: 'it-handling-fee-2eur',
    figure: 'up to EUR 150',
    what: 'The Italian contribution applies to consignments up to EUR 150',
  },
  {
    key: 'vat_standard',
    market: 'RO',
    kind: 'vat_rate',
    value: 19,
    unit: '%',
    until: '2025-08-01',
    document_id: 'eu-standard-vat-rate-range',
    figure: 'from 19% to 21%',
    what: 'Romanian standard VAT rate before 1 August 2025',
  },
  {
    key: 'vat_standard',
    market: 'RO',
    kind: 'vat_rate',
    value: 21,
    unit: '%',
    from: '2025-08-01',
    document_id: 'eu-standard-vat-rate-range',
    figure: '21% in Romania',
    what: 'Romanian standard VAT (TVA) rate since 1 August 2025 (Law 141/2025)',
  },
  {
    key: 'handling_fee',
    market: 'RO',
    kind: 'fee',
    value: 25,
    unit: 'RON',
    from: '2026-01-01',
    payer: 'seller',
    document_id: 'eu-handling-fee-small-parcels',
    figure: 'Romania RON 25',
    what: 'Romanian fee per non-EU parcel under EUR 150, owed by the seller, shipper or platform and collected by the courier',
  },
  {
    key: 'handling_fee_limit',
    market: 'RO',
    kind: 'threshold',
    value: 150,
    unit: 'EUR',
    from: '2026-01-01',
    strict: true,
    document_id: 'eu-handling-fee-small-parcels',
    figure: 'non-EU parcels under EUR 150',
    what: 'The Romanian fee applies to parcels with a declared value under EUR 150',
  },
  // United Kingdom
  {
    key: 'gb_point_of_sale_limit',
    market: 'GB',
    kind: 'threshold',
    value: 135,
    unit: 'GBP',
    from: '2021-01-01',
    document_id: 'gb-vat-135-point-of-sale',
    figure: 'GBP 135 or less',
    what: 'VAT on consignments of GBP 135 or less is charged at the point of sale, not at import',
  },
  {
    key: 'vat_standard',
    market: 'GB',
    kind: 'vat_rate',
    value: 20,
    unit: '%',
    document_id: 'gb-vat-135-point-of-sale',
    figure: '20% standard rate',
    what: 'UK standard VAT rate',
  },
  {
    key: 'gb_duty_relief',
    market: 'GB',
    kind: 'threshold',
    value: 135,
    unit: 'GBP',
    document_id: 'gb-customs-duty-135-relief',
    figure: 'GBP 135 or less',
    what: 'Consignments of GBP 135 or less enter without customs duty (relief to end by October 2028)',
  },
  // Australia
  {
    key: 'au_lvg_limit',
    market: 'AU',
    kind: 'threshold',
    value: 1000,
    unit: 'AUD',
    from: '2018-07-01',
    document_id: 'au-gst-low-value-imported-goods',
    figure: 'AUD 1,000',
    what: 'GST on goods of a customs value up to AUD 1,000 is collected at the sale by the registered seller',
  },
  {
    key: 'gst_standard',
    market: 'AU',
    kind: 'gst_rate',
    value: 10,
    unit: '%',
    document_id: 'au-gst-low-value-imported-goods',
    figure: '10% GST',
    what: 'Australian GST rate',
  },
  {
    key: 'au_registration_turnover',
    market: 'AU',
    kind: 'threshold',
    value: 75000,
    unit: 'AUD',
    document_id: 'au-gst-low-value-imported-goods',
    figure: 'AUD 75,000',
    what: 'Sellers with Australian turnover of AUD 75,000 or more must register and collect GST',
  },
  {
    key: 'au_border_limit',
    market: 'AU',
    kind: 'threshold',
    value: 1000,
    unit: 'AUD',
    document_id: 'au-border-threshold-1000',
    figure: 'AUD 1,000',
    what: 'Consignments of AUD 1,000 or less pay no customs duty and no GST at the border',
  },
  // New Zealand
  {
    key: 'nz_lvg_limit',
    market: 'NZ',
    kind: 'threshold',
    value: 1000,
    unit: 'NZD',
    from: '2019-12-01',
    document_id: 'nz-gst-low-value-imported-goods',
    figure: 'NZD 1,000',
    what: 'GST on goods valued at NZD 1,000 or less is collected at the sale by the registered seller or marketplace',
  },
  {
    key: 'gst_standard',
    market: 'NZ',
    kind: 'gst_rate',
    value: 15,
    unit: '%',
    document_id: 'nz-gst-low-value-imported-goods',
    figure: '15% GST',
    what: 'New Zealand GST rate',
  },
  {
    key: 'nz_registration_turnover',
    market: 'NZ',
    kind: 'threshold',
    value: 60000,
    unit: 'NZD',
    document_id: 'nz-gst-low-value-imported-goods',
    figure: 'NZD 60,000',
    what: 'Sellers whose sales to New Zealand consumers exceed NZD 60,000 in 12 months must register and collect GST',
  },
  {
    key: 'nz_border_limit',
    market: 'NZ',
    kind: 'threshold',
    value: 1000,
    unit: 'NZD',
    from: '2019-12-01',
    document_id: 'nz-border-threshold-1000',
    figure: 'NZD 1,000',
    what: 'Consignments of NZD 1,000 or less pay no duty, GST or border fees to Customs',
  },
  // United States
  {
    key: 'us_de_minimis',
    market: 'US',
    kind: 'threshold',
    value: 800,
    unit: 'USD',
    until: '2025-08-29',
    document_id: 'us-de-minimis-suspended-all-countries',
    figure: 'USD 800',
    what: 'Shipments of USD 800 or less entered duty-free until the suspension of 29 August 2025',
  },
  {
    key: 'us_section_122',
    market: 'US',
    kind: 'surcharge',
    value: 10,
    unit: '%',
    from: '2026-02-24',
    until: '2026-07-24',
    document_id: 'us-de-minimis-continued-feb-2026',
    figure: '10% ad valorem surcharge',
    what: 'Temporary Section 122 import surcharge on top of the normal duty',
  },
  // Japan
  {
    key: 'jp_low_value_limit',
    market: 'JP',
    kind: 'threshold',
    value: 10000,
    unit: 'JPY',
    until: '2028-04-01',
    document_id: 'jp-low-value-import-exemption',
    figure: 'JPY 10,000',
    what: 'Imports of a taxable value of JPY 10,000 or less pay no consumption tax and no duty (until 31 March 2028)',
  },
  {
    key: 'vat_standard',
    market: 'JP',
    kind: 'vat_rate',
    value: 10,
    unit: '%',
    document_id: 'jp-consumption-tax-rate',
    figure: 'charged at 10%',
    what: 'Japanese consumption tax (JCT) standard rate, charged at import',
  },
  // Canada
  {
    key: 'ca_low_value_limit',
    market: 'CA',
    kind: 'threshold',
    value: 20,
    unit: 'CAD',
    from: '2020-07-01',
    document_id: 'ca-low-value-shipment-thresholds',
    figure: 'CAD 20',
    what: 'Parcels from outside the US and Mexico enter free of duty and tax only up to CAD 20',
  },
  {
    key: 'gst_standard',
    market: 'CA',
    kind: 'gst_rate',
    value: 5,
    unit: '%',
    document_id: 'ca-gst-hst-rates',
    figure: 'Goods and Services Tax (GST) of 5%',
    what: 'Canadian federal GST (HST or provincial tax can add to it)',
  },
];

/** The rule with this key for a market (or its EU-wide rule) in force on `day` (YYYY-MM-DD). */
export function ruleOn(key: string, market: string, day: string): TaxRule | undefined {
  return TAX_RULES.find(
    (r) =>
      r.key === key &&
      r.market === market &&
      (!r.from || r.from <= day) &&
      (!r.until || day < r.until),
  );
}
