// How a compliance plan reads: the one-line summary, the answer blocks (summary, a heading per phase, cited
// steps, what is not covered, "show all" when cut), in English or Chinese.
import type {
  Answer,
  AnswerCitation,
  AnswerLang,
  Block,
  CitationSource,
  ListItem,
} from '../../core/answer';
import type { CompliancePlanOutput, PlanStep } from './compliance-plan';
import type { Phase } from './plan-rules';
import { sourceFields } from '../shared/citation-sources';
import { actionTranslator } from './action-text';
import { CATEGORY_WORDS, categoryName, marketName } from './answer-texts';
import { getCategory } from '../../core/domain/categories';
import { normalizeMarket } from '../../core/domain/markets';

type Words = Record<AnswerLang, string>;

const PHASE_LABELS: Record<Phase, Words> = {
  before_listing: { en: 'Before listing', 'zh-Hans': '上架前', 'zh-Hant': '上架前' },
  tax_and_customs: { en: 'Tax and customs', 'zh-Hans': '税务与海关', 'zh-Hant': '稅務與海關' },
  ongoing: { en: 'Ongoing', 'zh-Hans': '持续义务', 'zh-Hant': '持續義務' },
  upcoming: { en: 'Upcoming changes', 'zh-Hans': '即将生效', 'zh-Hant': '即將生效' },
};

const STATUS_WORDS: Record<string, Words> = {
  'in force': { en: 'in force', 'zh-Hans': '已生效', 'zh-Hant': '已生效' },
  changed: { en: 'recently changed', 'zh-Hans': '近期有变', 'zh-Hant': '近期有變' },
  scheduled: { en: 'not yet in force', 'zh-Hans': '尚未生效', 'zh-Hant': '尚未生效' },
};

const T = {
  from: { en: 'from {date}', 'zh-Hans': '{date} 起', 'zh-Hant': '{date} 起' },
  next: { en: 'next change {date}', 'zh-Hans': '下次变化 {date}', 'zh-Hant': '下次變化 {date}' },
  showAll: {
    en: 'Show the full checklist ({n} more)',
    'zh-Hans': '查看完整清单（另有 {n} 项）',
    'zh-Hant': '查看完整清單（另有 {n} 項）',
  },
  showAllMessage: {
    en: 'Show the full compliance checklist for {product} in {markets}',
    'zh-Hans': '列出在{markets}销售{product}的完整合规清单',
    'zh-Hant': '列出在{markets}銷售{product}的完整合規清單',
  },
  advice: {
    en: 'Not legal advice: check each step against its source.',
    'zh-Hans': '不构成法律意见：请按来源核实每一项。',
    'zh-Hant': '不構成法律意見：請按來源核實每一項。',
  },
  empty: {
    en: 'Nothing in the knowledge base for {product} in {markets}.',
    'zh-Hans': '知识库中没有在{markets}销售{product}的规定。',
    'zh-Hant': '知識庫中沒有在{markets}銷售{product}的規定。',
  },
  uncovered: {
    en: '{product} in {markets}: not covered by the knowledge base.',
    'zh-Hans': '知识库未覆盖{markets}，无法列出{product}的规定。',
    'zh-Hant': '知識庫未涵蓋{markets}，無法列出{product}的規定。',
  },
  summary: {
    en: '{product} in {markets}: {parts}.',
    'zh-Hans': '在{markets}销售{product}：{parts}。',
    'zh-Hant': '在{markets}銷售{product}：{parts}。',
  },
  part: { en: '{n} {label}', 'zh-Hans': '{label} {n} 项', 'zh-Hant': '{label} {n} 項' },
  partNext: { en: ' (next {date})', 'zh-Hans': '（最近 {date}）', 'zh-Hant': '（最近 {date}）' },
} satisfies Record<string, Words>;

const NOT_COVERED = {
  market: {
    en: '{market}: not covered by the knowledge base; no rules are shown for it.',
    'zh-Hans': '知识库未覆盖{market}，不列出该市场的任何规定。',
    'zh-Hant': '知識庫未涵蓋{market}，不列出該市場的任何規定。',
  },
  category: {
    en: '{category} rules for {market}: none in the knowledge base; only duties of every seller are listed there.',
    'zh-Hans': '知识库中没有{market}的{category}专项规定，该市场只列出所有卖家都须履行的义务。',
    'zh-Hant': '知識庫中沒有{market}的{category}專項規定，該市場只列出所有賣家都須履行的義務。',
  },
  product: {
    en: 'Product type of "{product}": not recognised; only duties of every seller are listed. Give a category ({ids}) for product rules.',
    'zh-Hans':
      '无法识别“{product}”的产品类型，只列出所有卖家都须履行的义务。请指定品类（{ids}）以查看产品专项规定。',
    'zh-Hant':
      '無法識別「{product}」的產品類型，只列出所有賣家都須履行的義務。請指定品類（{ids}）以查看產品專項規定。',
  },
} satisfies Record<string, Words>;

