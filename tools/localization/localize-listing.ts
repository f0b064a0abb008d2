// The localize_listing tool: a listing converted for another market and platform (units, currency, limits,
// required notices with citations, restricted-content flags), translated when a language model is configured.
import { z } from 'zod';
import { defineTool } from '../define-tool';
import { localizeListing } from './localize';
import { PLATFORMS } from './platform-limits';
import { targetMarketField } from '../shared/target-market';
import { citationOutput } from '../shared/citations';
import { categoryField } from '../shared/category-field';
import { knowledgeSources } from '../shared/citation-sources';
import { localizedAnswer } from './localize-listing-answer';

const quantity = z.object({
  value: z.number().describe('The number, e.g. 10'),
  unit: z
    .string()
    .min(1)
    .describe('The unit: in, ft, cm, m, lb, oz, g, kg, fl oz, gal, ml, l, °F, °C'),
});

const detail = (what: string) => z.string().max(500).optional().describe(what);

export const localizeListingInput = z.object({
  listing: z
    .object({
      title: z.string().trim().min(1).max(2000).describe('Product title as sold today'),
      bullets: z
        .array(z.string().max(2000))
        .max(30)
        .default([])
        .describe('Bullet points / key features'),
      description: z.string().max(50_000).default('').describe('Product description (plain text)'),
      attributes: z
        .record(z.string(), z.union([z.string().max(500), z.number(), quantity]))
        .default({})
        .describe(
          'Attributes such as dimensions ("10 x 8 x 2 in"), weight ({"value":2.5,"unit":"lb"}), volume, materials, size',
        ),
      price: z
        .object({
          amount: z.number().nonnegative().describe('Price in the source currency'),
          currency: z
            .string()
            .regex(/^[A-Za-z]{3}$/, 'expected an ISO 4217 code such as USD')
            .transform((c) => c.toUpperCase())
            .describe('ISO 4217 currency code, e.g. USD'),
        })
        .optional()
        .describe('Current price; converted to the target currency with the dated FX table'),
    })
    .describe('The listing to localize'),
  category: categoryField('Product category'),
  source_market: targetMarketField('Market the listing is written for now'),
  target_market: targetMarketField('Market to sell in'),
  platform: z
    .enum(PLATFORMS)
    .describe(
      'Where the listing goes: amazon, shopify, tiktok_shop, shopee, lazada, mercado_libre, noon, temu, generic',
    ),
  target_language: z
    .string()
    .regex(/^[a-z]{2,3}$/, 'expected a language code such as de, fr, ar')
    .optional()
    .describe(
      "Language of the result (default: the target market's main language, e.g. fr for CA-QC)",
    ),
  source_language: z
    .string()
    .regex(/^[a-z]{2,3}$/, 'expected a language code such as en')
    .optional()
    .describe("Language the listing is written in (default: the source market's language)"),
  details: z
    .object({
      manufacturer: detail('Manufacturer name, postal and electronic address'),
      eu_responsible_person: detail('EU responsible person name, address and contact (GPSR)'),
      uk_importer: detail('UK importer name and address'),
      uk_responsible_person: detail('UK responsible person for cosmetics'),
      product_id: detail('Product identifier shown to buyers: model, batch or GTIN'),
      weee_number: detail('German WEEE registration number (digits after "DE")'),
      prop65_chemical: detail(
        'Prop 65 listed chemical the product can expose users to, e.g. "lead"',
      ),
      prop65_endpoint: detail('"cancer", "birth defects or other reproductive harm", or both'),
      product_identity_en: detail('Common name of the product in English (Canada)'),
      product_identity_fr: detail('Common name of the product in French (Canada)'),
      net_quantity: detail('Net quantity in metric units, e.g. "250 ml"'),
      dealer: detail('Dealer name and principal place of business (Canada)'),
      country_of_origin: detail('Country of manufacture: code (CN) or name'),
      seller_name: detail('Seller legal name (Japan disclosure page)'),
      seller_address: detail('Seller address'),
      seller_phone: detail('Seller phone'),
      return_policy: detail('Return and exchange policy in one line'),
    })
    .default({})
    .describe(
      'Business details that fill the required notices; anything missing is shown as [name]',
    ),
});

