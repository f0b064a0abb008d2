// Consumer prices that must include VAT: the markets where a B2C price is shown VAT-inclusive and the standard rate
// from the landed-cost rules table, for localize_listing.
import { ruleOn, type TaxRule } from './tax-rules';

/** Documents that say consumer prices there include VAT from the first euro / pound. */
const VAT_INCLUSIVE_PRICES: Record<string, string> = {
  EU: 'eu-import-vat-22-exemption-abolished',
  GB: 'gb-vat-135-point-of-sale',
};

/** The VAT rule a consumer price in `country` must include on `day`, or undefined (no VAT-inclusive duty there,
 *  or no rate in the rules table). */
export function consumerVat(
  country: string,
  euMember: boolean,
  day: string,
): { rule: TaxRule; basis: string } | undefined {
  const basis = VAT_INCLUSIVE_PRICES[euMember ? 'EU' : country];
  const rule = basis ? ruleOn('vat_standard', country, day) : undefined;
  return rule && basis ? { rule, basis } : undefined;
}
