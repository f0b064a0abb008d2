// The answer texts the application writes itself, in English and simplified/traditional Chinese: notices and the
// no-LLM router's own answers (help, missing details, failures). Tool results render through each tool's toAnswer.
import type { Lang } from './language';
import type { Route } from './router';
import { CATEGORY_IDS } from '../../core/domain/categories';
import { getMarket } from '../../core/domain/markets';
import { AD_PLATFORMS } from '../../tools/ads/platform-specs';

type Texts = Record<Lang, string>;

export const NOTICES = {
  not_legal_advice: {
    en: 'This is general information from the sources cited, not legal advice; confirm with the authority or a qualified adviser before you act.',
    'zh-Hans':
      '以上为根据所引来源整理的一般信息，不构成法律意见；行动前请向主管机构或专业顾问确认。',
    'zh-Hant':
      '以上為根據所引來源整理的一般資訊，不構成法律意見；行動前請向主管機構或專業顧問確認。',
  },
  no_llm: {
    en: 'No language model is configured, so I answer with a built-in rule-based router: I pick one tool from keywords in your message and show its results as they are (passages, tables, figures), without rewording, summarizing or follow-up reasoning.',
    'zh-Hans':
      '当前未配置语言模型，由内置规则路由器回答：我根据消息中的关键词选择一个工具，并原样展示其结果（条文、表格、数字），不做改写、总结或进一步推理。',
    'zh-Hant':
      '目前未設定語言模型，由內建規則路由器回答：我根據訊息中的關鍵詞選擇一個工具，並原樣展示其結果（條文、表格、數字），不做改寫、總結或進一步推理。',
  },
} satisfies Record<string, Texts>;

export type NoticeId = keyof typeof NOTICES;

