// The no-LLM router: reads a message (English, simplified or traditional Chinese) and picks a tool and its
// arguments with deterministic rules: intents by keywords, markets, categories, SKUs and platforms by lookup.
import { CATEGORIES, findCategories } from '../../core/domain/categories';
import { EU_MEMBERS, findMarkets as findMarketCodes } from '../../core/domain/markets';

export interface Route {
  tool: string;
  arguments: Record<string, unknown>;
  /** Argument names the tool may not need; dropped and retried if the tool rejects them. */
  optional: string[];
  /** Required arguments the message did not give; the answer asks for them instead of calling the tool. */
  missing: string[];
  /** Defaults the router assumed, shown in the answer. */
  assumptions: string[];
}

const rx = (en: string, zh = '') => new RegExp(`(\\b(${en})\\b)${zh ? `|(${zh})` : ''}`, 'i');

const INTENTS = {
  adWord: rx(
    'ads?|adverts?|advertisements?|advertising|ad copy|headlines?|slogans?',
    '广告|廣告|文案|标语|標語',
  ),
  generate: rx(
    'write|writes|generate|create|make|draft|give me|suggest|need|come up with|produce',
    '写|寫|生成|做|来|來|给我|給我|出|帮我|幫我|想',
  ),
  localize: rx(
    'locali[sz]e|locali[sz]ation|translate|translation|adapt (my|this|the) listing',
    '本地化|翻译|翻譯|改写成|改寫成|译成|譯成',
  ),
  transfer: rx(
    'transfers?|transferring|rebalanc\\w*|move (stock|inventory|units)|reallocat\\w*|redistribut\\w*',
    '调拨|調撥|调货|調貨|调仓|調倉|转仓|轉倉|移仓|移倉',
  ),
  reorder: rx(
    're-?order\\w*|replenish\\w*|restock\\w*|purchase orders?|order quantit\\w*|how (much|many)( units)? (should|do|to) (i|we) (order|buy)',
    '补货|補貨|订货|訂貨|采购|採購|进货|進貨|下单多少|下單多少|该订多少|該訂多少',
  ),
  stockout: rx(
    'run(ning)? out|runs out|stock-?outs?|stock outs?|out of stock|sell(ing)? out|sold out|at risk|days of cover',
    '缺货|缺貨|断货|斷貨|售罄|卖完|賣完|不够卖|不夠賣|卖断|賣斷',
  ),
  slow: rx(
    'slow[- ]?mov\\w*|slow[- ]?sell\\w*|dead stock|overstock\\w*|excess (stock|inventory)|aged (stock|inventory)|not selling|ageing|aging stock',
    '滞销|滯銷|积压|積壓|库龄|庫齡|卖不动|賣不動|压货|壓貨',
  ),
  stockLevel: rx(
    'stock levels?|inventory|on hand|in stock|stock (of|for)|units? left|how many .* (left|have)|available stock|stock status',
    '库存|庫存|存货|存貨|还有多少|還有多少|剩多少|剩下多少',
  ),
  compliance: rx(
    'rules?|regulations?|regulat\\w+|laws?|legal|certifications?|certificates?|certified|ce|fcc|cpc|ukca|vat|ioss|gst|sales tax|tax|taxes|dut(y|ies)|tariffs?|labels?|gdpr|ccpa|privacy|data protection|fines?|penalt(y|ies)|accessibility|warranty|consumer law|label+ing|gpsr|epr|weee|rohs|reach|compliance|compliant|requirements?|required|allowed|permitted|prohibited|banned|de minimis|customs|import|responsible person|warning|en ?71|prop 65|halal|packaging|battery regulation|registration|register',
    '认证|認證|隐私|隱私|数据保护|數據保護|罚款|罰款|处罚|處罰|证书|證書|法规|法規|规定|規定|法律|合规|合規|要求|税|稅|关税|關稅|标签|標籤|标识|標識|进口|進口|出口|清关|清關|许可|許可|禁止|注册|註冊|包装|包裝|警示|责任人|責任人|需要什么|需要什麼|哪些',
  ),
  checklist: rx(
    'checklists?|check list|everything|all (the )?(rules|requirements|obligations)|what do i need( to (do|sell|launch|export))?|what are the requirements|full list',
    '清单|清單|全部要求|所有要求|需要做什么|需要做什麼|要准备什么|要準備什麼|需要满足哪些|需要滿足哪些|合规要求有哪些|合規要求有哪些',
  ),
};

