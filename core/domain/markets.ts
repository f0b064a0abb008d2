// Markets the product knows: codes, names and aliases (English, simplified and traditional Chinese), language,
// currency, locale and region, plus resolution of market mentions in free text and EU inheritance.
import { escapeRegExp } from '../regexp';
export interface Market {
  code: string;
  name: string;
  /** Lower-case English aliases and Chinese names (simplified and traditional). */
  aliases: string[];
  region:
    'EU' | 'Europe' | 'North America' | 'Latin America' | 'Asia-Pacific' | 'Middle East' | 'Global';
  euMember: boolean;
  /** Main language (BCP 47) used for listings when none is given. */
  language: string;
  /** Locale used to format numbers and prices. */
  locale: string;
  currency: string;
}

const m = (
  code: string,
  name: string,
  region: Market['region'],
  language: string,
  locale: string,
  currency: string,
  aliases: string[],
  euMember = false,
): Market => ({ code, name, region, language, locale, currency, aliases, euMember });

export const MARKETS: Market[] = [
  m('EU', 'European Union', 'EU', 'en', 'en-IE', 'EUR', [
    'eu',
    'european union',
    'europe',
    '欧盟',
    '歐盟',
    '欧洲',
    '歐洲',
  ]),
  m(
    'DE',
    'Germany',
    'EU',
    'de',
    'de-DE',
    'EUR',
    ['germany', 'german', 'deutschland', '德国', '德國'],
    true,
  ),
  m('FR', 'France', 'EU', 'fr', 'fr-FR', 'EUR', ['france', 'french', '法国', '法國'], true),
  m(
    'IT',
    'Italy',
    'EU',
    'it',
    'it-IT',
    'EUR',
    ['italy', 'italian', 'italia', '意大利', '義大利'],
    true,
  ),
  m('ES', 'Spain', 'EU', 'es', 'es-ES', 'EUR', ['spain', 'spanish', 'españa', '西班牙'], true),
  m(
    'NL',
    'Netherlands',
    'EU',
    'nl',
    'nl-NL',
    'EUR',
    ['netherlands', 'holland', 'dutch', '荷兰', '荷蘭'],
    true,
  ),
  m(
    'PL',
    'Poland',
    'EU',
    'pl',
    'pl-PL',
    'PLN',
    ['poland', 'polish', 'polska', '波兰', '波蘭'],
    true,
  ),
  m(
    'RO',
    'Romania',
    'EU',
    'ro',
    'ro-RO',
    'RON',
    ['romania', 'romanian', 'românia', '罗马尼亚', '羅馬尼亞'],
    true,
  ),
  m('GB', 'United Kingdom', 'Europe', 'en', 'en-GB', 'GBP', [
    'uk',
    'united kingdom',
    'great britain',
    'britain',
    'england',
    'gb',
    '英国',
    '英國',
  ]),
  m('US', 'United States', 'North America', 'en', 'en-US', 'USD', [
    'us',
    'usa',
    'united states',
    'america',
    'u.s.',
    '美国',
    '美國',
  ]),
  m('CA', 'Canada', 'North America', 'en', 'en-CA', 'CAD', [
    'canada',
    'canadian',
    'quebec',
    '加拿大',
  ]),
  m('MX', 'Mexico', 'Latin America', 'es', 'es-MX', 'MXN', [
    'mexico',
    'méxico',
    'mexican',
    '墨西哥',
  ]),
  m('BR', 'Brazil', 'Latin America', 'pt', 'pt-BR', 'BRL', [
    'brazil',
    'brasil',
    'brazilian',
    '巴西',
  ]),
  m('CL', 'Chile', 'Latin America', 'es', 'es-CL', 'CLP', ['chile', 'chilean', '智利']),
  m('AU', 'Australia', 'Asia-Pacific', 'en', 'en-AU', 'AUD', [
    'australia',
    'australian',
    '澳大利亚',
    '澳大利亞',
    '澳洲',
  ]),
  m('NZ', 'New Zealand', 'Asia-Pacific', 'en', 'en-NZ', 'NZD', [
    'new zealand',
    '新西兰',
    '新西蘭',
    '紐西蘭',
  ]),
  m('JP', 'Japan', 'Asia-Pacific', 'ja', 'ja-JP', 'JPY', ['japan', 'japanese', '日本']),
  m('KR', 'South Korea', 'Asia-Pacific', 'ko', 'ko-KR', 'KRW', [
    'korea',
    'south korea',
    'korean',
    '韩国',
    '韓國',
  ]),
  m('SG', 'Singapore', 'Asia-Pacific', 'en', 'en-SG', 'SGD', ['singapore', '新加坡']),
  m('ID', 'Indonesia', 'Asia-Pacific', 'id', 'id-ID', 'IDR', [
    'indonesia',
    'indonesian',
    '印尼',
    '印度尼西亚',
    '印度尼西亞',
  ]),
  m('TH', 'Thailand', 'Asia-Pacific', 'th', 'th-TH', 'THB', ['thailand', 'thai', '泰国', '泰國']),
  m('VN', 'Vietnam', 'Asia-Pacific', 'vi', 'vi-VN', 'VND', [
    'vietnam',
    'viet nam',
    'vietnamese',
    '越南',
  ]),
  m('MY', 'Malaysia', 'Asia-Pacific', 'ms', 'ms-MY', 'MYR', [
    'malaysia',
    'malaysian',
    '马来西亚',
    '馬來西亞',
    '大马',
    '大馬',
  ]),
  m('PH', 'Philippines', 'Asia-Pacific', 'en', 'en-PH', 'PHP', [
    'philippines',
    'filipino',
    '菲律宾',
    '菲律賓',
  ]),
  m('SA', 'Saudi Arabia', 'Middle East', 'ar', 'ar-SA', 'SAR', [
    'saudi arabia',
    'saudi',
    'ksa',
    '沙特',
    '沙特阿拉伯',
    '沙地阿拉伯',
  ]),
  m('AE', 'United Arab Emirates', 'Middle East', 'ar', 'ar-AE', 'AED', [
    'uae',
    'united arab emirates',
    'emirates',
    'dubai',
    '阿联酋',
    '阿聯酋',
    '迪拜',
  ]),
  m('CN', 'China', 'Asia-Pacific', 'zh', 'zh-CN', 'CNY', [
    'china',
    'mainland china',
    '中国',
    '中國',
    '国内',
    '國內',
  ]),
];

