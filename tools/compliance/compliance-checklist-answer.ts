// compliance_checklist as an answer: a summary, at most MAX_ITEMS obligations grouped under topic headings (every
// topic represented), each with its market, status, dates, first action and source, then "show all".
import type { AnswerLang, Block, CitationSource, ListItem } from '../../core/answer';
import { excerpt, fill, MAX_ITEMS, showAll, type Texts } from '../shared/answer-text';
import { actionTranslator } from './action-text';
import {
  categoryName,
  COMPLIANCE_NOTICES,
  marketName,
  statusDetail,
  topicLabel,
} from './answer-texts';
import { sourceFields } from '../shared/citation-sources';
import type { SourceInfo } from '../shared/citations';

interface Obligation {
  document_id: string;
  title: string;
  market: string;
  status: string;
  effective: string | null;
  as_of: string | null;
  confidence: string | null;
  summary: string;
  actions: string[];
  citation: { title: string; url: string | null } & SourceInfo;
}

interface Checklist {
  markets: string[];
  category: string;
  channel: string | null;
  topics: Array<{ topic: string; obligations: Obligation[] }>;
}

const SUMMARY: Texts = {
  en: '{count} obligations in {topics} topics apply to {category} sold in {markets}.{shown}',
  'zh-Hans': '在{markets}销售{category}类产品，共有 {topics} 个主题下的 {count} 项义务。{shown}',
  'zh-Hant': '在{markets}銷售{category}類產品，共有 {topics} 個主題下的 {count} 項義務。{shown}',
};
const SHOWN: Texts = {
  en: ' Below are the first {n}, at least one per topic.',
  'zh-Hans': '下面列出前 {n} 项，每个主题至少一项。',
  'zh-Hant': '下面列出前 {n} 項，每個主題至少一項。',
};

/** Every obligation in topic order: the sources the blocks cite by position. */
export function checklistSources(out: Checklist): CitationSource[] {
  return out.topics.flatMap((t) =>
    t.obligations.map((o) => ({
      document_id: o.document_id,
      title: o.citation.title,
      url: o.citation.url,
      market: o.market,
      as_of: o.as_of,
      status: o.status,
      ...sourceFields(o.citation),
    })),
  );
}

/** How many obligations each topic shows: one per topic in turn until MAX_ITEMS are taken. */
function quota(sizes: number[]): number[] {
  const take = sizes.map(() => 0);
  for (let left = MAX_ITEMS, more = true; left > 0 && more;) {
    more = false;
    sizes.forEach((size, i) => {
      if (left > 0 && take[i] < size) {
        take[i]++;
        left--;
        more = true;
      }
    });
  }
  return take;
}

export function checklistAnswer(out: Checklist, lang: AnswerLang): Block[] {
  const count = out.topics.reduce((n, t) => n + t.obligations.length, 0);
  if (!count) return [{ type: 'paragraph', text: COMPLIANCE_NOTICES.none[lang] }];
  const take = quota(out.topics.map((t) => t.obligations.length));
  const shown = take.reduce((a, b) => a + b, 0);
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: fill(SUMMARY, lang, {
        count,
        topics: out.topics.length,
        category: lang === 'en' ? out.category : categoryName(out.category, lang),
        markets:
          lang === 'en'
            ? out.markets.join(', ')
            : out.markets.map((m) => marketName(m, lang)).join('、'),
        shown: shown < count ? fill(SHOWN, lang, { n: shown }) : '',
      }),
    },
  ];
  let offset = 0;
  const actions = actionTranslator(lang);
  out.topics.forEach((group, t) => {
    // Citations number every obligation in topic order (checklistSources), shown or not.
    const items: ListItem[] = group.obligations.slice(0, take[t]).map((o, i) => ({
      text: o.title,
      detail: [
        statusDetail(o, lang),
        actions.text(o.document_id, o.actions[0] ?? excerpt(o.summary, 160)),
      ].join(' — '),
      citations: [offset + i + 1],
    }));
    offset += group.obligations.length;
    const label = topicLabel(group.topic, lang);
    const more = group.obligations.length - take[t];
    blocks.push(
      {
        type: 'heading',
        text: more ? `${label} (${take[t]}/${group.obligations.length})` : label,
        level: 3,
      },
      { type: 'list', items },
    );
  });
  const pending = out.topics
    .flatMap((t) => t.obligations)
    .filter((o) => o.status !== 'in force').length;
  if (pending)
    blocks.push({
      type: 'notice',
      tone: 'warning',
      text: fill(COMPLIANCE_NOTICES.pending, lang, { n: pending }),
    });
  const english = actions.notice();
  if (english) blocks.push(english);
  blocks.push({ type: 'notice', tone: 'info', text: COMPLIANCE_NOTICES.verify[lang] });
  if (shown < count)
    blocks.push(
      showAll(count, lang, 'compliance_checklist', {
        markets: out.markets,
        category: out.category,
        ...(out.channel ? { channel: out.channel } : {}),
      }),
    );
  return blocks;
}
