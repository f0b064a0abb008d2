// Words the compliance answers write in three languages: topic names, statuses, dates and the shared notices.
import type { AnswerLang } from '../../core/answer';
import { statusLabel } from '../../core/answer-format';
import { getCategory } from '../../core/domain/categories';
import { getMarket } from '../../core/domain/markets';
import { hantName } from '../../core/hant-names';
import { TOPIC_LABELS } from '../../knowledge/ingest/metadata';
import { fill, type Texts } from '../shared/answer-text';

const TOPICS_ZH: Record<string, [string, string]> = {
  'vat-gst': ['增值税 / 消费税与销售税', '增值稅 / 消費稅與銷售稅'],
  'customs-duty': ['关税与进口门槛', '關稅與進口門檻'],
  'product-safety': ['产品安全', '產品安全'],
  certification: ['认证与合格标志', '認證與合格標誌'],
  labeling: ['标签与语言', '標籤與語言'],
  'epr-packaging': ['EPR、包装与回收', 'EPR、包裝與回收'],
  'data-protection': ['数据保护', '資料保護'],
  'consumer-rights': ['消费者权益', '消費者權益'],
  'advertising-marketplace': ['广告与平台规则', '廣告與平台規則'],
  payments: ['支付', '支付'],
  'restricted-goods': ['限制与禁售商品', '限制與禁售商品'],
};

export function topicLabel(topic: string, lang: AnswerLang): string {
  const zh = TOPICS_ZH[topic];
  if (lang === 'zh-Hans' && zh) return zh[0];
  if (lang === 'zh-Hant' && zh) return zh[1];
  return TOPIC_LABELS[topic] ?? topic;
}

/** Words sellers use for each knowledge-base category tag (also the product categories' own ids). */
export const CATEGORY_WORDS: Record<string, Texts> = {
  'radio-equipment': { en: 'radio equipment', 'zh-Hans': '无线电设备', 'zh-Hant': '無線電設備' },
  electronics: { en: 'electrical equipment', 'zh-Hans': '电气设备', 'zh-Hant': '電氣設備' },
  batteries: { en: 'batteries', 'zh-Hans': '电池', 'zh-Hant': '電池' },
  toys: { en: 'toy', 'zh-Hans': '玩具', 'zh-Hant': '玩具' },
  'children-products': { en: "children's product", 'zh-Hans': '儿童用品', 'zh-Hant': '兒童用品' },
  cosmetics: { en: 'cosmetic product', 'zh-Hans': '化妆品', 'zh-Hant': '化妝品' },
  apparel: { en: 'textile product', 'zh-Hans': '纺织品', 'zh-Hant': '紡織品' },
  textiles: { en: 'textile product', 'zh-Hans': '纺织品', 'zh-Hant': '紡織品' },
  food: { en: 'food', 'zh-Hans': '食品', 'zh-Hant': '食品' },
  beverages: { en: 'beverage', 'zh-Hans': '饮料', 'zh-Hant': '飲料' },
  'food-contact': {
    en: 'food-contact material',
    'zh-Hans': '食品接触材料',
    'zh-Hant': '食品接觸材料',
  },
  'e-cigarettes': { en: 'e-cigarette', 'zh-Hans': '电子烟', 'zh-Hant': '電子煙' },
  software: { en: 'software', 'zh-Hans': '软件', 'zh-Hant': '軟體' },
  'household-appliances': {
    en: 'household appliance',
    'zh-Hans': '家用电器',
    'zh-Hant': '家用電器',
  },
  chargers: { en: 'charger', 'zh-Hans': '充电器', 'zh-Hant': '充電器' },
};

/** A product category's name in Chinese: its words above, else its first Chinese alias (in Traditional for zh-Hant). */
export function categoryName(id: string, lang: Exclude<AnswerLang, 'en'>): string {
  const chinese = getCategory(id)?.aliases.filter((a) => /[\u3400-\u9fff]/.test(a)) ?? [];
  const alias = lang === 'zh-Hant' && chinese[0] ? hantName(chinese[0]) : chinese[0];
  return CATEGORY_WORDS[id]?.[lang] ?? alias ?? id;
}

/** A market's name in the answer's language (Chinese names are among the market's aliases; zh-Hant's in Traditional). */
export function marketName(code: string, lang: AnswerLang): string {
  const market = getMarket(code);
  if (!market) return code;
  if (lang === 'en') return market.name;
  const chinese = market.aliases.filter((a) => /[\u3400-\u9fff]/.test(a));
  if (lang === 'zh-Hans') return chinese[0] ?? market.name;
  const name = chinese[1] ?? chinese[0];
  return name ? hantName(name) : market.name;
}

const PARTS = {
  effective: { en: 'effective {d}', 'zh-Hans': '生效日期 {d}', 'zh-Hant': '生效日期 {d}' },
  asOf: { en: 'checked {d}', 'zh-Hans': '核对于 {d}', 'zh-Hant': '核對於 {d}' },
  lowConfidence: { en: 'low confidence', 'zh-Hans': '可信度低', 'zh-Hant': '可信度低' },
  english: { en: '', 'zh-Hans': '英文原文', 'zh-Hant': '英文原文' },
} satisfies Record<string, Texts>;

/** "DE · in force · effective 2024-12-13 · checked 2026-10-01" in the reader's language. */
export function statusDetail(
  item: {
    market: string;
    status: string;
    effective: string | null;
    as_of: string | null;
    confidence: string | null;
  },
  lang: AnswerLang,
): string {
  return [
    item.market,
    statusLabel(item.status, lang),
    // Some documents give a phrase ("in force") instead of a date; the status already says that.
    item.effective && /^\d/.test(item.effective)
      ? fill(PARTS.effective, lang, { d: item.effective })
      : null,
    item.as_of ? fill(PARTS.asOf, lang, { d: item.as_of }) : null,
    item.confidence === 'low' ? PARTS.lowConfidence[lang] : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** A source passage quoted as written; in a Chinese answer an English passage says so. */
export function quoted(passage: string, lang: AnswerLang): string {
  const english = lang !== 'en' && !/[\u3400-\u9fff]/.test(passage);
  return english ? `${PARTS.english[lang]}：${passage}` : passage;
}

export const COMPLIANCE_NOTICES = {
  pending: {
    en: '{n} of these are scheduled or recently changed: check their dates.',
    'zh-Hans': '其中 {n} 项待生效或近期有变更，请核对日期。',
    'zh-Hant': '其中 {n} 項待生效或近期有變更，請核對日期。',
  },
  verify: {
    en: 'Verify each item against its source before you rely on it.',
    'zh-Hans': '使用前请对照来源逐项核实。',
    'zh-Hant': '使用前請對照來源逐項核實。',
  },
  none: {
    en: 'The knowledge base has nothing on this. Check with the relevant authority or a customs/compliance adviser.',
    'zh-Hans': '知识库中没有相关内容。请向相关主管机构或报关/合规顾问确认。',
    'zh-Hant': '知識庫中沒有相關內容。請向相關主管機構或報關／合規顧問確認。',
  },
} satisfies Record<string, Texts>;