const BY_CODE = new Map(MARKETS.map((market) => [market.code, market]));

export function getMarket(code: string): Market | undefined {
  return BY_CODE.get(code.toUpperCase());
}

export const MARKET_CODES = MARKETS.map((market) => market.code);

/** Codes of EU member states the product covers. */
export const EU_MEMBERS = MARKETS.filter((market) => market.euMember).map((market) => market.code);

/** A market code or the name of a market, to a code; undefined when unknown. */
export function normalizeMarket(value: string): string | undefined {
  const text = value.trim().toLowerCase();
  if (BY_CODE.has(text.toUpperCase())) return text.toUpperCase();
  if (text === 'uk') return 'GB';
  return MARKETS.find((market) => market.aliases.includes(text))?.code;
}

/** Upper-case words that look like market codes but are not: "FCC ID", "ID card", "IT department"... */
const ACRONYMS =
  /\b(FCC ID|ID (card|number|no\.?)|IT (department|support|team|security|system)s?|PL \d+)\b/g;

const isCjk = (s: string) => /[\u3400-\u9fff]/.test(s);

/**
 * Finds the markets mentioned in free text (English names, Chinese names, and upper-case codes such as DE),
 * in order of first mention, without duplicates.
 */
export function findMarkets(text: string): string[] {
  const found: Array<{ code: string; at: number }> = [];
  const lower = text.toLowerCase();
  for (const market of MARKETS) {
    let best = -1;
    for (const alias of market.aliases) {
      if (alias.length <= 2 && !isCjk(alias)) continue; // two-letter codes are matched case-sensitively below
      const at = isCjk(alias)
        ? lower.indexOf(alias)
        : lower.search(new RegExp(`(^|[^a-z])${escapeRegExp(alias)}($|[^a-z])`));
      if (at >= 0 && (best < 0 || at < best)) best = at;
    }
    // Upper-case codes only (so "de" in prose is not Germany), not inside "3PL"; "UK" also means GB.
    const codes = market.code === 'GB' ? 'GB|UK' : market.code;
    const code = text
      .replace(ACRONYMS, (m) => ' '.repeat(m.length))
      .search(new RegExp(`(^|[^A-Za-z0-9])(${codes})($|[^A-Za-z0-9])`));
    if (code >= 0 && (best < 0 || code < best)) best = code;
    if (best >= 0) found.push({ code: market.code, at: best });
  }
  // "中国" inside "中国出口" is the seller's origin, not a target: drop CN when another market is named.
  const codes = found.sort((a, b) => a.at - b.at).map((f) => f.code);
  return codes.length > 1 ? codes.filter((c) => c !== 'CN') : codes;
}

/** Adds EU to a list that names an EU member state: member states inherit EU-level rules. */
export function withEuInheritance(codes: string[]): string[] {
  const out = [...new Set(codes.map((c) => c.toUpperCase()))];
  if (out.some((c) => EU_MEMBERS.includes(c)) && !out.includes('EU')) out.push('EU');
  return out;
}
