// landed_cost: what reaches the buyer's door for a parcel — duty, VAT/GST and fees with who collects them, each from
// the cited rules table or a dated tariff rate — and what is missing to make the figure exact.
import { z } from 'zod';
import { isoDay } from '../../core/domain/rule-timing';
import { defineTool } from '../define-tool';
import { citationOutput, citationsFor } from '../shared/citations';
import { loadFxTable } from '../shared/fx';
import { targetMarketField } from '../shared/target-market';
import { hsCodesFor } from './item-codes';
import { landedCostAnswer, landedCostSources } from './landed-cost-answer';
import { calculateLandedCost } from './landed-cost-calc';
import { note } from './note-texts';
import { TAX_RULES } from './tax-rules';

export const LANDED_COST = 'landed_cost';

const money = (what: string) => z.number().finite().min(0).describe(what);

const item = z
  .object({
    description: z
      .string()
      .trim()
      .min(1)
      .max(300)
      .optional()
      .describe('What the item is, e.g. "Bluetooth earbuds" or "手机壳"'),
    hs_code: z
      .string()
      .trim()
      .regex(/^\d{4}[.\s]?\d{2}([.\s-]?\d{1,4}){0,2}$/, 'expected 6 to 10 digits, e.g. 8518.30')
      .refine(
        (code) => code.replace(/\D/g, '').length <= 10,
        'expected 6 to 10 digits, e.g. 8518.30',
      )
      .optional()
      .describe(
        'HS code, 6 to 10 digits (e.g. 8518.30, 8513.10.20, Japan 6109.10-010); classify_hs suggests one',
      ),
    category: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .describe('Product category, e.g. electronics or apparel'),
    value: z.number().finite().positive().describe('Price of one unit, in `currency`'),
    quantity: z.number().int().min(1).max(10_000).default(1).describe('Number of units'),
  })
  .refine((i) => i.description || i.hs_code || i.category, {
    message: 'give a description, hs_code or category for each item',
    path: ['description'],
  });

const input = z.object({
  destination: targetMarketField('Where the parcel is delivered (market code or name)'),
  items: z.array(item).min(1).max(50).describe('The goods in the parcel'),
  currency: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{3}$/, 'expected an ISO 4217 code such as EUR')
    .transform((c) => c.toUpperCase())
    .describe('Currency of the item values, shipping and insurance (e.g. EUR, USD, GBP)'),
  shipping_cost: money('Shipping charged for the parcel, in `currency` (0 when free)').default(0),
  insurance: money('Insurance for the parcel, in `currency`').optional(),
  ioss: z
    .boolean()
    .optional()
    .describe(
      'EU only: the seller (or its marketplace) charges VAT at checkout through IOSS (assumed yes)',
    ),
  seller_registered: z
    .boolean()
    .optional()
    .describe(
      'The seller is registered to collect VAT/GST at the sale (UK VAT, Australian or New Zealand GST); assumed yes',
    ),
  incoterm: z
    .enum(['DDP', 'DAP'])
    .optional()
    .describe(
      'DDP: you pay the import charges; DAP: the buyer pays them on delivery (assumed DDP)',
    ),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
    .optional()
    .describe('Day of import, YYYY-MM-DD (default today): rules change on set dates'),
  duty_rates: z
    .record(
      z.string().regex(/^\d{6,10}$/, 'expected an HS code of 6 to 10 digits'),
      z.number().min(0).max(100),
    )
    .optional()
    .describe(
      'Duty rates in percent by HS code, e.g. {"851830": 2}; they override the bundled table',
    ),
});

const component = z.object({
  kind: z.enum(['duty', 'vat', 'gst', 'sales_tax', 'fee']).describe('What is charged'),
  amount: z.number().describe('Amount in `currency`'),
  currency: z.string().describe('Currency of the amount (the parcel currency)'),
  rate: z
    .number()
    .nullable()
    .describe(
      'Percent for VAT, GST and ad valorem duty; for a flat duty or fee, the fixed amount per unit in the currency of its rule (EUR; RON for the Romanian parcel fee)',
    ),
  base: z
    .number()
    .nullable()
    .describe(
      'What the rate applies to: an amount in `currency`, or the number of units (tariff sub-headings, consignments) for a flat duty or fee',
    ),
  collected_by: z
    .enum(['seller_at_checkout', 'at_import_paid_by_seller', 'at_import_paid_by_buyer'])
    .describe('Who collects it: the seller at checkout, or the carrier/customs at import'),
  document_id: z
    .string()
    .nullable()
    .describe('Knowledge document of the rule (null for a tariff rate)'),
  citation: z
    .object({ title: z.string(), url: z.string().nullable() })
    .describe('Source of the rule or rate'),
});

