// The no-LLM router: reads a message (English, simplified or traditional Chinese), recognises the request (which
// tool) by keywords, and fills the tool's arguments from the slots the message gives (core/slots).
import { CATEGORIES, CATEGORY_IDS, normalizeCategory } from '../../core/domain/categories';
import { EU_MEMBERS } from '../../core/domain/markets';
import { EMPTY_CATALOGUE, readSlots, type Catalogue, type Slots } from '../../core/slots/index';
import { parseSmallNumber, requestedCount } from '../../core/slots/numbers';
import { findAdPlatform } from '../../core/slots/platforms';
import { findProduct } from '../../core/slots/product';
import { withoutPrice } from '../../core/slots/price';
import { AD_PLATFORMS } from '../../tools/ads/platform-specs';

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

export interface RouteContext {
  now: Date;
  catalogue: Catalogue;
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
    'locali[sz]e|locali[sz]ation|translate|translation|adapt (my|this|the) listing|listing (for|to|into) (?!(the )?(rules?|requirements?))',
    '本地化|在地化|翻译|翻譯|改写成|改寫成|译成|譯成|上架到',
  ),
  transfer: rx(
    'transfers?|transferring|rebalanc\\w*|move (stock|inventory|units)|reallocat\\w*|redistribut\\w*',
    '调拨|調撥|调货|調貨|调仓|調倉|转仓|轉倉|移仓|移倉',
  ),
  reorder: rx(
    're-?order\\w*|replenish\\w*|restock\\w*|purchase orders?|order quantit\\w*|how (much|many)( units)? (should|do|to) (i|we) (order|buy)',
    '补.{0,3}货|補.{0,3}貨|订货|訂貨|采购|採購|进货|進貨|下单多少|下單多少|该订多少|該訂多少',
  ),
  stockout: rx(
    'run(ning)? out|runs out|stock-?outs?|stock outs?|out of stock|sell(ing)? out|sold out|at risk|days of cover',
    '缺货|缺貨|断货|斷貨|售罄|卖完|賣完|不够卖|不夠賣|卖断|賣斷',
  ),
  forecast: rx(
    'forecasts?|forecasting|predict\\w*|demand outlook|expected (sales|demand)|how (much|many)\\b[^?.]{0,60}?\\b(will|would|could|can|do) (i|we|it|they|\\w+) (sell|move)|(expect|going|likely) to sell|will (i|we) sell|sales (over|in|for) the (next|coming)',
    '预测|預測|预估销量|預估銷量|销量预估|銷量預估|能卖多少|能賣多少|会卖多少|會賣多少|能卖几|能賣幾|会卖几|會賣幾|要卖多少|要賣多少|卖出多少|賣出多少',
  ),
  slow: rx(
    "slow[- ]?mov\\w*|slow[- ]?sell\\w*|dead stock|overstock\\w*|excess (stock|inventory)|aged (stock|inventory)|(not|isn'?t|aren'?t) selling|ageing|aging stock",
    '滞销|滯銷|积压|積壓|库龄|庫齡|卖不动|賣不動|压货|壓貨',
  ),
  stockLevel: rx(
    'stock levels?|inventory|on hand|in stock|stock (of|for)|units? left|how many .* (left|have)|available stock|stock status|worth',
    '库存|庫存|存货|存貨|还有多少|還有多少|剩多少|剩下多少|还剩|還剩',
  ),
  landedCost: rx(
    'landed cost|landed price|import (charges|taxes|tax|duty|duties)',
    '到岸成本|到岸价|到岸價|落地成本',
  ),
  costQuestion: rx('cost|costs|how much|pay|owe|charged?', '多少|要交|要付|交多少|付多少|花多少'),
  parcel: rx('parcels?|packages?|shipments?|consignments?', '包裹|寄到|寄往|发到|發到'),
  taxWord: rx('tax|taxes|dut(y|ies)|vat|gst|customs|tariffs?', '税|稅|关税|關稅|清关|清關'),
  compliance: rx(
    'rules?|regulations?|regulat\\w+|laws?|legal|certifications?|certificates?|certified|ce|fcc|cpc|ukca|vat|ioss|gst|sales tax|tax|taxes|dut(y|ies)|tariffs?|labels?|gdpr|ccpa|privacy|data protection|fines?|penalt(y|ies)|accessibility|warranty|consumer law|label+ing|gpsr|epr|weee|rohs|reach|compliance|compliant|requirements?|required|allowed|permitted|prohibited|banned|de minimis|customs|import|responsible person|warning|en ?71|prop 65|halal|packaging|battery regulation|registration|register',
    '认证|認證|隐私|隱私|数据保护|數據保護|罚款|罰款|处罚|處罰|证书|證書|法规|法規|规定|規定|法律|合规|合規|要求|税|稅|关税|關稅|标签|標籤|标识|標識|进口|進口|出口|清关|清關|许可|許可|禁止|注册|註冊|包装|包裝|警示|责任人|責任人|需要什么|需要什麼|哪些',
  ),
  plan: rx(
    'what do i need( to (do|sell|launch|export|list))?|what (is|are) (needed|required)|what are the requirements|requirements (for|to) (sell|selling|launch|export)\\w*|how (do|can) i (start )?sell\\w*|can i sell|compliance (plan|roadmap)|launch plan|step[- ]by[- ]step|before (i )?(list|launch|sell)\\w*',
    '合规计划|合規計劃|合规方案|合規方案|合规步骤|合規步驟|合规路线|合規路線|上市计划|上市計劃|需要做什么|需要做什麼|要准备什么|要準備什麼|需要满足哪些|需要滿足哪些|合规要求有哪些|合規要求有哪些|(卖|賣|销售|銷售|出口|上架)(?!家)[^，。？?]{0,20}(需要什[么麼]|有什[么麼]要求)(?=[？?。！!]|$)',
  ),
  calendar: rx(
    "what changes next|what('s| is| will be) (changing|coming|new)( next)?|what will change|upcoming (rules?|regulations?|regulatory|changes?|deadlines?|requirements?|laws?)|(rules?|regulations?|changes?|deadlines?) (are |is )?(coming|ahead|upcoming)|new (rules?|regulations?|laws?) (coming|next|ahead|next year|this year)|regulatory (calendar|changes?|deadlines?)|coming into (force|effect)",
    '(接下来|接下來|即将|即將|将要|將要|明年|今后|今後|未来|未來|近期|下半年|下个月|下個月).{0,12}(新规|新規|新法|法规|法規|规定|規定|变化|變化|生效|实施|實施)|法规日历|法規日曆|监管日历|監管日曆',
  ),
  checklist: rx(
    'checklists?|check list|everything|all (the )?(rules|requirements|obligations)|full list',
    '清单|清單|全部要求|所有要求|需要做什么|需要做什麼|要准备什么|要準備什麼|需要满足哪些|需要滿足哪些|合规要求有哪些|合規要求有哪些',
  ),
};

