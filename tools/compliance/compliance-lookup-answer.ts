// compliance_lookup as an answer: a summary, then each passage with its market, topic, status, dates and source.
import type { AnswerLang, Block, CitationSource } from '../../core/answer';
import { excerpt, fill, MAX_ITEMS, type Texts } from '../shared/answer-text';
import { COMPLIANCE_NOTICES, quoted, statusDetail, topicLabel } from './answer-texts';
import { sourceFields } from '../shared/citation-sources';
import type { SourceInfo } from '../shared/citations';

interface Passage {
  document_id: string;
  text: string;
  title: string;
  market: string;
  topic: string;
  status: string;
  status_note: string | null;
  effective: string | null;
  as_of: string | null;
  confidence: string | null;
  citation: { title: string; url: string | null } & SourceInfo;
}

interface Lookup {
  results: Passage[];
  markets: string[];
  notes: string[];
}

const SUMMARY: Texts = {
  en: '{n} passages in the knowledge base answer this{markets}.',
  'zh-Hans': '知识库中有 {n} 段相关条文{markets}。',
  'zh-Hant': '知識庫中有 {n} 段相關條文{markets}。',
};
const MARKETS: Texts = { en: ' for {m}', 'zh-Hans': '（{m}）', 'zh-Hant': '（{m}）' };

export function lookupSources(out: Lookup): CitationSource[] {
  return out.results.map((r) => ({
    document_id: r.document_id,
    title: r.citation.title,
    url: r.citation.url,
    market: r.market,
    as_of: r.as_of,
    status: r.status,
    ...sourceFields(r.citation),
  }));
}

export function lookupAnswer(out: Lookup, lang: AnswerLang): Block[] {
  if (!out.results.length) {
    const notes = lang === 'en' ? out.notes : [];
    return [
      { type: 'paragraph', text: COMPLIANCE_NOTICES.none[lang] },
      ...notes.map((text): Block => ({ type: 'notice', tone: 'info', text })),
    ];
  }
  const shown = out.results.slice(0, MAX_ITEMS);
  const markets = out.markets.length ? fill(MARKETS, lang, { m: out.markets.join(', ') }) : '';
  const blocks: Block[] = [
    { type: 'paragraph', text: fill(SUMMARY, lang, { n: shown.length, markets }) },
    {
      type: 'list',
      items: shown.map((r, i) => ({
        text: r.title,
        detail: [
          `${statusDetail(r, lang)} · ${topicLabel(r.topic, lang)}`,
          r.status_note,
          quoted(excerpt(r.text), lang),
        ]
          .filter(Boolean)
          .join(' — '),
        citations: [i + 1],
      })),
    },
  ];
  const notes = lang === 'en' ? out.notes : [COMPLIANCE_NOTICES.verify[lang]];
  return [...blocks, ...notes.map((text): Block => ({ type: 'notice', tone: 'info', text }))];
}
