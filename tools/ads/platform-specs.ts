// The one spec table for ad copy: per platform, its text fields with character limits, item counts, how the
// platform counts characters, and where each figure comes from.
import type { CountMode } from '../text/length';

export const AD_PLATFORMS = [
  'google_search',
  'meta',
  'tiktok',
  'amazon_sponsored_products',
  'amazon_sponsored_brands',
  'amazon_sponsored_display',
  'shopee',
] as const;
export type AdPlatform = (typeof AD_PLATFORMS)[number];

/** What sellers call each platform (lower case): "Facebook", "Instagram", "Google Ads", "亚马逊" ... */
const PLATFORM_ALIASES: Array<[AdPlatform, string[]]> = [
  [
    'google_search',
    [
      'google',
      'google ads',
      'google search',
      'adwords',
      'search ads',
      '谷歌',
      '谷歌广告',
      '谷歌搜索',
      'google 广告',
    ],
  ],
  [
    'meta',
    [
      'facebook',
      'instagram',
      'fb',
      'ig',
      'meta ads',
      'facebook ads',
      'instagram ads',
      '脸书',
      '臉書',
      'ins',
    ],
  ],
  ['tiktok', ['tiktok ads', 'tik tok', 'tiktok shop', '抖音', 'tiktok广告']],
  [
    'amazon_sponsored_products',
    [
      'amazon',
      'amazon ads',
      'sponsored products',
      'amazon sponsored products',
      'sp',
      '亚马逊',
      '亞馬遜',
      '亚马逊广告',
    ],
  ],
  [
    'amazon_sponsored_brands',
    ['sponsored brands', 'amazon sponsored brands', 'sb', 'headline search ads'],
  ],
  ['amazon_sponsored_display', ['sponsored display', 'amazon sponsored display', 'sd']],
  ['shopee', ['shopee ads', 'shopee search ads', 'shop search ads', '虾皮', '蝦皮']],
];

/** A platform id or a seller's name for it to the id; the value unchanged when unknown (the enum then names it). */
export function normalizeAdPlatform(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, ' ');
  const id = text.replace(/ /g, '_');
  if ((AD_PLATFORMS as readonly string[]).includes(id)) return id;
  return PLATFORM_ALIASES.find(([, aliases]) => aliases.includes(text))?.[0] ?? value;
}

export interface AdFieldSpec {
  /** Output key, e.g. `headlines`. */
  name: string;
  maxChars: number;
  minItems: number;
  maxItems: number;
  /** How many items a generated variant gets (between min and max). */
  generate: number;
  /** What the text is for, used by templates and the model prompt. */
  role: 'title' | 'headline' | 'body' | 'keyword' | 'path' | 'cta';
  /** hard: the platform rejects longer text; recommended: longer text is truncated on screen. */
  limit: 'hard' | 'recommended';
  /** Fixed choices (call-to-action buttons). */
  options?: string[];
}

export interface AdPlatformSpec {
  id: AdPlatform;
  label: string;
  counting: CountMode;
  fields: AdFieldSpec[];
  sources: string[];
}

/** A field that takes exactly one text under a hard limit (a name, a headline, a call-to-action button). */
function single(
  name: string,
  maxChars: number,
  role: AdFieldSpec['role'],
  options?: string[],
): AdFieldSpec {
  return {
    name,
    maxChars,
    minItems: 1,
    maxItems: 1,
    generate: 1,
    role,
    limit: 'hard',
    ...(options ? { options } : {}),
  };
}