/** "HS code for X", "classify X", "X 的海关编码": a request for classify_hs. */
const HS_CODE =
  /\b(hs|hts|harmoni[sz]ed(?: system)?|tariff|commodity|customs)[ -]?(codes?|numbers?|classification)\b|\bclassify\b|hs\s?编码|hs\s?編碼|hs\s?码|hs\s?碼|海关编码|海關編碼|商品编码|商品編碼|海关税号|海關稅號|税则号|稅則號|归类|歸類/i;

/** The product an HS-code request names, without the question around it ('' when it names none). */
export function hsDescription(text: string): string {
  const en = text.match(
    /\b(?:codes?|numbers?|classification|classify)\s+(?:for|of)?\s*(?:an?\s+|the\s+|my\s+|our\s+)?(.+?)\s*[?.!]*$/i,
  );
  if (en?.[1] && !HS_CODE.test(en[1])) return en[1].trim();
  return text
    .replace(HS_CODE, ' ')
    .replace(
      /\b(what'?s|what is|what are|the|a|an|tell me|please|is|codes?|for|of)\b|的|是多少|是什[么麼]|多少|请问|請問|查一下|[?？。.!！:：]/gi,
      ' ',
    )
    .replace(/\s+/g, ' ')
    .trim();
}
const NEXT_YEAR = /\bnext year\b|明年/i;

const HOW_MANY = /\bhow (many|much)\b|多少|幾個|几个|幾件|几件/i;

/** The request a message makes, as a tool name, or null when it names none (a follow-up or small talk). */
export function detectIntent(
  text: string,
  slots?: Pick<Slots, 'adPlatform' | 'skus' | 'warehouses'> & Partial<Pick<Slots, 'price'>>,
): string | null {
  const has = (key: keyof typeof INTENTS) => INTENTS[key].test(text);
  // "what will a EUR 40 parcel cost in tax?": a value with a tax/cost question is a landed cost, not a rule lookup.
  if (
    has('landedCost') ||
    ((slots?.price || has('parcel')) && has('taxWord') && has('costQuestion'))
  )
    return 'landed_cost';
  const compliance = has('compliance');
  if (
    has('adWord') &&
    (has('generate') || /ad copy|文案/i.test(text) || slots?.adPlatform) &&
    !(compliance && !has('generate'))
  )
    return 'generate_ad_copy';
  if (has('localize')) return 'localize_listing';
  if (HS_CODE.test(text) && hsDescription(text)) return 'classify_hs';
  if (has('transfer')) return 'transfer_suggestions';
  if (has('reorder')) return 'reorder_plan';
  if (has('stockout')) return 'stockout_risk';
  if (has('forecast')) return 'demand_forecast';
  if (has('slow')) return 'slow_movers';
  const named = Boolean(slots?.skus.length || slots?.warehouses.length);
  if ((has('stockLevel') || (HOW_MANY.test(text) && named)) && (!compliance || named))
    return 'inventory_status';
  if (has('calendar')) return 'regulatory_calendar';
  if (has('checklist')) return 'compliance_checklist';
  if (has('plan')) return 'compliance_plan';
  if (compliance) return 'compliance_lookup';
  return null;
}

/** The product category a message names; the longest matching alias wins (电子烟 is a vape, not electronics). */
export function findCategory(text: string, ids: string[]): string | undefined {
  const lower = text.toLowerCase();
  let best: { id: string; len: number } | undefined;
  for (const id of ids) {
    const aliases = CATEGORIES.find((c) => c.id === id)?.aliases ?? [];
    const len = Math.max(...aliases.filter((a) => lower.includes(a)).map((a) => a.length), 0);
    if (!best || len > best.len) best = { id, len };
  }
  return best?.id;
}

/** The ad format named in a message, as a platform generate_ad_copy supports. */
export function adPlatformIn(text: string): string | undefined {
  return supportedAdPlatform(findAdPlatform(text));
}

function supportedAdPlatform(id: string | undefined): string | undefined {
  if (!id) return undefined;
  const supported = (AD_PLATFORMS as readonly string[]).includes(id);
  // Until Sponsored Products has its own spec, Amazon ads are written to the Sponsored Brands limits.
  return supported ? id : id.startsWith('amazon_') ? 'amazon_sponsored_brands' : undefined;
}

/** Inventory filters grouped as they replace each other in a follow-up ("and in the US?" drops FBA-DE). */
export const ARGUMENT_GROUPS: string[][] = [
  ['markets', 'warehouses'],
  ['skus'],
  ['horizon_days'],
  ['window_days'],
  ['arrive_by'],
];

/**
 * The arguments a message gives for a tool, and only those: a follow-up lays them over the previous ones.
 * `text` is the message itself.
 */
export function argumentsFromSlots(
  tool: string,
  slots: Slots,
  text: string,
): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  const market = slots.markets[0];
  if (tool === 'generate_ad_copy') {
    if (slots.product) {
      args.product = {
        name: slots.product.name,
        features: slots.product.features,
        ...(slots.brand ? { brand: slots.brand } : {}),
        ...(slots.price ? { price: slots.price } : {}),
      };
    } else if (slots.brand) args.brand = slots.brand;
    const platform = supportedAdPlatform(slots.adPlatform);
    if (platform) args.platform = platform;
    if (market) args.market = market;
    if (slots.language) args.language = slots.language;
    if (/\b(shorter|short|concise|punchier)\b|更短|短一点|短一點|简短|簡短/i.test(text))
      args.tone = 'concise';
    const count = requestedCount(text);
    if (count && count <= 10) args.variants = count;
    return args;
  }
  if (tool === 'localize_listing') {
    const pasted =
      slots.pasted ??
      (slots.product && /产品|產品|商品|product/i.test(text) ? slots.product.name : undefined);
    if (pasted) {
      const lines = pasted
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean);
      args.listing = {
        title: withoutPrice(lines[0].replace(/^title\s*[:：]\s*/i, '')),
        bullets: lines
          .slice(1)
          .filter((l) => /^[-*•]/.test(l))
          .map((l) => l.replace(/^[-*•]\s*/, '')),
        description: lines
          .slice(1)
          .filter((l) => !/^[-*•]/.test(l))
          .join('\n'),
        ...(slots.price ? { price: slots.price } : {}),
      };
    } else if (slots.price) args.price = slots.price;
    const category = explicitCategory(text) ?? findCategory(text, slots.categories);
    if (category) args.category = category;
    // "from US to DE" / "从美国到德国": the first market is the source when two are named.
    if (slots.markets.length >= 2) [args.source_market, args.target_market] = slots.markets;
    else if (market) args.target_market = market;
    if (slots.marketplace) args.platform = slots.marketplace;
    if (slots.language) args.target_language = slots.language;
    return args;
  }
  if (tool === 'classify_hs') {
    const description = hsDescription(text);
    if (description) args.description = description;
    return args;
  }
  if (tool === 'landed_cost') return landedCostArguments(slots, text);
  if (tool === 'compliance_plan') {
    args.product = planProduct(text, slots.product?.name);
    if (slots.markets.length) args.markets = slots.markets;
    if (slots.marketplace) args.channel = slots.marketplace;
    return args;
  }
  if (tool === 'regulatory_calendar') {
    if (slots.markets.length) args.markets = slots.markets;
    const category = explicitCategory(text) ?? findCategory(text, slots.categories);
    if (category) args.categories = [category];
    if (slots.horizon) args.to = slots.horizon.until;
    return args;
  }
  if (tool === 'compliance_lookup' || tool === 'compliance_checklist') {
    if (slots.markets.length) args.markets = slots.markets;
    const category = explicitCategory(text) ?? findCategory(text, slots.categories);
    if (category) args.category = category;
    return args;
  }
  // Inventory lives in warehouses of member states: "Europe" means all of them.
  const markets = [...new Set(slots.markets.flatMap((m) => (m === 'EU' ? EU_MEMBERS : [m])))];
  if (markets.length) args.markets = markets;
  if (slots.warehouses.length) args.warehouses = slots.warehouses;
  if (slots.skus.length) args.skus = slots.skus;
  if (slots.windowDays) args.window_days = slots.windowDays;
  if (tool === 'stockout_risk' && slots.horizon) args.horizon_days = slots.horizon.days;
  if (tool === 'demand_forecast' && slots.horizon)
    args.horizon_days = Math.min(180, slots.horizon.days);
  // "reorder before Black Friday": the stock must be there by the day before.
  if (tool === 'reorder_plan' && slots.horizon) args.arrive_by = slots.horizon.until;
  return args;
}

