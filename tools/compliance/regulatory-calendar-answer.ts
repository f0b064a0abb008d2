// regulatory_calendar as an answer: a one-line summary, then a table of the dated changes by date, each row citing
// its document's source.
import { sourceFields } from '../shared/citation-sources';
import type { SourceInfo } from '../shared/citations';
import type { AnswerLang, Block, CitationSource } from '../../core/answer';
import { fill, MAX_ROWS, showAll, type Texts } from '../shared/answer-text';
import { COMPLIANCE_NOTICES } from './answer-texts';

interface CalendarEvent {
  date: string;
  document_id: string;
  title: string;
  market: string;
  status: string;
  change: string;
  citation: { title: string; url: string | null; as_of: string | null } & SourceInfo;
}

interface ApproximateChange {
  when: string;
  document_id: string;
  title: string;
  market: string;
  status: string;
  effective: string;
  citation: CalendarEvent['citation'];
}

interface Calendar {
  events: CalendarEvent[];
  approximate: ApproximateChange[];
  markets: string[];
  categories: string[];
  from: string;
  to: string;
  notes: string[];
}

const TEXTS = {
  summary: {
    en: '{n} dated changes for {m} between {from} and {to}, earliest first.',
    'zh-Hans': '{from} 至 {to} 期间，{m} 有 {n} 项有日期的法规变化（按日期排列）。',
    'zh-Hant': '{from} 至 {to} 期間，{m} 有 {n} 項有日期的法規變化（按日期排列）。',
  },
  none: {
    en: 'The knowledge base records no dated change for {m} between {from} and {to}.',
    'zh-Hans': '知识库中没有 {m} 在 {from} 至 {to} 期间有日期的法规变化。',
    'zh-Hant': '知識庫中沒有 {m} 在 {from} 至 {to} 期間有日期的法規變化。',
  },
  date: { en: 'Date', 'zh-Hans': '日期', 'zh-Hant': '日期' },
  market: { en: 'Market', 'zh-Hans': '市场', 'zh-Hant': '市場' },
  change: { en: 'What changes', 'zh-Hans': '变化内容', 'zh-Hant': '變化內容' },
  rule: { en: 'Rule', 'zh-Hans': '法规', 'zh-Hant': '法規' },
  approximate: {
    en: 'Also planned, dated only to a month or year:',
    'zh-Hans': '另有计划中的变化，仅知月份或年份：',
    'zh-Hant': '另有計劃中的變化，僅知月份或年份：',
  },
  english: {
    en: '',
    'zh-Hans': '变化内容摘自英文原文。',
    'zh-Hant': '變化內容摘自英文原文。',
  },
} satisfies Record<string, Texts>;

export function calendarSources(out: Calendar): CitationSource[] {
  return [...out.events, ...out.approximate].map((e) => ({
    document_id: e.document_id,
    title: e.citation.title,
    url: e.citation.url,
    market: e.market,
    as_of: e.citation.as_of,
    status: e.status,
    ...sourceFields(e.citation),
  }));
}

export function calendarAnswer(out: Calendar, lang: AnswerLang): Block[] {
  const vars = {
    n: out.events.length,
    m: out.markets.join(', ') || '—',
    from: out.from,
    to: out.to,
  };
  const notes = (lang === 'en' ? out.notes : []).map((text): Block => ({
    type: 'notice',
    tone: 'info',
    text,
  }));
  // Approximate changes are cited after every event: position events.length + i + 1.
  const approximate: Block[] = out.approximate.length
    ? [
        { type: 'paragraph', text: TEXTS.approximate[lang] },
        {
          type: 'list',
          items: out.approximate.slice(0, MAX_ROWS).map((a, i) => ({
            text: `${a.when} · ${a.market} · ${a.title}`,
            detail: a.effective,
            citations: [out.events.length + i + 1],
          })),
        },
      ]
    : [];
  if (!out.events.length)
    return [{ type: 'paragraph', text: fill(TEXTS.none, lang, vars) }, ...approximate, ...notes];
  const shown = out.events.slice(0, MAX_ROWS);
  const blocks: Block[] = [
    { type: 'paragraph', text: fill(TEXTS.summary, lang, vars) },
    {
      type: 'table',
      columns: [
        { key: 'date', label: TEXTS.date[lang], priority: 1, kind: 'date' },
        { key: 'rule', label: TEXTS.rule[lang], priority: 1 },
        { key: 'change', label: TEXTS.change[lang], priority: 1 },
        { key: 'market', label: TEXTS.market[lang], priority: 2 },
      ],
      rows: shown.map((e, i) => ({
        cells: { date: e.date, market: e.market, change: e.change, rule: e.title },
        citations: [i + 1],
      })),
    },
  ];
  if (out.events.length > shown.length)
    blocks.push(
      showAll(out.events.length, lang, 'regulatory_calendar', {
        markets: out.markets,
        ...(out.categories.length ? { categories: out.categories } : {}),
        from: out.from,
        to: out.to,
      }),
    );
  blocks.push(...approximate);
  if (lang !== 'en')
    return [
      ...blocks,
      { type: 'notice', tone: 'info', text: TEXTS.english[lang] },
      { type: 'notice', tone: 'info', text: COMPLIANCE_NOTICES.verify[lang] },
    ];
  return [...blocks, ...notes];
}
