// The product and brand slots: what a seller advertises or lists, from quotes, "Title: ...", "产品是…", "for my …",
// or what is left of a Chinese request once markets, platforms and request words are taken out.
import { MARKETS } from '../domain/markets';
import { ZH_COUNTED } from './numbers';

export interface ProductSlot {
  name: string;
  features: string[];
}

const QUOTED = /["“「『'‘]([^"”」』'’]{3,})["”」』'’]/;
const CJK = /[\u3400-\u9fff]/;

/** Text the seller quoted or pasted: inside quotes, after "Title:", or after the first colon or line break. */
export function pastedText(text: string): string | undefined {
  const quoted = text.match(QUOTED);
  if (quoted) return quoted[1].trim();
  const title = text.match(/\btitle\s*[:：]\s*(.+)/is);
  if (title) return title[1].trim();
  const at = text.search(/[:：\n]/);
  const rest = at >= 0 ? text.slice(at + 1).trim() : '';
  return rest.length >= 3 ? rest : undefined;
}

// "brand" as a word of its own, not the ad format "Sponsored Brands".
const BRAND_EN =
  /(?<!sponsored\s)\bbrand(?:\s+name)?(?:\s*(?:is|:|=)\s*|\s+)["“]?([A-Za-z0-9][\w&'’-]*)/i;
const BRAND_ZH =
  /品牌(?:名|名称|名稱)?\s*(?:是|为|為|叫|：|:)?\s*["“「]?([A-Za-z0-9][\w&'’-]*|[\u3400-\u9fff]{1,8}?)(?=["”」]|[，,。；;\s]|$)/;

/** The brand a message names ("brand Lumio", "brand name: Lumio", "品牌 Lumio", "品牌是洛米"). */
export function findBrand(text: string): string | undefined {
  const name = (text.match(BRAND_ZH) ?? text.match(BRAND_EN))?.[1]?.trim();
  return name && !/^(new|my|our|the|a|an|is)$/i.test(name) ? name : undefined;
}

const EXPLICIT =
  /(?:产品|產品|商品|货品|貨品)(?:是|为|為|叫|名称是|名稱是|：|:)\s*([^，,。；;！!？?\n]+)|\bproduct(?: name)?\s*(?:is|:)\s*([^,;.!?\n]+)/i;

const MARKET_WORDS = MARKETS.flatMap((m) => m.aliases).filter((a) => a.length > 2 || CJK.test(a));
const EN_STOP = new RegExp(
  String.raw`\s+(?:in|on|for|to|at|selling|sold|targeting|with brand|brand)\s+.*$|\s*[,.;:!?(].*$`,
  'i',
);
/** True when a phrase is only market, platform and filler words ("the US market", "TikTok instead"). */
function isMarketOrPlatform(phrase: string): boolean {
  let rest = ` ${phrase.toLowerCase()} `;
  for (const w of [...MARKET_WORDS, 'us', 'uk', 'eu']) rest = rest.split(` ${w} `).join(' ');
  rest = rest.replace(
    /\b(amazon|google|search|tiktok|meta|facebook|instagram|shopee|lazada|sponsored|products?|brands?|display|the|instead|please|now|too|as well|market|ads?|it|them)\b/g,
    ' ',
  );
  return rest.trim().length < 3;
}

/** English: the noun phrase after "for (my|a|the) …" or "ads? for …", stopping at "in/on/for", punctuation. */
function englishProduct(text: string): string | undefined {
  for (const m of text.matchAll(
    /\b(?:for|about|promoting|promote|advertise)\s+(?:my|our|a|an|the|this|these|some)?\s*([A-Za-z0-9][^,.;:!?]*)/gi,
  )) {
    const phrase = m[1]
      .replace(/\bbrand(?:\s+name)?\s*(?:is|:)?\s*[A-Z0-9][\w&'’-]*\s*/g, '')
      .replace(EN_STOP, '')
      .trim();
    if (phrase.length >= 3 && !isMarketOrPlatform(phrase)) return phrase;
  }
  return undefined;
}

// Request words removed from a Chinese message before what is left is read as the product.
const ZH_NOISE = [
  '帮我',
  '幫我',
  '请',
  '請',
  '给我',
  '給我',
  '麻烦',
  '麻煩',
  '写',
  '寫',
  '生成',
  '一条',
  '一條',
  '几条',
  '幾條',
  '一些',
  '一个',
  '一個',
  '几个',
  '幾個',
  '一下',
  '些',
  '搜索',
  '搜尋',
  '广告文案',
  '廣告文案',
  '广告',
  '廣告',
  '文案',
  '标题',
  '標題',
  '市场',
  '市場',
  '站点',
  '站點',
  '平台',
  '卖到',
  '賣到',
  '卖',
  '賣',
  '针对',
  '針對',
  '投放',
  '亚马逊',
  '亞馬遜',
  '谷歌',
  '脸书',
  '臉書',
  '抖音',
  '的',
  '给',
  '給',
];

function chineseProduct(text: string): string | undefined {
  // Latin words (platforms, market codes) go; a lone letter written onto a Chinese word stays: T恤, U盘.
  let rest = text
    .replace(/[A-Za-z][A-Za-z ]*[A-Za-z]|(?<![A-Za-z])[A-Za-z](?![\u3400-\u9fff])/g, ' ')
    .replace(new RegExp(ZH_COUNTED.source, 'g'), ' ');
  const words = [...MARKET_WORDS.filter((w) => CJK.test(w)), ...ZH_NOISE].sort(
    (a, b) => b.length - a.length,
  );
  for (const w of words) rest = rest.split(w).join(' ');
  const parts = rest
    .split(/[\s，,。；;！!？?、：:“”"「」]+/)
    .map((s) => s.trim())
    .filter((s) => CJK.test(s) && s.length >= 2);
  return parts.sort((a, b) => b.length - a.length)[0];
}

/** The product a message names, with features after the first comma when the seller listed them. */
export function findProduct(text: string): ProductSlot | undefined {
  const explicit = text.match(EXPLICIT);
  const pasted = explicit ? (explicit[1] ?? explicit[2]) : pastedText(text);
  const raw = pasted?.trim() ?? (CJK.test(text) ? chineseProduct(text) : englishProduct(text));
  if (!raw) return undefined;
  const parts = raw
    .split(/[,，、;；\n]/)
    .map((s) => s.replace(/^[-*•]\s*/, '').trim())
    .filter(Boolean);
  return parts.length ? { name: parts[0], features: parts.slice(1) } : undefined;
}
