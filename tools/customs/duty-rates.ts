// The bundled MFN duty-rate table (duty-rates/<market>.json), validated on load, the lookup by market and HS code, and
// where a seller looks a rate up when the table does not have it.
//
// Rates are MFN (third-country) ad valorem duties per 6-digit sub-heading, only where a copy of the official tariff
// confirmed one rate for every national line of the sub-heading (sub-headings whose lines differ, e.g. 9503.00 in the
// EU and UK or 4202.32, are left out and asked for). Special duties (anti-dumping, US Section 301/232/122,
// retaliation) are not included. duty-rates/headings.json lists the sub-headings sellers ship most, which each market's
// file aims to cover.
import { z } from 'zod';
import au from './duty-rates/au.json';
import ca from './duty-rates/ca.json';
import eu from './duty-rates/eu.json';
import gb from './duty-rates/gb.json';
import jp from './duty-rates/jp.json';
import us from './duty-rates/us.json';

const rateEntry = z.object({
  hs6: z.string().regex(/^\d{6}$/),
  market: z.enum(['EU', 'GB', 'US', 'JP', 'AU', 'CA']),
  rate: z.number().min(0).max(100),
  description: z.string().min(1),
  source: z.object({ name: z.string().min(1), url: z.url() }),
  date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
});

export type DutyRate = z.output<typeof rateEntry>;

const marketFile = z.object({ rates: z.array(rateEntry) });

export const DUTY_RATES: DutyRate[] = [eu, gb, us, jp, au, ca].flatMap(
  (file) => marketFile.parse(file).rates,
);

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