/** The items and currency a short text gives ("3 phone cases at USD 12", "EUR 40 earbuds"), for shortcuts. */
export function landedCostItems(text: string): Record<string, unknown> {
  const slots = readSlots(text, { now: new Date(), catalogue: EMPTY_CATALOGUE });
  const args = landedCostArguments({ ...slots, markets: [] }, text);
  const items = args.items as Array<{ description: string }> | undefined;
  const rest = withoutPrice(text).trim();
  if (items && ['goods', '商品'].includes(items[0].description) && /^[\p{L} -]{2,60}$/u.test(rest))
    items[0].description = rest;
  return args;
}

/** Words of a Chinese tax-on-a-parcel question around the product ("寄到…的手电筒包裹要交多少税"). */
const ZH_PARCEL_WORDS =
  /包裹|快递|快遞|要交|要付|交多少|付多少|多少|关税|關稅|税费|稅費|税|稅|钱|錢|大概|一共|需要|寄到|寄往|发到|發到|一个|一個/g;

/** An HS code a message writes: dotted ("8513.10.20", Japan's "6109.10-010") or after "HS" ("HS 851310"), with the
 *  words and brackets around it ("（HS 8513.10.20）") so they can be taken out of the product. */
function hsCodeIn(text: string): { code: string; written: string } | undefined {
  const m =
    text.match(
      /[（(]?\s*(?:\bHS(?:\s*code)?\s*[:：]?\s*)?(?<![\d.,])(\d{4}\.\d{2}(?:[.-]\d{2,4}){0,2})(?![\d,]|\.\d)\s*[)）]?/i,
    ) ?? text.match(/[（(]?\s*\bHS(?:\s*code)?\s*[:：]?\s*(\d{6,10})\b\s*[)）]?/i);
  return m ? { code: m[1], written: m[0] } : undefined;
}