const fill = (w: Words, lang: AnswerLang, vars: Record<string, string | number>) =>
  w[lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

const listJoin = (items: string[], lang: AnswerLang) =>
  lang === 'en' ? items.join(', ') : items.join('、');

/** The markets the seller named (EU only when no member state stands for it). */
function namedMarkets(out: Pick<CompliancePlanOutput, 'markets'>, lang: AnswerLang): string {
  const own = out.markets.filter((m) => m !== 'EU');
  return listJoin(
    (own.length ? own : out.markets).map((m) => marketName(m, lang)),
    lang,
  );
}

const LOWER_LABEL: Record<Phase, string> = {
  before_listing: 'before listing',
  tax_and_customs: 'for tax and customs',
  ongoing: 'ongoing',
  upcoming: 'upcoming',
};

/** What the plan cannot cover (a market, a category in a market, the product type), in the plan's language. */
export function notCoveredLine(
  kind: keyof typeof NOT_COVERED,
  vars: { market?: string; category?: string; product?: string; ids?: string },
  lang: AnswerLang,
): string {
  const market = vars.market && normalizeMarket(vars.market);
  const category =
    vars.category &&
    (lang === 'en' ? getCategory(vars.category)?.label : categoryName(vars.category, lang));
  return fill(NOT_COVERED[kind], lang, {
    ...vars,
    market: market ? marketName(market, lang) : (vars.market ?? ''),
    category: category || (vars.category ?? ''),
  });
}

/**
 * One line: how many steps per phase, and the date of the next change; `uncovered` names the markets the
 * knowledge base has nothing for (said instead when no covered market was given).
 */
export function planSummary(
  out: Omit<CompliancePlanOutput, 'summary'>,
  uncovered: string[] = [],
): string {
  const lang = out.language;
  const vars = { product: out.product, markets: namedMarkets(out, lang) };
  if (!out.markets.length && uncovered.length)
    return fill(T.uncovered, lang, { ...vars, markets: listJoin(uncovered, lang) });
  if (!out.steps.length) return fill(T.empty, lang, vars);
  const parts = out.phases
    .map((phase) => {
      const steps = out.steps.filter((s) => s.phase === phase);
      if (!steps.length) return null;
      const label = lang === 'en' ? LOWER_LABEL[phase] : PHASE_LABELS[phase][lang];
      const first = phase === 'upcoming' ? nextDate(steps) : null;
      return (
        fill(T.part, lang, { n: steps.length, label }) +
        (first ? fill(T.partNext, lang, { date: first }) : '')
      );
    })
    .filter((p): p is string => Boolean(p));
  return fill(T.summary, lang, {
    ...vars,
    parts: lang === 'en' ? parts.join(', ') : parts.join('，'),
  });
}

const nextDate = (steps: PlanStep[]) =>
  steps
    .map((s) => s.date)
    .filter((d): d is string => Boolean(d))
    .sort()[0] ?? null;

const WHY = {
  everyone: { en: '', 'zh-Hans': '所有市场的所有卖家', 'zh-Hant': '所有市場的所有賣家' },
  market: { en: '', 'zh-Hans': '{market}所有卖家', 'zh-Hant': '{market}所有賣家' },
  battery: { en: '', 'zh-Hans': '内置电池（{what}）', 'zh-Hant': '內置電池（{what}）' },
  words: { en: '', 'zh-Hans': '{kind}：{words}', 'zh-Hant': '{kind}：{words}' },
  channel: { en: '', 'zh-Hans': '，在 {channel} 销售', 'zh-Hant': '，在 {channel} 銷售' },
  from: { en: '', 'zh-Hans': '；{date} 起', 'zh-Hant': '；{date} 起' },
  unfixed: { en: '', 'zh-Hans': '；日期未定', 'zh-Hant': '；日期未定' },
} satisfies Record<string, Words>;

/** A product category's words ("toy: 玩具") in Chinese; the seller's own words only when they add something. */
function categoryWhy(text: string, lang: AnswerLang): string {
  const [, en, words] = /^(.+?): (.*)$/.exec(text) ?? [];
  const kind = Object.values(CATEGORY_WORDS).find((w) => w.en === en)?.[lang];
  if (!kind) return text;
  return kind === words ? kind : fill(WHY.words, lang, { kind, words });
}

/** `why` in the reader's language: plan-rules writes it in English from a few fixed phrases. */
function whyIn(s: PlanStep, lang: AnswerLang): string {
  if (lang === 'en') return s.why;
  const parts =
    /^(.*?)(?:, selling on (.+?))?(?:; (?:from (\d{4}-\d{2}-\d{2})|date not fixed yet))?$/.exec(
      s.why,
    );
  if (!parts) return s.why;
  const [, base, channel, date] = parts;
  const battery = /^built-in battery \((.+)\)$/.exec(base);
  const who = base.startsWith('every seller, in every market')
    ? WHY.everyone[lang]
    : base.startsWith('every seller in ')
      ? fill(WHY.market, lang, { market: marketName(s.market, lang) })
      : battery
        ? fill(WHY.battery, lang, { what: categoryWhy(battery[1], lang) })
        : categoryWhy(base, lang);
  const sold = channel ? fill(WHY.channel, lang, { channel }) : '';
  const when = date
    ? fill(WHY.from, lang, { date })
    : s.why.endsWith('; date not fixed yet')
      ? WHY.unfixed[lang]
      : '';
  return who + sold + when;
}

function detail(s: PlanStep, lang: AnswerLang): string {
  const why = whyIn(s, lang);
  const when =
    s.phase === 'upcoming' ? why : [why, STATUS_WORDS[s.status]?.[lang] ?? s.status].join(' · ');
  const next =
    s.phase !== 'upcoming' && s.next_change
      ? ` · ${fill(T.next, lang, { date: s.next_change })}`
      : '';
  return `${when}${next} · ${s.market}`;
}

/** The plan as answer blocks: summary, one heading and list per phase, what is not covered, "show all". */
export function planToAnswer(out: CompliancePlanOutput, lang: AnswerLang = out.language): Answer {
  const citations: AnswerCitation[] = [];
  const cite = (s: PlanStep): number => {
    const found = citations.find((c) => c.document_id === s.document_id);
    if (found) return found.n;
    const n = citations.length + 1;
    citations.push({
      n,
      document_id: s.document_id,
      title: s.citation.title,
      url: s.citation.url,
      market: s.market,
      as_of: s.citation.as_of,
      status: s.status,
      ...sourceFields(s.citation),
    });
    return n;
  };
  const summary =
    lang === out.language || !out.markets.length
      ? out.summary
      : planSummary({ ...out, language: lang });
  const blocks: Block[] = [{ type: 'paragraph', text: summary }];
  const actions = actionTranslator(lang);
  for (const phase of out.phases) {
    const steps = out.steps.filter((s) => s.phase === phase);
    if (!steps.length) continue;
    blocks.push({ type: 'heading', level: 3, text: PHASE_LABELS[phase][lang] });
    const items: ListItem[] = steps.map((s) => ({
      text: actions.text(s.document_id, s.action),
      detail: detail(s, lang),
      citations: [cite(s)],
    }));
    blocks.push({ type: 'list', items });
  }
  const english = actions.notice();
  if (english) blocks.push(english);
  if (out.not_covered.length)
    blocks.push({ type: 'notice', tone: 'warning', text: out.not_covered.join(' ') });
  if (out.omitted) {
    const vars = { n: out.omitted, product: out.product, markets: namedMarkets(out, lang) };
    blocks.push({
      type: 'action',
      label: fill(T.showAll, lang, vars),
      message: fill(T.showAllMessage, lang, vars),
      ...(out.categories.length
        ? {
            tool: 'compliance_checklist',
            arguments: {
              markets: out.markets,
              category: out.categories[0],
              ...(out.channel ? { channel: out.channel } : {}),
            },
          }
        : {}),
    });
  }
  blocks.push({ type: 'notice', tone: 'info', text: T.advice[lang] });
  return { blocks, citations };
}

/** The plan's sources in the order its answer numbers them. */
export function planSources(out: CompliancePlanOutput): CitationSource[] {
  return planToAnswer(out).citations.map(({ n: _n, ...source }) => source);
}
