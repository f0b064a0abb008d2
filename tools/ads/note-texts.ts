// The notes generate_ad_copy writes, in English and Chinese: the output carries the English text, and the answer
// reads it back into the seller's language.
import { messageCatalog, type MessageTexts } from '../../core/message-catalog';
import { CLASS_LABELS, type RestrictedClass } from './restricted-products';

/** The restricted product classes in Chinese (their English is CLASS_LABELS). */
const CLASS_ZH: Record<RestrictedClass, [string, string]> = {
  cbd: ['CBD 和大麻类产品', 'CBD 和大麻類產品'],
  'supplement-health-claims': ['带健康宣称的膳食补充剂', '帶健康宣稱的膳食補充劑'],
  weapons: ['武器和弹药', '武器和彈藥'],
  adult: ['成人用品', '成人用品'],
  'tobacco-vapes': ['烟草、电子烟和雾化产品', '菸草、電子菸和霧化產品'],
  'prescription-drugs': ['处方药', '處方藥'],
};

export const CLASS_TEXTS = Object.fromEntries(
  Object.entries(CLASS_ZH).map(([c, [hans, hant]]) => [
    `class:${c}`,
    { en: CLASS_LABELS[c as RestrictedClass], 'zh-Hans': hans, 'zh-Hant': hant },
  ]),
) satisfies Record<string, MessageTexts>;

export const AD_NOTES = {
  restricted: {
    en: '{label} are restricted on {platform}: {policy} ({source}).',
    'zh-Hans': '“{label}”在 {platform} 上受限：{policy}（{source}）。',
    'zh-Hant': '「{label}」在 {platform} 上受限：{policy}（{source}）。',
  },
  prohibited: {
    en: '{label}: {policy} ({source}, summary as of {date}).',
    'zh-Hans': '{label}：{policy}（{source}，摘要截至 {date}）。',
    'zh-Hant': '{label}：{policy}（{source}，摘要截至 {date}）。',
  },
  modelFailed: {
    en: 'Template copy used: {error}.',
    'zh-Hans': '已改用模板文案：{error}。',
    'zh-Hant': '已改用範本文案：{error}。',
  },
  noModel: {
    en: 'No language model configured: variants are built from templates and the product data.',
    'zh-Hans': '未配置语言模型：广告方案根据模板和商品数据生成。',
    'zh-Hant': '未設定語言模型：廣告方案根據範本和商品資料產生。',
  },
  noPhrasePack: {
    en: 'The copy is in English: there is no {language} phrase pack for templates; translate before use.',
    'zh-Hans': '文案为英文：模板没有 {language} 语言的短语包；请翻译后再使用。',
    'zh-Hant': '文案為英文：範本沒有 {language} 語言的短語包；請翻譯後再使用。',
  },
  nameUntranslated: {
    en: 'Template copy does not translate: the product name and features appear as written ("{name}"); give them in {language} for copy fully in {language}.',
    'zh-Hans':
      '模板文案不做翻译：商品名称和卖点按原文显示（“{name}”）；如需完全使用 {language} 的文案，请用 {language} 提供它们。',
    'zh-Hant':
      '範本文案不做翻譯：商品名稱和賣點按原文顯示（「{name}」）；如需完全使用 {language} 的文案，請用 {language} 提供它們。',
  },
  sponsoredProducts: {
    en: 'Sponsored Products ads show your listing title and image, with no separate ad text: use product_title for the listing and keywords for manual targeting.',
    'zh-Hans':
      'Sponsored Products 广告展示商品的标题和图片，没有单独的广告文案：product_title 用作商品标题，keywords 用于手动投放定位。',
    'zh-Hant':
      'Sponsored Products 廣告展示商品的標題和圖片，沒有單獨的廣告文案：product_title 用作商品標題，keywords 用於手動投放定位。',
  },
  brandPlaceholder: {
    en: '{platform} shows your registered brand name: replace {placeholder} (or pass product.brand).',
    'zh-Hans': '{platform} 会显示你的注册品牌名：请替换 {placeholder}（或传入 product.brand）。',
    'zh-Hant': '{platform} 會顯示你的註冊品牌名：請替換 {placeholder}（或傳入 product.brand）。',
  },
  toppedUp: {
    en: 'Variant {n}: {field} topped up from templates to reach the minimum.',
    'zh-Hans': '方案 {n}：{field} 数量不足，已用模板补足到最低要求。',
    'zh-Hant': '方案 {n}：{field} 數量不足，已用範本補足到最低要求。',
  },
  variantDropped: {
    en: 'Variant {n} dropped: after limits and claim checks it lacks the minimum items {platform} needs.',
    'zh-Hans': '方案 {n} 已删除：经过字数限制和宣称检查后，达不到 {platform} 要求的最少条数。',
    'zh-Hant': '方案 {n} 已刪除：經過字數限制和宣稱檢查後，達不到 {platform} 要求的最少條數。',
  },
  shortened: {
    en: '{n} text(s) shortened at a word boundary to fit the limit.',
    'zh-Hans': '{n} 条文案已在词边界处截短，以符合字数上限。',
    'zh-Hant': '{n} 條文案已在詞邊界處截短，以符合字數上限。',
  },
  leftOut: {
    en: '{n} text(s) left out: no word boundary fits the limit.',
    'zh-Hans': '{n} 条文案未采用：没有符合字数上限的词边界。',
    'zh-Hant': '{n} 條文案未採用：沒有符合字數上限的詞邊界。',
  },
} satisfies Record<string, MessageTexts>;

/** `adNote(id, vars)` writes a note in English; `translateAdNote(text, lang)` reads one back in `lang`. */
const CATALOG = messageCatalog<string>({ ...CLASS_TEXTS, ...AD_NOTES });

export const adNote = (id: keyof typeof AD_NOTES, vars: Record<string, string | number> = {}) =>
  CATALOG.text(id, vars);
export const translateAdNote = CATALOG.translate;
