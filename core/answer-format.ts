// Formatting shared by every answer renderer: table cells for the answer's locale, and the few labels renderers add.
import type { AnswerCitation, AnswerLang, CitationSource, TableCell, TableColumn } from './answer';

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

/** A rule's status on a day (core/domain/rule-timing.ts), as sources and items show it. */
const STATUS_LABELS: Record<string, Record<AnswerLang, string>> = {
  'in force': { en: 'in force', 'zh-Hans': '已生效', 'zh-Hant': '已生效' },
  scheduled: { en: 'scheduled', 'zh-Hans': '待生效', 'zh-Hant': '待生效' },
  changed: { en: 'recently changed', 'zh-Hans': '近期变更', 'zh-Hant': '近期變更' },
};

/** A status in the reader's language (an unknown one as written). */
export function statusLabel(status: string, lang: AnswerLang = 'en'): string {
  return STATUS_LABELS[status]?.[lang] ?? status;
}

/** What a renderer says about a knowledge source's standing. */
const STANDING_LABELS = {
  official: { en: 'official', 'zh-Hans': '官方来源', 'zh-Hant': '官方來源' },
  secondary: { en: 'secondary', 'zh-Hans': '二手来源', 'zh-Hant': '二手來源' },
  noOfficial: {
    en: 'secondary source; no official page found',
    'zh-Hans': '二手来源；未找到官方页面',
    'zh-Hant': '二手來源；未找到官方頁面',
  },
  updatedOn: { en: 'updated on', 'zh-Hans': '更新于', 'zh-Hant': '更新於' },
  checkUpdates: {
    en: 'check for updates',
    'zh-Hans': '信息已超过 12 个月，请核查更新',
    'zh-Hant': '資訊已超過 12 個月，請核查更新',
  },
  alsoAt: { en: 'also', 'zh-Hans': '另见', 'zh-Hant': '另見' },
} satisfies Record<string, Record<AnswerLang, string>>;

/** A source's standing in words: official or secondary (and why), updated on, check for updates. */
export function citationFlags(c: CitationSource, lang: AnswerLang = 'en'): string[] {
  const flags: string[] = [];
  if (c.source_kind === 'official') flags.push(STANDING_LABELS.official[lang]);
  if (c.source_kind === 'secondary')
    flags.push(
      /no official/i.test(c.source_note ?? '')
        ? STANDING_LABELS.noOfficial[lang]
        : STANDING_LABELS.secondary[lang],
    );
  if (c.updated_on) flags.push(`${STANDING_LABELS.updatedOn[lang]} ${c.updated_on}`);
  if (c.check_for_updates) flags.push(STANDING_LABELS.checkUpdates[lang]);
  return flags;
}

/** The second link of a source with its label ("also"), or null when there is none. */
export function secondaryLink(
  c: CitationSource,
  lang: AnswerLang = 'en',
): { label: string; url: string } | null {
  return c.secondary_url && c.secondary_url !== c.url
    ? { label: STANDING_LABELS.alsoAt[lang], url: c.secondary_url }
    : null;
}

/** One source as a line of text: title, address, market, status, the date it was checked and its standing. */
export function citationText(c: AnswerCitation, lang: AnswerLang = 'en'): string {
  const meta = [
    c.market,
    c.status && (lang === 'en' ? c.status : statusLabel(c.status, lang)),
    c.as_of ? `${label('asOf', lang)} ${c.as_of}` : null,
    ...citationFlags(c, lang),
  ].filter(Boolean);
  const also = secondaryLink(c, lang);
  return `${c.title}${c.url ? ` — ${c.url}` : ''}${meta.length ? ` (${meta.join(', ')})` : ''}${also ? ` · ${also.label}: ${also.url}` : ''}`;
}
