// The bundled MFN duty-rate table (duty-rates/<market>.json), validated on load, the lookup by market and HS code, and
// where a seller looks a rate up when the table does not have it.
//
// Rates are MFN (third-country) ad valorem duties per 6-digit sub-heading: `rate` where a copy of the official tariff
// confirmed one rate for every national line of the sub-heading; `lines` (each national line with its rate) where the
// lines differ, so a seller's full code gets its exact rate and a six-digit code gets the lines to choose from. Special duties (anti-dumping, US Section 301/232/122,
// retaliation) are not included. duty-rates/headings.json lists the sub-headings sellers ship most, which each market's
// file aims to cover.
import { z } from 'zod';
import headings from './duty-rates/headings.json';
import au from './duty-rates/au.json';
import ca from './duty-rates/ca.json';
import eu from './duty-rates/eu.json';
import gb from './duty-rates/gb.json';
import jp from './duty-rates/jp.json';
import us from './duty-rates/us.json';

const percent = z.number().min(0).max(100);

const lineEntry = z.object({
  code: z.string().regex(/^\d{8,10}$/),
  rate: percent,
  description: z.string().min(1),
});

const rateEntry = z
  .object({
    hs6: z.string().regex(/^\d{6}$/),
    market: z.enum(['EU', 'GB', 'US', 'JP', 'AU', 'CA']),
    rate: percent.optional(),
    lines: z.array(lineEntry).min(2).optional(),
    description: z.string().min(1),
    source: z.object({ name: z.string().min(1), url: z.url() }),
    date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
  })
  .refine((e) => (e.rate === undefined) !== (e.lines === undefined), {
    message: 'give either one rate for the sub-heading or its national lines',
  })
  .refine((e) => (e.lines ?? []).every((l) => l.code.startsWith(e.hs6)), {
    message: 'every national line starts with the sub-heading',
  });

export type DutyRate = z.output<typeof rateEntry>;
export type DutyLine = z.output<typeof lineEntry>;

/** A bundled rate for a seller's code: one rate (of the sub-heading, or of the national line the code names), or
 *  the national lines to choose from when the code does not pick one. */
export type DutyLookup =
  | { kind: 'rate'; rate: number; line: DutyLine | null; entry: DutyRate }
  | { kind: 'lines'; lines: DutyLine[]; entry: DutyRate };

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

/** The bundled rate for a code in a tariff area (EU for member states): the sub-heading's rate, the rate of the
 *  national line(s) a longer code names when they agree, else the lines that remain possible. */
export function bundledDutyRate(tariffArea: string, code: string): DutyLookup | undefined {
  return lookupDutyRate(DUTY_RATES, tariffArea, code);
}

/** bundledDutyRate over a given table. */
export function lookupDutyRate(
  rates: DutyRate[],
  tariffArea: string,
  code: string,
): DutyLookup | undefined {
  const six = hs6(code);
  const entry = rates.find((r) => r.market === tariffArea && r.hs6 === six);
  if (!entry) return undefined;
  if (entry.rate !== undefined) return { kind: 'rate', rate: entry.rate, line: null, entry };
  const digits = code.replace(/[\s.-]/g, '');
  const lines = entry.lines!.filter((l) => l.code.startsWith(digits) || digits.startsWith(l.code));
  const possible = lines.length ? lines : entry.lines!;
  const distinct = new Set(possible.map((l) => l.rate));
  if (distinct.size === 1 && lines.length)
    return { kind: 'rate', rate: possible[0].rate, line: possible[0], entry };
  return { kind: 'lines', lines: possible, entry };
}

/** A national line as tariffs print it: "8513.10.20" / "6109.10.00.12". */
export function dottedLine(code: string): string {
  return [code.slice(0, 4), ...(code.slice(4).match(/\d{2}/g) ?? [])].join('.');
}

/** How many of the listed sub-headings each market's table covers, with one rate or by national line. */
export function dutyTableCoverage(): Array<{
  market: string;
  rate: number;
  lines: number;
  of: number;
}> {
  const listed = new Set(headings.headings.map((h) => h.hs6));
  return Object.keys(TARIFF_LOOKUP).map((market) => {
    const entries = DUTY_RATES.filter((r) => r.market === market && listed.has(r.hs6));
    const lines = entries.filter((r) => r.lines).length;
    return { market, rate: entries.length - lines, lines, of: listed.size };
  });
}
