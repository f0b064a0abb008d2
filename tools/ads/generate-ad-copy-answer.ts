// generate_ad_copy as an answer: a summary, each variant as a field/text/length table, the platform limits, the
// claim checks with their sources, and the notes.
import type { AnswerLang, Block } from '../../core/answer';
import type { Citation } from '../shared/citations';
import { positionsOf } from '../shared/citation-sources';
import { fill, type Texts } from '../shared/answer-text';
import { translateAdNote } from './note-texts';

interface AdCopy {
  summary: string;
  platform: string;
  market: string;
  variants: Array<Record<string, Array<{ text: string; chars: number }>>>;
  limits: Array<{ field: string; max_chars: number; limit: string }>;
  lint: Array<{
    rule_id: string;
    title: string;
    severity: string;
    field: string;
    text: string;
    suggestion: string;
    documents: string[];
    variant: number;
    action: string;
  }>;
  restricted: Array<{
    status: string;
    label: string;
    policy: string;
    source: string;
    as_of: string;
  }>;
  notes: string[];
  citations: Citation[];
}

const T = {
  summary: {
    en: '{summary}',
    'zh-Hans': '已为 {platform}（{market}）生成 {n} 组广告文案，字数按平台规则计算。',
    'zh-Hant': '已為 {platform}（{market}）生成 {n} 組廣告文案，字數按平台規則計算。',
  },
  variant: { en: 'Variant {n}', 'zh-Hans': '方案 {n}', 'zh-Hant': '方案 {n}' },
  field: { en: 'Field', 'zh-Hans': '字段', 'zh-Hant': '欄位' },
  text: { en: 'Text', 'zh-Hans': '文案', 'zh-Hant': '文案' },
  chars: { en: 'Chars', 'zh-Hans': '字数', 'zh-Hant': '字數' },
  limits: {
    en: 'Limits: {list}.',
    'zh-Hans': '字数上限：{list}。',
    'zh-Hant': '字數上限：{list}。',
  },
  checks: { en: 'Claim checks', 'zh-Hans': '宣称检查', 'zh-Hant': '宣稱檢查' },
  check: {
    en: 'Variant {variant}, {field}: “{text}” {action}',
    'zh-Hans': '方案 {variant}，{field}：“{text}” {action}',
    'zh-Hant': '方案 {variant}，{field}：「{text}」 {action}',
  },
} satisfies Record<string, Texts>;

const ACTIONS: Record<string, Texts> = {
  rewritten: { en: 'rewritten', 'zh-Hans': '已改写', 'zh-Hant': '已改寫' },
  dropped: { en: 'dropped', 'zh-Hans': '已删除', 'zh-Hant': '已刪除' },
  kept: { en: 'kept', 'zh-Hans': '已保留', 'zh-Hant': '已保留' },
};

const LIMIT_KINDS: Record<string, Texts> = {
  hard: { en: 'hard', 'zh-Hans': '硬性上限', 'zh-Hant': '硬性上限' },
  recommended: { en: 'recommended', 'zh-Hans': '建议值', 'zh-Hant': '建議值' },
};

const STATUS: Record<string, Texts> = {
  prohibited: { en: 'prohibited', 'zh-Hans': '禁止', 'zh-Hant': '禁止' },
  restricted: { en: 'restricted', 'zh-Hans': '受限', 'zh-Hant': '受限' },
};

export function adCopyAnswer(out: AdCopy, lang: AnswerLang): Block[] {
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: fill(T.summary, lang, {
        summary: out.summary,
        platform: out.platform,
        market: out.market,
        n: out.variants.length,
      }),
    },
    ...out.restricted.map((r): Block => ({
      type: 'notice',
      tone: 'warning',
      text: `${STATUS[r.status]?.[lang] ?? r.status}: ${translateAdNote(r.label, lang)}: ${r.policy} (${r.source}, ${r.as_of})`,
    })),
  ];
  out.variants.forEach((variant, i) => {
    blocks.push(
      { type: 'heading', text: fill(T.variant, lang, { n: i + 1 }), level: 3 },
      {
        type: 'table',
        columns: [
          { key: 'field', label: T.field[lang], priority: 1 },
          { key: 'text', label: T.text[lang], priority: 1 },
          { key: 'chars', label: T.chars[lang], priority: 2, kind: 'number' },
        ],
        rows: Object.entries(variant).flatMap(([field, items]) =>
          items.map((item) => ({ cells: { field, text: item.text, chars: item.chars } })),
        ),
      },
    );
  });
  if (out.limits.length)
    blocks.push({
      type: 'paragraph',
      text: fill(T.limits, lang, {
        list: out.limits
          .map((l) => `${l.field} ≤ ${l.max_chars} (${LIMIT_KINDS[l.limit]?.[lang] ?? l.limit})`)
          .join(', '),
      }),
    });
  if (out.lint.length)
    blocks.push(
      { type: 'heading', text: T.checks[lang], level: 3 },
      {
        type: 'list',
        items: out.lint.map((l) => ({
          text: fill(T.check, lang, {
            variant: l.variant,
            field: l.field,
            text: l.text,
            action: ACTIONS[l.action]?.[lang] ?? l.action,
          }),
          detail: `${l.title} (${l.severity}). ${l.suggestion}`,
          citations: positionsOf(out.citations, l.documents),
        })),
      },
    );
  return [
    ...blocks,
    ...out.notes.map((text): Block => ({
      type: 'notice',
      tone: 'info',
      text: translateAdNote(text, lang),
    })),
  ];
}
