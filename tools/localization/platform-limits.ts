// Listing field limits per platform, with where each figure comes from.
// `confidence`: official = the platform's own help page; secondary = seller guides quoting the platform;
// default = no published limit found, a conservative value the tool applies so output stays usable.
import type { CountMode } from '../text/length';

export const PLATFORMS = [
  'amazon',
  'shopify',
  'tiktok_shop',
  'shopee',
  'lazada',
  'mercado_libre',
  'noon',
  'temu',
  'generic',
] as const;
export type Platform = (typeof PLATFORMS)[number];

export interface ListingLimits {
  platform: Platform;
  label: string;
  counting: CountMode;
  title: { max: number; min?: number };
  /** null: the platform has no bullet field, so bullets go at the top of the description. */
  bullets: { maxItems: number; maxChars: number } | null;
  /** null: no published limit. */
  description: { max: number } | null;
  /** Characters the title must not contain (removed from the result). */
  forbiddenTitleChars: string[];
  source: string;
  confidence: 'official' | 'secondary' | 'default';
}

/** An entry of the table below: counting defaults to code points and forbiddenTitleChars to none. */
function limits(
  platform: Platform,
  entry: Omit<ListingLimits, 'platform' | 'counting' | 'forbiddenTitleChars'> &
    Partial<Pick<ListingLimits, 'counting' | 'forbiddenTitleChars'>>,
): ListingLimits {
  return {
    platform,
    label: entry.label,
    counting: entry.counting ?? 'code_points',
    title: entry.title,
    bullets: entry.bullets,
    description: entry.description,
    forbiddenTitleChars: entry.forbiddenTitleChars ?? [],
    source: entry.source,
    confidence: entry.confidence,
  };
}

const BASE: Record<Platform, ListingLimits> = {
  amazon: limits('amazon', {
    label: 'Amazon',
    title: { max: 200 },
    bullets: { maxItems: 5, maxChars: 500 },
    description: { max: 2000 },
    forbiddenTitleChars: ['!', '$', '?', '_', '{', '}', '^', '¬', '¦'],
    source:
      'Amazon Seller Central "Product title requirements and guidelines" (help 201100890, in force since Jan 2025): titles at most 200 characters including spaces, no ! $ ? _ { } ^ ¬ ¦; bullets (5 key product features, 500 characters each) and description (2,000 characters) from the category style guides as summarised in seller guides; some categories set lower limits.',
    confidence: 'official',
  }),
  shopify: limits('shopify', {
    label: 'Shopify',
    title: { max: 255 },
    bullets: null,
    description: null,
    source:
      'Shopify admin product form: product title up to 255 characters; the description is free HTML with no practical limit (search-engine title 70 and meta description 320 are separate fields).',
    confidence: 'secondary',
  }),
  tiktok_shop: limits('tiktok_shop', {
    label: 'TikTok Shop',
    title: { max: 255, min: 25 },
    bullets: null,
    description: { max: 10000 },
    source:
      'TikTok Shop Seller University "Product Titles, Descriptions, Images & Videos" (no promotions, URLs or decorative symbols in titles; description at least 30 words) and the Partner API product fields (title 25-255 characters, description up to 10,000).',
    confidence: 'secondary',
  }),
  shopee: limits('shopee', {
    label: 'Shopee',
    title: { max: 120, min: 20 },
    bullets: null,
    description: { max: 3000 },
    forbiddenTitleChars: ['#'],
    source:
      'Shopee listing rules (Singapore: title 20-120 characters, description 50-3,000 characters; no emoji, symbols or hashtags in product names).',
    confidence: 'secondary',
  }),
  lazada: limits('lazada', {
    label: 'Lazada',
    title: { max: 255 },
    bullets: { maxItems: 8, maxChars: 250 },
    description: { max: 25000 },
    source:
      'Lazada Seller Center product fields (name up to 255 characters, "highlights" as a short list, long description); figures from seller guides, check the category template.',
    confidence: 'secondary',
  }),
  mercado_libre: limits('mercado_libre', {
    label: 'Mercado Libre',
    title: { max: 60 },
    bullets: null,
    description: { max: 50000 },
    source:
      'Mercado Libre listing API (items): title up to 60 characters in most sites and categories; plain-text description up to 50,000 characters, no HTML.',
    confidence: 'secondary',
  }),
  noon: limits('noon', {
    label: 'noon',
    title: { max: 200 },
    bullets: { maxItems: 5, maxChars: 250 },
    description: { max: 2000 },
    source:
      'noon catalogue content guidelines as summarised by sellers (English and Arabic title, feature bullets, long description); no official figure found, conservative values applied.',
    confidence: 'default',
  }),
  temu: limits('temu', {
    label: 'Temu',
    title: { max: 250 },
    bullets: { maxItems: 5, maxChars: 250 },
    description: { max: 2000 },
    source: 'No official Temu seller limit found; conservative generic marketplace values applied.',
    confidence: 'default',
  }),
  generic: limits('generic', {
    label: 'Generic marketplace',
    title: { max: 200 },
    bullets: { maxItems: 5, maxChars: 250 },
    description: { max: 2000 },
    source:
      'Conservative values that fit most marketplaces (Amazon-style title, five short bullets).',
    confidence: 'default',
  }),
};

/** The limits for a platform. No market-specific figure was found in the sources above, so every market of a
 * platform gets the same limits; a market override belongs here when one is published. */
export function listingLimits(platform: Platform): ListingLimits {
  return BASE[platform];
}
