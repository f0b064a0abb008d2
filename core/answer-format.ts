// Formatting shared by every answer renderer: table cells for the answer's locale, and the few labels renderers add.
import type { AnswerCitation, AnswerLang, TableCell, TableColumn } from './answer';

const LOCALES: Record<AnswerLang, string> = { en: 'en-US', 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW' };

/** Labels a renderer writes itself (not a tool): the sources heading and source metadata. */
export const ANSWER_LABELS = {
  sources: { en: 'Sources', 'zh-Hans': '来源', 'zh-Hant': '來源' },
  asOf: { en: 'as of', 'zh-Hans': '核对日期', 'zh-Hant': '核對日期' },
  details: { en: 'Details', 'zh-Hans': '详情', 'zh-Hant': '詳情' },
} satisfies Record<string, Record<AnswerLang, string>>;

export function label(key: keyof typeof ANSWER_LABELS, lang: AnswerLang = 'en'): string {
  return ANSWER_LABELS[key][lang];
}

/** Whether a column holds figures (right-aligned everywhere). */
export function isNumeric(column: TableColumn): boolean {
  return column.kind === 'number' || column.kind === 'money' || column.kind === 'percent';
}

/** A table cell as text: numbers grouped and rounded for the locale, money with its currency, empty as "–". */
export function formatCell(value: TableCell, column: TableColumn, lang: AnswerLang = 'en'): string {
  if (value === null || value === '') return '–';
  if (typeof value === 'string') return value;
  const locale = LOCALES[lang];
  const digits = Number.isInteger(value) ? 0 : Math.abs(value) < 10 ? 2 : 1;
  if (column.kind === 'money' && column.currency)
    return new Intl.NumberFormat(locale, { style: 'currency', currency: column.currency }).format(
      value,
    );
  const text = new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  return column.kind === 'percent' ? `${text}%` : text;
}

/** One source as a line of text: title, address, market, status and the date it was checked. */
export function citationText(c: AnswerCitation, lang: AnswerLang = 'en'): string {
  const meta = [c.market, c.status, c.as_of ? `${label('asOf', lang)} ${c.as_of}` : null].filter(
    Boolean,
  );
  return `${c.title}${c.url ? ` — ${c.url}` : ''}${meta.length ? ` (${meta.join(', ')})` : ''}`;
}
