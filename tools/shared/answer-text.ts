// Texts a tool's answer writes itself, in English and simplified/traditional Chinese, and the caps that keep an
// answer readable (items and table rows shown before a "show all").
import type { AnswerLang, Block } from '../../core/answer';

export type Texts = Record<AnswerLang, string>;

/** At most this many list items in an answer, and this many table rows. */
export const MAX_ITEMS = 12;
export const MAX_ROWS = 15;

/** A text in `lang` with its {placeholders} filled. */
export function fill(
  texts: Texts,
  lang: AnswerLang,
  vars: Record<string, string | number> = {},
): string {
  return texts[lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

const SHOW_ALL: Texts = {
  en: 'Show all {n}',
  'zh-Hans': '显示全部 {n} 项',
  'zh-Hant': '顯示全部 {n} 項',
};

/** The "show all n" action under a shortened list or table. */
export function showAll(
  n: number,
  lang: AnswerLang,
  tool: string,
  args?: Record<string, unknown>,
): Block {
  const label = fill(SHOW_ALL, lang, { n });
  return { type: 'action', label, message: label, tool, ...(args ? { arguments: args } : {}) };
}

const YES_NO = { en: ['yes', 'no'], 'zh-Hans': ['是', '否'], 'zh-Hant': ['是', '否'] } as const;

export function yesNo(value: boolean | null, lang: AnswerLang): string | null {
  return value === null ? null : YES_NO[lang][value ? 0 : 1];
}

/** Passage text cut at a word boundary for a list item's second line; document headings are dropped. */
export function excerpt(text: string, max = 280): string {
  const flat = text
    .replace(/^#+ .*$/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? flat.slice(0, max).replace(/\s\S*$/, '') + ' …' : flat;
}