const output = z.object({
  destination: z.string().describe('Destination market code'),
  currency: z.string().describe('Currency of every amount'),
  date: z.string().describe('Day the rules were applied for'),
  goods_value: z.number().describe('Sum of item values × quantities'),
  components: z.array(component).describe('Each duty, tax and fee'),
  total_taxes_and_duties: z.number().describe('Sum of the components'),
  landed_total: z.number().describe('Goods + shipping + insurance + taxes and duties'),
  notes: z.array(z.string()).describe('Which rules applied, assumptions and conversions'),
  needs: z
    .array(
      z.object({
        field: z.string().describe('Input field that would make the figure exact'),
        message: z.string().describe('What is missing and where to look it up'),
        url: z.string().nullable().describe('Where to look it up'),
      }),
    )
    .describe('What is missing to be exact; the totals leave these out'),
  citations: z.array(citationOutput).describe('Knowledge documents the rules come from'),
});

export type LandedCostOutput = z.output<typeof output>;

const RULE_DOCS = [...new Set(TAX_RULES.map((r) => r.document_id)), 'us-sales-tax-no-federal-vat'];

export const landedCost = defineTool({
  name: LANDED_COST,
  title: 'Landed cost: duty, VAT/GST and fees',
  description:
    'Works out what a parcel costs at the buyer’s door: customs duty, import VAT/GST (or VAT/GST at checkout), fees, who collects each and under which threshold, for EU member states, the UK, US, Japan, Australia, New Zealand and Canada, on a given day (rules change, e.g. the EU EUR 3 duty from 1 July 2026). Every rate and threshold cites its knowledge document; duty rates come from a small dated tariff table or the seller’s own. Lists what is missing (HS codes, duty rates) instead of guessing.',
  input,
  output,
  annotations: { readOnly: true },
  run: async (args, deps) => {
    const target = args.destination;
    const { codes, notes } = await hsCodesFor(args.items, deps);
    const assume = (given: unknown, text: string) => given === undefined && notes.push(text);
    const euTarget = target.euMember || target.country === 'EU';
    if (euTarget) assume(args.ioss, note('assumedIoss'));
    if (['GB', 'AU', 'NZ'].includes(target.country))
      assume(args.seller_registered, note('assumedRegistered'));
    assume(args.incoterm, note('assumedDdp'));
    const day = args.date ?? isoDay(deps.now());
    const calc = calculateLandedCost(
      {
        country: target.country,
        euMember: target.euMember,
        items: args.items.map((i, n) => ({ ...i, hs_code: codes[n] })),
        currency: args.currency,
        shipping_cost: args.shipping_cost,
        insurance: args.insurance ?? 0,
        ioss: args.ioss ?? true,
        seller_registered: args.seller_registered ?? true,
        incoterm: args.incoterm ?? 'DDP',
        day,
        duty_rates: args.duty_rates ?? {},
      },
      await loadFxTable(deps.config.FX_RATES_FILE),
    );
    const allNotes = [...notes, ...calc.notes];
    const cited = RULE_DOCS.filter(
      (id) =>
        calc.components.some((c) => c.document_id === id) ||
        allNotes.some((n) => n.includes(`(${id})`) || n.includes(`, ${id})`)),
    );
    const citations = await citationsFor(deps.db, cited, isoDay(deps.now()));
    const title = (id: string) => citations.find((c) => c.id === id);
    return {
      destination: target.code,
      currency: args.currency,
      date: day,
      goods_value: calc.goods_value,
      components: calc.components.map(({ source, ...c }) => ({
        ...c,
        citation: c.document_id
          ? {
              title:
                title(c.document_id)?.source_title ?? title(c.document_id)?.title ?? c.document_id,
              url: title(c.document_id)?.source_url ?? null,
            }
          : (source ?? { title: 'unknown', url: null }),
      })),
      total_taxes_and_duties: calc.total_taxes_and_duties,
      landed_total: calc.landed_total,
      notes: allNotes,
      needs: calc.needs,
      citations,
    };
  },
  citations: landedCostSources,
  toAnswer: landedCostAnswer,
});
