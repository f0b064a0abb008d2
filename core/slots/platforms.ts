// The platform slots: the ad format ("Amazon Sponsored Products", "Google search", "Instagram", "谷歌") and the
// marketplace a listing goes to ("Amazon.de", "Shopee", "亚马逊"), in English and Chinese.
const rx = (en: string, zh = '') =>
  new RegExp(`(?<![A-Za-z])(?:${en})(?![A-Za-z])${zh ? `|${zh}` : ''}`, 'i');

/** Ad formats, most specific first; `amazon_sponsored_products` is the default Amazon ad. */
const AD_FORMATS: Array<[RegExp, string]> = [
  [rx('sponsored[ -]?products?|SP ads?', '商品推广|商品推廣'), 'amazon_sponsored_products'],
  [
    rx('sponsored[ -]?brands?|SB ads?|headline search ads?', '品牌推广|品牌推廣'),
    'amazon_sponsored_brands',
  ],
  [rx('sponsored[ -]?display|SD ads?', '展示型推广|展示型推廣'), 'amazon_sponsored_display'],
  [rx('google(?: search| ads| adwords)?|adwords', '谷歌|google'), 'google_search'],
  [rx('meta|facebook|fb|instagram|insta|ig', '脸书|臉書|脸书|ins'), 'meta'],
  [rx('tiktok|tik tok', '抖音'), 'tiktok'],
  [rx('amazon', '亚马逊|亞馬遜'), 'amazon_sponsored_products'],
];

/** Marketplaces a listing is written for. */
const MARKETPLACES: Array<[RegExp, string]> = [
  [rx('tiktok shop|tiktok', '抖音|tiktok'), 'tiktok_shop'],
  [rx('amazon(?:\\.[a-z.]{2,6})?', '亚马逊|亞馬遜'), 'amazon'],
  [rx('shopee', '虾皮|蝦皮'), 'shopee'],
  [rx('lazada', '来赞达|來贊達'), 'lazada'],
  [rx('mercado ?libre', '美客多'), 'mercado_libre'],
  [rx('noon'), 'noon'],
  [rx('temu', '拼多多'), 'temu'],
  [rx('shopify', '独立站|獨立站'), 'shopify'],
];

const first = (table: Array<[RegExp, string]>, text: string) => {
  let best: { at: number; id: string } | undefined;
  for (const [re, id] of table) {
    const at = text.search(re);
    if (at >= 0 && (!best || at < best.at)) best = { at, id };
  }
  return best?.id;
};

/** The ad format a message names (first mention wins; the Amazon formats before plain "Amazon"). */
export function findAdPlatform(text: string): string | undefined {
  const specific = AD_FORMATS.slice(0, 3).find(([re]) => re.test(text));
  return specific ? specific[1] : first(AD_FORMATS.slice(3), text);
}

/** The marketplace a listing is for. */
export function findMarketplace(text: string): string | undefined {
  return first(MARKETPLACES, text);
}

/** Amazon storefront domains name their market: amazon.de is Germany, amazon.co.uk the United Kingdom. */
const AMAZON_DOMAINS: Record<string, string> = {
  com: 'US',
  'co.uk': 'GB',
  de: 'DE',
  fr: 'FR',
  it: 'IT',
  es: 'ES',
  nl: 'NL',
  pl: 'PL',
  'co.jp': 'JP',
  ca: 'CA',
  'com.mx': 'MX',
  'com.br': 'BR',
  'com.au': 'AU',
  sg: 'SG',
  sa: 'SA',
  ae: 'AE',
};

export function marketOfStorefront(text: string): string | undefined {
  const m = text.match(/amazon\.((?:co|com)\.[a-z]{2}|[a-z]{2,3})\b/i);
  return m ? AMAZON_DOMAINS[m[1].toLowerCase()] : undefined;
}
