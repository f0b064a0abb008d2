// localize_listing as an answer: a summary, the localized listing, attribute and unit tables, the price, the
// required notices with their sources, warnings and the limits applied.
import type { AnswerLang, Block } from '../../core/answer';
import type { Citation } from '../shared/citations';
import { positionsOf } from '../shared/citation-sources';
import { fill, type Texts } from '../shared/answer-text';
import { translateWarning } from './warning-texts';

interface Localized {
  summary: string;
  target_market: string;
  platform: string;
  language: string;
  listing: {
    title: string;
    bullets: string[];
    description: string;
    attributes: Record<string, string>;
  };
  needs_translation: string[];
  conversions: Array<{
    field: string;
    from: { value: number; unit: string };
    to: { value: number; unit: string };
  }>;
  price: {
    formatted: string;
    rate: number;
    rate_date: string;
    from: { amount: number; currency: string };
    vat: { rate: number; amount: number; document_id: string } | null;
  } | null;
  notices: Array<{ title: string; text: string; condition: string | null; citations: string[] }>;
  warnings: Array<{
    code: string;
    severity: string;
    message: string;
    field?: string;
    text?: string;
  }>;
  limits: Array<{
    field: string;
    max: number | null;
    unit: string;
    before: number;
    after: number;
    action: string;
  }>;
  citations: Citation[];
}

const T = {
  summary: {
    en: '{summary}',
    'zh-Hans': '已为 {platform}（{market}）本地化商品信息，目标语言 {language}。',
    'zh-Hant': '已為 {platform}（{market}）在地化商品資訊，目標語言 {language}。',
  },
  attribute: { en: 'Attribute', 'zh-Hans': '属性', 'zh-Hant': '屬性' },
  value: { en: 'Value', 'zh-Hans': '值', 'zh-Hant': '值' },
  field: { en: 'Field', 'zh-Hans': '字段', 'zh-Hant': '欄位' },
  from: { en: 'From', 'zh-Hans': '原值', 'zh-Hant': '原值' },
  to: { en: 'To', 'zh-Hans': '换算后', 'zh-Hant': '換算後' },
  untranslated: {
    en: 'Needs translation into {language}: {fields} (no language model configured).',
    'zh-Hans': '以下字段仍需翻译为 {language}：{fields}（未配置语言模型）。',
    'zh-Hant': '以下欄位仍需翻譯為 {language}：{fields}（未設定語言模型）。',
  },
  price: {
    en: 'Price: {formatted} ({amount} {currency} × {rate}, rates of {date})',
    'zh-Hans': '价格：{formatted}（{amount} {currency} × {rate}，汇率日期 {date}）',
    'zh-Hant': '價格：{formatted}（{amount} {currency} × {rate}，匯率日期 {date}）',
  },
  priceVat: {
    en: '; includes {rate}% VAT ({vat}), as consumer prices there must',
    'zh-Hans': '；按当地要求，消费者价格已含 {rate}% 增值税（{vat}）',
    'zh-Hant': '；按當地要求，消費者價格已含 {rate}% 增值稅（{vat}）',
  },
  notices: { en: 'Required notices', 'zh-Hans': '必须标注的声明', 'zh-Hant': '必須標註的聲明' },
  warnings: { en: 'Warnings', 'zh-Hans': '警告', 'zh-Hant': '警告' },
  limits: { en: 'Limits applied', 'zh-Hans': '已应用的字数限制', 'zh-Hant': '已套用的字數限制' },
} satisfies Record<string, Texts>;

const SEVERITY: Record<string, Texts> = {
  blocking: { en: 'blocking', 'zh-Hans': '阻断', 'zh-Hant': '阻斷' },
  warning: { en: 'warning', 'zh-Hans': '警告', 'zh-Hant': '警告' },
  info: { en: 'info', 'zh-Hans': '提示', 'zh-Hant': '提示' },
};

export function localizedAnswer(out: Localized, lang: AnswerLang): Block[] {
  const { listing } = out;
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: fill(T.summary, lang, {
        summary: out.summary,
        platform: out.platform,
        market: out.target_market,
        language: out.language,
      }),
    },
    { type: 'heading', text: listing.title, level: 3 },
  ];
  if (listing.bullets.length)
    blocks.push({ type: 'list', items: listing.bullets.map((text) => ({ text })) });
  if (listing.description) blocks.push({ type: 'paragraph', text: listing.description });
  const attrs = Object.entries(listing.attributes);
  if (attrs.length)
    blocks.push({
      type: 'table',
      columns: [
        { key: 'attribute', label: T.attribute[lang], priority: 1 },
        { key: 'value', label: T.value[lang], priority: 1 },
      ],
      rows: attrs.map(([attribute, value]) => ({ cells: { attribute, value } })),
    });
  if (out.needs_translation.length)
    blocks.push({
      type: 'notice',
      tone: 'warning',
      text: fill(T.untranslated, lang, {
        language: out.language,
        fields: out.needs_translation.join(', '),
      }),
    });
  if (out.conversions.length)
    blocks.push({
      type: 'table',
      columns: [
        { key: 'field', label: T.field[lang], priority: 2 },
        { key: 'from', label: T.from[lang], priority: 1 },
        { key: 'to', label: T.to[lang], priority: 1 },
      ],
      rows: out.conversions.map((c) => ({
        cells: {
          field: c.field,
          from: `${c.from.value} ${c.from.unit}`,
          to: `${c.to.value} ${c.to.unit}`,
        },
      })),
    });
  if (out.price)
    blocks.push({
      type: 'paragraph',
      text:
        fill(T.price, lang, {
          formatted: out.price.formatted,
          amount: out.price.from.amount,
          currency: out.price.from.currency,
          rate: out.price.rate,
          date: out.price.rate_date,
        }) +
        (out.price.vat
          ? fill(T.priceVat, lang, { rate: out.price.vat.rate, vat: out.price.vat.amount })
          : ''),
      citations: out.price.vat
        ? positionsOf(out.citations, [out.price.vat.document_id])
        : undefined,
    });
  if (out.notices.length)
    blocks.push(
      { type: 'heading', text: T.notices[lang], level: 3 },
      {
        type: 'list',
        items: out.notices.map((n) => ({
          text: n.condition ? `${n.title} (${n.condition})` : n.title,
          detail: n.text,
          citations: positionsOf(out.citations, n.citations),
        })),
      },
    );
  if (out.warnings.length)
    blocks.push(
      { type: 'heading', text: T.warnings[lang], level: 3 },
      {
        type: 'list',
        items: out.warnings.map((w) => ({
          text: `${SEVERITY[w.severity]?.[lang] ?? w.severity}${w.field ? `, ${w.field}` : ''}${w.text ? `: “${w.text}”` : ''}`,
          detail: translateWarning(w.message, lang),
        })),
      },
    );
  const changed = out.limits.filter((l) => l.action !== 'within_limit');
  if (changed.length)
    blocks.push(
      { type: 'heading', text: T.limits[lang], level: 3 },
      {
        type: 'list',
        items: changed.map((l) => ({
          text: `${l.field}: ${l.action}`,
          detail: `${l.before} → ${l.after}, max ${l.max ?? '–'} ${l.unit}`,
        })),
      },
    );
  return blocks;
}