const conversion = z.object({
  field: z.string().describe('Where the quantity was: title, bullets.0, attributes.weight ...'),
  from: z.object({ value: z.number(), unit: z.string() }),
  to: z.object({ value: z.number(), unit: z.string() }),
});

/** A knowledge document cited by the output (also used by generate_ad_copy). */

export const localizeListingOutput = z.object({
  summary: z.string(),
  mode: z
    .enum(['llm', 'deterministic'])
    .describe('llm: translated by the model; deterministic: no model used'),
  category: z
    .object({
      id: z.string(),
      match: z
        .enum(['known', 'nearest', 'general', 'excluded'])
        .describe(
          'known: a category name; nearest: mapped from a product word; general or excluded: rules for all goods only',
        ),
      note: z.string().optional(),
    })
    .describe('The category whose rules were applied, and how the given value was mapped'),
  source_market: z.string(),
  target_market: z.string(),
  platform: z.string(),
  language: z.string(),
  locale: z.string().describe('Locale used for numbers and prices'),
  listing: z.object({
    title: z.string(),
    bullets: z.array(z.string()),
    description: z.string(),
    attributes: z.record(z.string(), z.string()),
    language: z.string().describe('Language the text is actually in'),
  }),
  needs_translation: z.array(z.string()).describe('Text fields still in the source language'),
  conversions: z.array(conversion),
  price: z
    .object({
      amount: z.number(),
      currency: z.string(),
      formatted: z.string(),
      rate: z.number().describe('Target currency units per source unit'),
      rate_date: z.string(),
      rates_source: z.string(),
      from: z.object({ amount: z.number(), currency: z.string() }),
      vat: z
        .object({
          rate: z.number().describe('VAT rate in percent'),
          amount: z.number().describe('VAT included in `amount`'),
          document_id: z.string().describe('Knowledge document of the rate'),
        })
        .nullable()
        .describe(
          'VAT included in the price where consumer prices must include it (EU member states, UK); null elsewhere',
        ),
    })
    .nullable(),
  notices: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      kind: z.enum(['listing_text', 'requirement']),
      language: z.string(),
      text: z.string(),
      condition: z.string().nullable(),
      missing_details: z.array(z.string()),
      citations: z.array(z.string()).describe('Ids of the documents in `citations`'),
    }),
  ),
  warnings: z.array(
    z.object({
      code: z
        .string()
        .describe('Rule id for content flags (e.g. sa-alcohol), else the warning type'),
      severity: z.enum(['blocking', 'warning', 'info']),
      message: z.string(),
      field: z.string().optional(),
      text: z.string().optional(),
      suggestion: z.string().optional(),
      documents: z.array(z.string()).optional(),
    }),
  ),
  limits: z.array(
    z.object({
      field: z.string(),
      max: z.number().nullable(),
      unit: z.string(),
      before: z.number(),
      after: z.number(),
      action: z.string(),
      note: z.string().optional(),
    }),
  ),
  platform_limits: z.object({ source: z.string(), confidence: z.string() }),
  citations: z.array(citationOutput),
});

export const localizeListingTool = defineTool({
  name: 'localize_listing',
  title: 'Localize a listing',
  description:
    'Adapts a product listing to another market and platform: converts units (metric or US) with local number formats, converts the price with a dated FX table, enforces the platform field limits without cutting words, adds the notices the market requires for the category (GPSR, Prop 65, French for Quebec, Arabic for Saudi Arabia...) with citations, and flags restricted or risky content. Translates with the language model when one is configured; otherwise marks text needs_translation.',
  input: localizeListingInput,
  output: localizeListingOutput,
  // Translates with the language model when one is configured.
  annotations: { readOnly: true, openWorld: true },
  run: (input, deps, ctx) => localizeListing(input, deps, ctx),
  citations: (out) => knowledgeSources(out.citations),
  toAnswer: localizedAnswer,
});