export const AD_SPECS: Record<AdPlatform, AdPlatformSpec> = {
  google_search: {
    id: 'google_search',
    label: 'Google Ads responsive search ad',
    counting: 'double_width',
    fields: [
      {
        name: 'headlines',
        maxChars: 30,
        minItems: 3,
        maxItems: 15,
        generate: 5,
        role: 'headline',
        limit: 'hard',
      },
      {
        name: 'descriptions',
        maxChars: 90,
        minItems: 2,
        maxItems: 4,
        generate: 2,
        role: 'body',
        limit: 'hard',
      },
      {
        name: 'paths',
        maxChars: 15,
        minItems: 0,
        maxItems: 2,
        generate: 2,
        role: 'path',
        limit: 'hard',
      },
    ],
    sources: [
      'Google Ads Help "About responsive search ads": 3-15 headlines of 30 characters, 2-4 descriptions of 90, two display-URL paths of 15.',
      'Google Ads Help "Character limits for ads": double-width characters (Chinese, Japanese, Korean) count as 2.',
      'Google Ads editorial policy: no exclamation mark in headlines.',
    ],
  },
  meta: {
    id: 'meta',
    label: 'Meta (Facebook and Instagram) ad',
    counting: 'code_points',
    fields: [
      {
        name: 'primary_text',
        maxChars: 125,
        minItems: 1,
        maxItems: 5,
        generate: 2,
        role: 'body',
        limit: 'recommended',
      },
      {
        name: 'headline',
        maxChars: 40,
        minItems: 1,
        maxItems: 5,
        generate: 2,
        role: 'headline',
        limit: 'recommended',
      },
      {
        name: 'description',
        maxChars: 30,
        minItems: 0,
        maxItems: 5,
        generate: 1,
        role: 'headline',
        limit: 'recommended',
      },
      single('call_to_action', 20, 'cta', [
        'SHOP_NOW',
        'LEARN_MORE',
        'ORDER_NOW',
        'GET_OFFER',
        'SIGN_UP',
        'SEE_MORE',
      ]),
    ],
    sources: [
      'Meta Ads Guide (feed placements): primary text 125, headline 40, description 30 characters recommended before truncation; up to 5 texts per field; call to action from a fixed list.',
    ],
  },
  tiktok: {
    id: 'tiktok',
    label: 'TikTok in-feed ad',
    counting: 'double_width',
    fields: [
      {
        name: 'ad_text',
        maxChars: 100,
        minItems: 1,
        maxItems: 5,
        generate: 2,
        role: 'body',
        limit: 'hard',
      },
      single('display_name', 40, 'headline'),
      single('call_to_action', 20, 'cta', [
        'SHOP_NOW',
        'LEARN_MORE',
        'ORDER_NOW',
        'GET_QUOTE',
        'SIGN_UP',
      ]),
    ],
    sources: [
      'TikTok Ads Manager in-feed ad specs: ad text 1-100 characters, display name up to 40; double-width (CJK) characters count as 2 (as reproduced by ad-spec guides).',
    ],
  },
  amazon_sponsored_products: {
    id: 'amazon_sponsored_products',
    label: 'Amazon Sponsored Products',
    counting: 'code_points',
    fields: [
      single('product_title', 200, 'title'),
      {
        name: 'keywords',
        maxChars: 80,
        minItems: 1,
        maxItems: 10,
        generate: 5,
        role: 'keyword',
        limit: 'recommended',
      },
    ],
    sources: [
      "Amazon Ads Sponsored Products: the ad shows the listing's own title, image and price, with no separate ad text; the product_title here is a listing title to use, within Amazon's 200-character title limit (Seller Central help 201100890).",
      'keywords are search terms for manual keyword targeting; tradepilot keeps each within 80 characters (its own choice for short search terms; check the Amazon Ads console for the current limit).',
    ],
  },
  amazon_sponsored_brands: {
    id: 'amazon_sponsored_brands',
    label: 'Amazon Sponsored Brands',
    counting: 'code_points',
    fields: [single('headline', 50, 'headline'), single('brand_name', 30, 'path')],
    sources: [
      'Amazon Ads Sponsored Brands creative specs: custom headline up to 50 characters, brand name up to 30.',
      'Amazon Ads "Sponsored Brands moderation": no unsupported claims such as "best" or "top-selling", no pressure phrases such as "Last chance", no "Click here".',
    ],
  },
  amazon_sponsored_display: {
    id: 'amazon_sponsored_display',
    label: 'Amazon Sponsored Display',
    counting: 'code_points',
    fields: [single('headline', 50, 'headline')],
    sources: [
      'Amazon Ads Sponsored Display creative specs: optional custom headline up to 50 characters.',
    ],
  },
  shopee: {
    id: 'shopee',
    label: 'Shopee Ads (product and Shop Search Ads)',
    counting: 'code_points',
    fields: [
      single('product_name', 120, 'title'),
      {
        name: 'tagline',
        maxChars: 40,
        minItems: 1,
        maxItems: 1,
        generate: 1,
        role: 'body',
        limit: 'recommended',
      },
    ],
    sources: [
      'Shopee product ads show the listing name: Shopee listing rules (Singapore) allow 20-120 characters, no emoji, symbols or hashtags.',
      'Shopee Ads Help "Shop Search Ads feature guidelines" (ads.shopee.ph): the tagline starts with a capital, no ALL CAPS, no symbols such as } ~ ^ { < * @ ; >, no repeated "!!!" or "##", same language as the Shopee site, no unsubstantiated claims; Shopee gives no length there, so tradepilot keeps taglines within 40 characters for one line on mobile.',
    ],
  },
};