/** landed_cost arguments: the destination and one item line ("3 phone cases at USD 12", "a EUR 40 parcel of
 *  earbuds"); the value is the unit price when a quantity is named before the product, else the parcel value. */
function landedCostArguments(slots: Slots, message: string): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  if (slots.markets[0]) args.destination = slots.markets[slots.markets.length - 1];
  if (!slots.price) return args;
  const priced = withoutPrice(message);
  const code = hsCodeIn(priced);
  const text = code ? message.replace(code.written, ' ') : message;
  const plain = code ? priced.replace(code.written, ' ') : priced;
  const counted = plain.match(
    /\b(\d{1,4})\s+(?:x\s+)?([a-z][a-z -]{2,40}?)\s+(?:at|for|@|each|to|into|in)\b/i,
  );
  const parcelOf = plain.match(
    /\b(?:parcel|package|shipment|order|box) of\s+([a-z][a-z -]{2,40}?)\s+(?:to|into|in|for)\b/i,
  );
  const costOf = plain.match(
    /\b(?:cost|price) of\s+(?:an?\s+)?([a-z][a-z -]{2,40}?)\s+(?:worth|at|for|to|into|in)\b/i,
  );
  // "两个30欧元的耳机": a Chinese count right before the price (withoutPrice leaves ", ") makes it the unit price.
  const zhCounted = plain.match(
    /(\d{1,4}|[一二两兩三四五六七八九十]{1,3})\s*(?:个|個|件|双|雙|台|条|條|只|套|瓶|盒|把|副|支)\s*,\s*的/,
  );
  const quantity = counted
    ? Number(counted[1])
    : ((zhCounted && parseSmallNumber(zhCounted[1])) ?? 1);
  const named = /[\u3400-\u9fff]/.test(text)
    ? findProduct(plain.replace(ZH_PARCEL_WORDS, ' '))?.name
    : code
      ? findProduct(plain)?.name
      : slots.product?.name;
  const description = (
    counted?.[2] ??
    parcelOf?.[1] ??
    costOf?.[1] ??
    (named && !/\d|税|稅|多少|parcel|cost/i.test(named) ? named : undefined)
  )?.trim();
  args.items = [
    {
      description: description || (/[\u3400-\u9fff]/.test(text) ? '商品' : 'goods'),
      value: slots.price.amount,
      quantity,
      ...(code && { hs_code: code.code }),
    },
  ];
  args.currency = slots.price.currency;
  return args;
}

