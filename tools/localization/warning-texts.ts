// The warnings localize_listing writes, in English and Chinese: the output carries the English message, and the
// answer reads it back (category notes included) into the seller's language.
import { CATEGORY_MESSAGES } from '../../core/domain/categories';
import { messageCatalog, type MessageTexts } from '../../core/message-catalog';

export const WARNINGS = {
  unknownUnit: {
    en: 'Unit "{unit}" is not known; the value was kept as given.',
    'zh-Hans': '无法识别单位“{unit}”；已保留原值。',
    'zh-Hant': '無法識別單位「{unit}」；已保留原值。',
  },
  translationSkipped: {
    en: 'Translation skipped: {error}. The text is still in {language}.',
    'zh-Hans': '未翻译：{error}。文本仍为 {language}。',
    'zh-Hant': '未翻譯：{error}。文字仍為 {language}。',
  },
  conversionMissing: {
    en: 'The converted value {value} is missing from the translated text; check the numbers.',
    'zh-Hans': '译文中缺少换算后的数值 {value}；请核对数字。',
    'zh-Hant': '譯文中缺少換算後的數值 {value}；請核對數字。',
  },
  noticeSourceMissing: {
    en: 'Notice "{title}" applies but its source ({documents}) is not in the knowledge base, so it is not given; ingest the bundled knowledge or check this requirement yourself.',
    'zh-Hans':
      '声明“{title}”适用，但其来源（{documents}）不在知识库中，因此未给出；请导入内置知识库，或自行核实这项要求。',
    'zh-Hant':
      '聲明「{title}」適用，但其來源（{documents}）不在知識庫中，因此未提供；請匯入內建知識庫，或自行核實這項要求。',
  },
  fillInDetails: {
    en: 'Fill in {fields} for notice "{title}" (pass them in `details`).',
    'zh-Hans': '请为声明“{title}”填写 {fields}（通过 `details` 传入）。',
    'zh-Hant': '請為聲明「{title}」填寫 {fields}（透過 `details` 傳入）。',
  },
  noFxRate: {
    en: 'The FX table ({date}) has no rate between {from} and {to}; the price was not converted.',
    'zh-Hans': '汇率表（{date}）中没有 {from} 与 {to} 之间的汇率；价格未换算。',
    'zh-Hant': '匯率表（{date}）中沒有 {from} 與 {to} 之間的匯率；價格未換算。',
  },
  priceVatBoth: {
    en: '{fromRate}% {fromCountry} VAT taken out of the source price; consumer prices in {market} must include VAT: {rate}% VAT ({amount} {currency}) included.',
    'zh-Hans':
      '已从原价中扣除 {fromRate}% 的 {fromCountry} 增值税；{market} 的消费者价格必须含增值税：已含 {rate}% 增值税（{amount} {currency}）。',
    'zh-Hant':
      '已從原價中扣除 {fromRate}% 的 {fromCountry} 增值稅；{market} 的消費者價格必須含增值稅：已含 {rate}% 增值稅（{amount} {currency}）。',
  },
  priceVatOut: {
    en: '{fromRate}% {fromCountry} VAT taken out of the source price.',
    'zh-Hans': '已从原价中扣除 {fromRate}% 的 {fromCountry} 增值税。',
    'zh-Hant': '已從原價中扣除 {fromRate}% 的 {fromCountry} 增值稅。',
  },
  priceVatIn: {
    en: 'Consumer prices in {market} must include VAT: {rate}% VAT ({amount} {currency}) included.',
    'zh-Hans': '{market} 的消费者价格必须含增值税：已含 {rate}% 增值税（{amount} {currency}）。',
    'zh-Hant': '{market} 的消費者價格必須含增值稅：已含 {rate}% 增值稅（{amount} {currency}）。',
  },
  fxIndicative: {
    en: 'Price converted with the bundled indicative rates of {date}; set FX_RATES_FILE to price with your own rates.',
    'zh-Hans': '价格按内置的 {date} 参考汇率换算；如需使用自己的汇率，请设置 FX_RATES_FILE。',
    'zh-Hant': '價格按內建的 {date} 參考匯率換算；如需使用自己的匯率，請設定 FX_RATES_FILE。',
  },
  fxStale: {
    en: 'The FX rates are {age} days old ({date}); update them before pricing.',
    'zh-Hans': '汇率已是 {age} 天前的数据（{date}）；定价前请先更新。',
    'zh-Hant': '匯率已是 {age} 天前的資料（{date}）；定價前請先更新。',
  },
} satisfies Record<string, MessageTexts>;

const CATALOG = messageCatalog({ ...CATEGORY_MESSAGES.texts, ...WARNINGS });

/** `warning(id, vars)` writes a warning in English; `translateWarning(text, lang)` reads one back in `lang`. */
export const warning = (id: keyof typeof WARNINGS, vars: Record<string, string | number>) =>
  CATALOG.text(id, vars);
export const translateWarning = CATALOG.translate;
