// The bundled MFN duty-rate table (duty-rates.json), validated on load, the lookup by market and HS code, and where a
// seller looks a rate up when the table does not have it.
import { z } from 'zod';
import bundled from './duty-rates.json';

const rateEntry = z.object({
  hs6: z.string().regex(/^\d{6}$/),
  market: z.enum(['EU', 'GB', 'US', 'JP', 'AU', 'CA']),
  rate: z.number().min(0).max(100),
  description: z.string().min(1),
  source: z.object({ name: z.string().min(1), url: z.url() }),
  date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
});

export type DutyRate = z.output<typeof rateEntry>;

export const DUTY_RATES: DutyRate[] = z
  .object({ note: z.string(), rates: z.array(rateEntry) })
  .parse(bundled).rates;

/** The tariff a market's rates are published in, for a `needs` line. */
export const TARIFF_LOOKUP: Record<string, { name: string; url: string }> = {
  EU: {
    name: 'TARIC',
    url: 'https://ec.europa.eu/taxation_customs/dds2/taric/taric_consultation.jsp',
  },
  GB: { name: 'UK Trade Tariff', url: 'https://www.trade-tariff.service.gov.uk/find_commodity' },
  US: { name: 'USITC Harmonized Tariff Schedule', url: 'https://hts.usitc.gov/' },
  JP: { name: 'Japan Customs tariff schedule', url: 'https://www.customs.go.jp/english/tariff/' },
  AU: {
    name: 'Australian Border Force Working Tariff',
    url: 'https://www.abf.gov.au/importing-exporting-and-manufacturing/tariff-classification/current-tariff',
  },
  CA: {
    name: 'CBSA Customs Tariff',
    url: 'https://www.cbsa-asfc.gc.ca/trade-commerce/tariff-tarif/menu-eng.html',
  },
};

/** The six digits of an HS code as sellers write it ("8518.30", "8518 30 00 95"), or undefined. */
export function hs6(code: string): string | undefined {
  const digits = code.replace(/[\s.-]/g, '');
  return /^\d{6,10}$/.test(digits) ? digits.slice(0, 6) : undefined;
}

/** The bundled rate for a sub-heading in a tariff area (EU for member states). */
export function bundledDutyRate(tariffArea: string, code: string): DutyRate | undefined {
  const six = hs6(code);
  return DUTY_RATES.find((r) => r.market === tariffArea && r.hs6 === six);
}