/** The market a listing priced in a currency is written for, where the currency has one home market. */
const SOURCE_BY_CURRENCY: Record<string, string> = {
  CNY: 'CN',
  USD: 'US',
  GBP: 'GB',
  JPY: 'JP',
  AUD: 'AU',
  CAD: 'CA',
};

/** Words that ask for a plan in Chinese, so they are not read as the product ("给我一个合规计划"). */
const ZH_PLAN_WORDS =
  /合[规規](计划|計劃|方案|步骤|步驟|路线图?|路線圖?|要求)|(上市|行动|行動)(计划|計劃)|计划|計劃|方案/g;

/** The product a "what do I need to sell X in Y" question names: "sell X in/to/on", else the Chinese product slot
 *  without the question words, else the whole message (the plan derives the category from it and shows how). */
function planProduct(text: string, slotName: string | undefined): string {
  const en = text.match(
    /\b(?:sell|selling|launch|export|list|import)\s+(?!plan\b)(?:my\s+|our\s+|a\s+|an\s+)?(.+?)(?:\s+(?:in|to|into|on|via|through|at|for)\b|[?.!]|$)/i,
  );
  if (en?.[1]?.trim()) return en[1].trim();
  const zhName = /[\u3400-\u9fff]/.test(text)
    ? (findProduct(text.replace(ZH_PLAN_WORDS, ' '))?.name ?? slotName)
    : slotName;
  const zh = zhName
    ?.replace(
      /(有什[么麼]要求|需要[做准準]?[备備]?什[么麼]|要[准準][备備]什[么麼]|的?合[规規]要求).*$/,
      '',
    )
    .trim();
  return zh || text.trim();
}