const PLATFORMS: Array<{ re: RegExp; listing?: string; ads?: string; base: string }> = [
  {
    re: rx('amazon', '亚马逊|亞馬遜'),
    listing: 'amazon',
    ads: 'amazon_sponsored_brands',
    base: 'amazon',
  },
  {
    re: rx('tiktok( shop)?', '抖音|tiktok'),
    listing: 'tiktok_shop',
    ads: 'tiktok',
    base: 'tiktok',
  },
  { re: rx('shopee', '虾皮|蝦皮'), listing: 'shopee', base: 'shopee' },
  { re: rx('lazada', '来赞达|來贊達'), listing: 'lazada', base: 'lazada' },
  { re: rx('mercado ?libre', '美客多'), listing: 'mercado_libre', base: 'mercado_libre' },
  { re: rx('noon'), listing: 'noon', base: 'noon' },
  { re: rx('temu', '拼多多'), listing: 'temu', base: 'temu' },
  { re: rx('shopify', '独立站|獨立站'), listing: 'shopify', base: 'shopify' },
  { re: rx('google( ads| search)?', '谷歌'), ads: 'google_search', base: 'google' },
  { re: rx('meta|facebook|instagram|fb|ins', '脸书|臉書'), ads: 'meta', base: 'meta' },
];

/**
 * Markets named in a message: the shared finder, plus "UK" (its two-letter alias is not matched there) and
 * without "3PL" read as Poland.
 */
export function findMarkets(text: string): string[] {
  const cleaned = text.replace(/\b3PL\b/gi, '3pl').replace(/\bUK\b/g, 'United Kingdom');
  return findMarketCodes(cleaned);
}

/** The product category a message names; the longest matching alias wins (电子烟 is a vape, not electronics). */
export function findCategory(text: string): string | undefined {
  const lower = text.toLowerCase();
  let best: { id: string; len: number } | undefined;
  for (const id of findCategories(text)) {
    const aliases = CATEGORIES.find((c) => c.id === id)?.aliases ?? [];
    const len = Math.max(...aliases.filter((a) => lower.includes(a)).map((a) => a.length), 0);
    if (!best || len > best.len) best = { id, len };
  }
  return best?.id;
}

const SKU = /\b[A-Z][A-Z0-9]{1,11}(?:-[A-Z0-9]{1,12})+\b/g;

/** SKU codes such as ABC-123 or TP-EAR-001 (upper case, dash-separated, with at least one digit). */
export function findSkus(text: string): string[] {
  return [...new Set((text.match(SKU) ?? []).filter((s) => /\d/.test(s) && !/^EN-?\d/.test(s)))];
}

export function findPlatform(text: string, family: 'listing' | 'ads' | 'base'): string | undefined {
  for (const p of PLATFORMS) {
    if (!p.re.test(text)) continue;
    if (family === 'base') return p.base;
    if (family === 'ads' && p.ads) {
      return p.ads === 'amazon_sponsored_brands' && /display/i.test(text)
        ? 'amazon_sponsored_display'
        : p.ads;
    }
    if (family === 'listing' && p.listing) return p.listing;
  }
  return undefined;
}

