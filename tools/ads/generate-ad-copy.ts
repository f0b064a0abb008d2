// The generate_ad_copy tool: ad variants for one platform and market within its character limits, every text
// passed through the claims linter; written by the language model when configured, else from templates.
import { z } from 'zod';
import { defineTool } from '../define-tool';
import { citationOutput } from '../shared/citations';
import { knowledgeSources } from '../shared/citation-sources';
import { adCopyAnswer } from './generate-ad-copy-answer';
import { targetMarketField } from '../shared/target-market';
import { generateAdCopy } from './ad-copy';
import { AD_PLATFORMS, normalizeAdPlatform } from './platform-specs';
import { parseProductText } from './product-text';

const productObject = z.object({
  name: z.string().trim().min(1).max(200).describe('Product name, e.g. "Trail running shoes"'),
  brand: z
    .string()
    .trim()
    .max(60)
    .optional()
    .describe('Brand name (Amazon Sponsored Brands needs it)'),
  features: z
    .array(z.string().trim().min(1).max(200))
    .max(20)
    .default([])
    .describe('Key features, e.g. "waterproof", "320 g"'),
  benefits: z
    .array(z.string().trim().min(1).max(300))
    .max(20)
    .default([])
    .describe('Benefits for the buyer'),
  price: z
    .object({
      amount: z.number().nonnegative(),
      currency: z.string().regex(/^[A-Z]{3}$/, 'expected e.g. USD'),
    })
    .optional()
    .describe('Price, for context only; ads never get a converted price'),
  offer: z
    .object({
      text: z
        .string()
        .max(200)
        .optional()
        .describe('The offer in words, e.g. "20% off until 30 Nov"'),
      discount_percent: z.number().min(1).max(99).optional().describe('Discount in percent'),
      prior_price_is_lowest_30_days: z
        .boolean()
        .optional()
        .describe(
          'True when the reference price is the lowest price of the 30 days before the reduction (EU rule)',
        ),
      ends_at: z.string().max(40).optional().describe('When the offer really ends (ISO date)'),
      stock_left: z
        .number()
        .int()
        .nonnegative()
        .optional()
        .describe('Units really left, if the ad claims limited stock'),
    })
    .optional()
    .describe('Optional offer; price-reduction and urgency claims are checked against it'),
});

export const generateAdCopyInput = z.object({
  product: z
    .union([
      z
        .string()
        .trim()
        .min(1)
        .max(300)
        .describe(
          'The product in your own words: its name, then features after commas, e.g. "Insulated water bottle, 750 ml, keeps drinks cold 24 h"',
        ),
      productObject,
    ])
    .transform((p) => (typeof p === 'string' ? { ...parseProductText(p), benefits: [] } : p))
    .describe('What is advertised: a plain description, or name, brand, features and benefits'),
  brand: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .optional()
    .describe('Brand name shown in the ads (same as product.brand)'),
  platform: z
    .preprocess(normalizeAdPlatform, z.enum(AD_PLATFORMS))
    .describe(
      'Ad platform: google_search, meta (Facebook, Instagram), tiktok, amazon_sponsored_products, amazon_sponsored_brands, amazon_sponsored_display, shopee; common names such as "Google", "Facebook" or "亚马逊" also work',
    ),
  market: targetMarketField('Market the ad runs in'),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/, 'expected a language code such as en')
    .optional()
    .describe("Ad language (default: the market's main language)"),
  tone: z.string().max(80).optional().describe('Tone, e.g. "premium", "playful", "technical"'),
  variants: z.number().int().min(1).max(10).default(3).describe('How many variants (default 3)'),
  keywords: z
    .array(z.string().trim().min(1).max(80))
    .max(20)
    .default([])
    .describe('Search keywords to work in'),
  substantiated_claims: z
    .array(z.string().max(200))
    .max(20)
    .default([])
    .describe(
      'Claims you can prove (e.g. "#1 in trail shoes, Runner\'s World 2026"); the linter then only notes them',
    ),
});

const adText = z.object({
  text: z.string(),
  chars: z.number().describe('Length as the platform counts it'),
});

export const generateAdCopyOutput = z.object({
  summary: z.string(),
  platform: z.string(),
  market: z.string(),
  language: z.string(),
  mode: z
    .enum(['llm', 'template'])
    .describe('llm: written by the model; template: built from the product data'),
  variants: z
    .array(z.record(z.string(), z.array(adText)))
    .describe(
      "Each variant keyed by the platform's field names (headlines, descriptions, primary_text ...)",
    ),
  limits: z.array(
    z.object({
      field: z.string(),
      max_chars: z.number(),
      min_items: z.number(),
      max_items: z.number(),
      counting: z.string(),
      limit: z
        .string()
        .describe('hard: rejected above it; recommended: truncated on screen above it'),
      options: z.array(z.string()).optional(),
    }),
  ),
  restricted: z
    .array(
      z.object({
        class: z
          .string()
          .describe(
            'cbd, supplement-health-claims, weapons, adult, tobacco-vapes, prescription-drugs',
          ),
        label: z.string(),
        platform: z.string(),
        status: z
          .enum(['prohibited', 'restricted'])
          .describe(
            "prohibited: no ads are written; restricted: ads only under the policy's conditions",
          ),
        policy: z.string().describe('What the platform allows, summarised'),
        source: z.string().describe('The platform policy page'),
        as_of: z.string(),
        status_note: z.string(),
      }),
    )
    .describe('Restricted product classes the product falls into, with the platform policy'),
  lint: z.array(
    z.object({
      rule_id: z.string(),
      title: z.string(),
      severity: z.enum(['blocking', 'warning', 'info']),
      field: z.string(),
      text: z.string().describe('The offending words'),
      reason: z.string(),
      suggestion: z.string(),
      documents: z.array(z.string()),
      variant: z.number(),
      action: z.enum(['rewritten', 'dropped', 'kept']),
    }),
  ),
  notes: z.array(z.string()),
  sources: z.array(z.string()).describe('Where the platform limits come from'),
  citations: z.array(citationOutput),
});

export const generateAdCopyTool = defineTool({
  name: 'generate_ad_copy',
  title: 'Generate ad copy',
  description:
    "Writes ad variants for Google Search, Meta (Facebook, Instagram), TikTok, Amazon Sponsored Products/Brands/Display or Shopee in the platform's fields and character limits (counted the platform's way), from a product name alone or with features, and passes every text through a claims linter (health, superlatives, price reductions and the EU 30-day rule, green claims, fake scarcity, market taboos): blocking claims are rewritten or the text dropped. Restricted products (CBD, supplements with health claims, weapons, adult, tobacco and vapes, prescription drugs) are flagged with the platform policy; no ads are written where the platform prohibits them.",
  input: generateAdCopyInput,
  output: generateAdCopyOutput,
  // Writes the copy with the language model when one is configured.
  annotations: { readOnly: true, openWorld: true },
  run: (input, deps, ctx) => generateAdCopy(input, deps, ctx),
  citations: (out) => knowledgeSources(out.citations),
  toAnswer: adCopyAnswer,
});