/** "the category is kitchenware" / "类目是玩具": a category the seller states, by id, label or alias. */
function explicitCategory(text: string): string | undefined {
  const m = text.match(
    /\bcategory\s*(?:is|:|=)?\s*([\w &-]+?)\s*[.!?]?$|(?:类目|類目|品类|品類|分类|分類)\s*(?:是|为|為|：|:)?\s*(.+?)\s*[。！？]?$/i,
  );
  const value = m?.[1] ?? m?.[2];
  return value ? normalizeCategory(value) : undefined;
}

/** Required arguments per tool, in the order they are asked for. */
const REQUIRED: Record<string, string[]> = {
  generate_ad_copy: ['product', 'platform', 'market'],
  localize_listing: ['listing', 'category', 'target_market'],
  compliance_checklist: ['markets', 'category'],
  compliance_plan: ['markets'],
  regulatory_calendar: ['markets'],
  landed_cost: ['destination', 'items'],
};

const OPTIONAL: Record<string, string[]> = {
  compliance_lookup: ['category'],
  regulatory_calendar: ['categories', 'from', 'to'],
  compliance_checklist: ['channel'],
  compliance_plan: ['channel'],
  stockout_risk: ['window_days', 'horizon_days'],
  inventory_status: ['window_days'],
  reorder_plan: ['window_days', 'arrive_by'],
  demand_forecast: ['window_days', 'horizon_days'],
  slow_movers: ['window_days'],
  transfer_suggestions: ['window_days'],
};

/** Completes a tool's arguments with its defaults and lists what is still missing. */
export function finishRoute(tool: string, given: Record<string, unknown>, text: string): Route {
  const args = { ...given };
  const assumptions: string[] = [];
  // A brand named before the product waits in `brand` until the product is known.
  if (tool === 'generate_ad_copy' && args.brand && args.product) {
    args.product = { brand: args.brand, ...(args.product as object) };
    delete args.brand;
  }
  if (tool === 'localize_listing') {
    if (args.price && args.listing)
      args.listing = { ...(args.listing as object), price: args.price };
    delete args.price;
    if (!args.source_market) {
      // A price in yuan (or pounds, yen...) is a listing written for that currency's home market.
      const currency = (args.listing as { price?: { currency?: string } } | undefined)?.price
        ?.currency;
      args.source_market = (currency && SOURCE_BY_CURRENCY[currency]) ?? 'US';
      assumptions.push(`source_market: ${String(args.source_market)}`);
    }
    if (!args.platform) {
      args.platform = 'amazon';
      assumptions.push('platform: amazon');
    }
    if (!args.category && CATEGORY_IDS.includes('general')) {
      args.category = 'general';
      assumptions.push('category: general');
    }
  }
  if (tool === 'compliance_lookup') args.question ??= text.trim();
  const missing = (REQUIRED[tool] ?? []).filter((k) => args[k] === undefined);
  return { tool, arguments: args, optional: OPTIONAL[tool] ?? [], missing, assumptions };
}

/** Picks the tool and arguments for a message on its own, or null when it asks for nothing the tools do. */
export function routeMessage(
  message: string,
  ctx: RouteContext = { now: new Date(), catalogue: EMPTY_CATALOGUE },
): Route | null {
  const text = message.trim();
  if (!text) return null;
  const slots = readSlots(text, ctx);
  let tool = detectIntent(text, slots);
  if (
    tool === 'compliance_checklist' &&
    !(slots.markets.length && findCategory(text, slots.categories))
  )
    tool = 'compliance_lookup';
  if (!tool && (slots.markets.length || slots.categories.length)) tool = 'compliance_lookup';
  if (!tool && slots.skus.length) tool = 'inventory_status';
  if (!tool) return null;
  const args = argumentsFromSlots(tool, slots, text);
  if (tool === 'compliance_checklist' && slots.marketplace)
    args.channel = slots.marketplace.replace('_', '-');
  if (tool === 'regulatory_calendar' && NEXT_YEAR.test(text)) {
    const year = ctx.now.getUTCFullYear() + 1;
    Object.assign(args, { from: `${year}-01-01`, to: `${year}-12-31` });
  }
  return finishRoute(tool, args, text);
}