/** The text after the first colon (or line break) or inside quotes: the content the user pasted. */
function pastedContent(text: string): string | undefined {
  const quoted = text.match(/["“「『]([^"”」』]{3,})["”」』]/);
  if (quoted) return quoted[1].trim();
  const at = text.search(/[:：\n]/);
  const rest = at >= 0 ? text.slice(at + 1).trim() : '';
  return rest.length >= 3 ? rest : undefined;
}

function windowDays(text: string): number | undefined {
  const m = text.match(/(\d{1,3})\s*(days?|天|日)/i);
  return m ? Number(m[1]) : undefined;
}

function inventoryRoute(tool: string, text: string): Route {
  const args: Record<string, unknown> = {};
  const skus = findSkus(text);
  // Inventory lives in warehouses of member states: "Europe" means all of them.
  const markets = [...new Set(findMarkets(text).flatMap((m) => (m === 'EU' ? EU_MEMBERS : [m])))];
  const days = windowDays(text);
  if (skus.length) args.skus = skus;
  if (markets.length) args.markets = markets;
  if (days) args.window_days = days;
  return { tool, arguments: args, optional: ['window_days'], missing: [], assumptions: [] };
}

function adCopyRoute(text: string): Route {
  const pasted = pastedContent(text) ?? '';
  const parts = pasted
    .split(/[,，、;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  const name =
    parts[0] ??
    text.match(
      /\bfor (?:my |our |a |an |the )?([a-z0-9][a-z0-9 -]{2,40}?)(?= on | in | for |[,.:]|$)/i,
    )?.[1];
  const platform = findPlatform(text, 'ads');
  const market = findMarkets(text)[0];
  const args: Record<string, unknown> = {};
  const missing: string[] = [];
  if (name) args.product = { name, features: parts.slice(1) };
  else missing.push('product');
  if (platform) args.platform = platform;
  else missing.push('platform');
  if (market) args.market = market;
  else missing.push('market');
  return { tool: 'generate_ad_copy', arguments: args, optional: [], missing, assumptions: [] };
}

function localizeRoute(text: string): Route {
  const markets = findMarkets(text);
  const lower = text.toLowerCase();
  // "from US to DE" / "从美国到德国": the first market is the source when two are named.
  const [source, target] = markets.length >= 2 ? [markets[0], markets[1]] : [undefined, markets[0]];
  const pasted = pastedContent(text);
  const lines = (pasted ?? '')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
  const args: Record<string, unknown> = {};
  const missing: string[] = [];
  const assumptions: string[] = [];
  if (lines.length) {
    args.listing = {
      title: lines[0].replace(/^title\s*[:：]\s*/i, ''),
      bullets: lines
        .slice(1)
        .filter((l) => /^[-*•]/.test(l))
        .map((l) => l.replace(/^[-*•]\s*/, '')),
      description: lines
        .slice(1)
        .filter((l) => !/^[-*•]/.test(l))
        .join('\n'),
    };
  } else missing.push('listing');
  const category = findCategory(lower);
  if (category) args.category = category;
  else missing.push('category');
  args.source_market = source ?? 'US';
  if (!source) assumptions.push('source_market: US');
  if (target) args.target_market = target;
  else missing.push('target_market');
  const platform = findPlatform(text, 'listing');
  args.platform = platform ?? 'amazon';
  if (!platform) assumptions.push('platform: amazon');
  return { tool: 'localize_listing', arguments: args, optional: [], missing, assumptions };
}

function complianceRoute(text: string, checklist: boolean): Route {
  const markets = findMarkets(text);
  const category = findCategory(text);
  if (checklist && markets.length && category) {
    const channel = findPlatform(text, 'base');
    return {
      tool: 'compliance_checklist',
      arguments: { markets, category, ...(channel ? { channel } : {}) },
      optional: ['channel'],
      missing: [],
      assumptions: [],
    };
  }
  const args: Record<string, unknown> = { question: text.trim() };
  if (markets.length) args.markets = markets;
  if (category) args.category = category;
  return {
    tool: 'compliance_lookup',
    arguments: args,
    optional: ['category'],
    missing: [],
    assumptions: [],
  };
}

/** Picks the tool and arguments for a message, or null when the message asks for nothing the tools do. */
export function routeMessage(message: string): Route | null {
  const text = message.trim();
  if (!text) return null;
  const has = (key: keyof typeof INTENTS) => INTENTS[key].test(text);
  if (
    has('adWord') &&
    (has('generate') || /ad copy|文案/i.test(text)) &&
    !(has('compliance') && !has('generate'))
  )
    return adCopyRoute(text);
  if (has('localize')) return localizeRoute(text);
  if (has('transfer')) return inventoryRoute('transfer_suggestions', text);
  if (has('reorder')) return inventoryRoute('reorder_plan', text);
  if (has('stockout')) return inventoryRoute('stockout_risk', text);
  if (has('slow')) return inventoryRoute('slow_movers', text);
  const compliance = has('compliance');
  if (has('stockLevel') && (!compliance || findSkus(text).length))
    return inventoryRoute('inventory_status', text);
  if (compliance || has('checklist')) return complianceRoute(text, has('checklist'));
  if (findMarkets(text).length || findCategories(text).length) return complianceRoute(text, false);
  if (findSkus(text).length) return inventoryRoute('inventory_status', text);
  return null;
}