const T = {
  fallback: {
    en: 'The language model is not responding right now ({reason}), so this answer comes from the built-in rule-based router instead.',
    'zh-Hans': '语言模型暂时无法响应（{reason}），以下回答改由内置规则路由器给出。',
    'zh-Hant': '語言模型暫時無法回應（{reason}），以下回答改由內建規則路由器給出。',
  },
  help: {
    en: 'I can look up compliance rules (e.g. "What certification do toys need in the EU?"), check stock and stockout risk ("Which SKUs will run out in Germany?"), plan reorders and transfers, find slow movers, localize a listing and write ad copy. Name the market, the product and what you need.',
    'zh-Hans':
      '我可以查询合规规则（如"玩具出口欧盟需要什么认证？"）、查看库存和断货风险（"德国哪些SKU会断货？"）、制定补货和调拨计划、找出滞销品、本地化listing和撰写广告文案。请说明市场、产品和需求。',
    'zh-Hant':
      '我可以查詢合規規則（如「玩具出口歐盟需要什麼認證？」）、查看庫存和斷貨風險（「德國哪些SKU會斷貨？」）、制定補貨和調撥計劃、找出滯銷品、本地化listing和撰寫廣告文案。請說明市場、產品和需求。',
  },
  ask_product: {
    en: 'Which product is it? Reply with its name and a few features, e.g. "waterproof trail running shoes, 320 g".',
    'zh-Hans': '是什么产品？请回复产品名称和几个卖点，例如"防水越野跑鞋，320 克"。',
    'zh-Hant': '是什麼產品？請回覆產品名稱和幾個賣點，例如「防水越野跑鞋，320 克」。',
  },
  ask_listing: {
    en: 'Which listing should I localize? Reply with its title (and bullets on new lines starting with "-"), and the price if you want it converted.',
    'zh-Hans':
      '要本地化哪个商品？请回复标题（卖点另起一行，以"-"开头），需要换算价格的话也请写上价格。',
    'zh-Hant':
      '要本地化哪個商品？請回覆標題（賣點另起一行，以「-」開頭），需要換算價格的話也請寫上價格。',
  },
  ask_platform: {
    en: 'Which ad platform? Reply with one of: {choices}.',
    'zh-Hans': '投放哪个广告平台？请回复其中之一：{choices}。',
    'zh-Hant': '投放哪個廣告平台？請回覆其中之一：{choices}。',
  },
  ask_market: {
    en: 'Which market? Reply with a country, e.g. {choices}.',
    'zh-Hans': '哪个市场？请回复国家，例如 {choices}。',
    'zh-Hant': '哪個市場？請回覆國家，例如 {choices}。',
  },
  ask_category: {
    en: 'Which product category? Reply with one of: {choices}.',
    'zh-Hans': '属于哪个品类？请回复其中之一：{choices}。',
    'zh-Hant': '屬於哪個品類？請回覆其中之一：{choices}。',
  },
  ask_value: {
    en: 'What are the goods worth? Reply with the value and currency, e.g. "EUR 40" or "3 phone cases at USD 12".',
    'zh-Hans': '货值多少？请回复金额和币种，例如"40 欧元"或"3 个手机壳，每个 12 美元"。',
    'zh-Hant': '貨值多少？請回覆金額和幣種，例如「40 歐元」或「3 個手機殼，每個 12 美元」。',
  },
  asking_for: {
    en: 'To answer that I need a little more.',
    'zh-Hans': '要回答这个问题，还需要补充一点信息。',
    'zh-Hant': '要回答這個問題，還需要補充一點資訊。',
  },
  assumed: {
    en: 'Assumed: {list}.',
    'zh-Hans': '默认假设：{list}。',
    'zh-Hant': '預設假設：{list}。',
  },
  tool_failed: {
    en: 'I could not answer that: {message}',
    'zh-Hans': '无法完成：{message}',
    'zh-Hant': '無法完成：{message}',
  },
  budget: {
    en: 'This conversation has used its language-model budget ({n} tokens), so I will not send more of it to the model. Please start a new conversation to continue.',
    'zh-Hans': '本次对话已用完语言模型额度（{n} 个 token），不再继续调用模型。请开启新对话继续。',
    'zh-Hant': '本次對話已用完語言模型額度（{n} 個 token），不再繼續呼叫模型。請開啟新對話繼續。',
  },
  step_limit: {
    en: 'I stopped after {n} tool steps without a final answer; please narrow the question.',
    'zh-Hans': '已执行 {n} 步工具调用仍未得出最终答案，请把问题问得更具体些。',
    'zh-Hant': '已執行 {n} 步工具呼叫仍未得出最終答案，請把問題問得更具體些。',
  },
} satisfies Record<string, Texts>;

export function text(key: keyof typeof T, lang: Lang, vars: Record<string, string | number> = {}) {
  return T[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

export function notice(id: NoticeId, lang: Lang): string {
  return NOTICES[id][lang];
}

const MARKET_CHOICES = ['US', 'GB', 'DE', 'FR', 'IT', 'ES', 'JP', 'AU', 'CA', 'SA', 'AE'];

/** The question for one missing argument, listing the values it accepts. */
function askFor(field: string, lang: Lang): string {
  if (field === 'product') return text('ask_product', lang);
  if (field === 'listing') return text('ask_listing', lang);
  if (field === 'platform') return text('ask_platform', lang, { choices: AD_PLATFORMS.join(', ') });
  if (field === 'items') return text('ask_value', lang);
  if (field === 'category') return text('ask_category', lang, { choices: CATEGORY_IDS.join(', ') });
  const markets = MARKET_CHOICES.map((c) => `${c} (${getMarket(c)?.name ?? c})`).join(', ');
  return text('ask_market', lang, { choices: markets });
}

/** Asks for the first missing argument with its choices; the reply fills it (see dialogue.ts). */
export function renderMissing(route: Route, lang: Lang): string {
  return `${text('asking_for', lang)} ${askFor(route.missing[0], lang)}`;
}
