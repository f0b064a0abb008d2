// Hybrid knowledge search: resolves markets (with EU inheritance) and categories, translates Chinese questions,
// runs the hybrid query, fuses the rankings (RRF), keeps the best passage per document, and drops what is not
// relevant enough to show.
import type { Deps } from '../../core/deps';
import type { ModelCallContext } from '../../core/llm';
import { InvalidInputError } from '../../core/errors';
import { findCategories, getCategory, normalizeCategory } from '../../core/domain/categories';
import { findMarkets, normalizeMarket, withEuInheritance } from '../../core/domain/markets';
import { GLOBAL_MARKET } from '../ingest/metadata';
import { hybridQuery, type HybridRow } from './hybrid-query';
import type { Provenance } from '../store/documents';
import { fusedScore } from './rank-fusion';
import { toEnglishQuery } from './translate';

export interface SearchKnowledgeInput {
  query: string;
  markets?: string[];
  topics?: string[];
  /** Product categories (ids or aliases); documents for other categories are left out. */
  categories?: string[];
  status?: string[];
  limit?: number;
  /** Spread the results over topics (a broad "what do I need to..." question). Detected when omitted. */
  diversify?: boolean;
}

export interface Passage {
  documentId: string;
  title: string;
  market: string;
  topic: string;
  categories: string[];
  status: string;
  statusNote: string | null;
  effective: string | null;
  asOf: string | null;
  confidence: string | null;
  sourceTitle: string | null;
  sourceUrl: string | null;
  /** Whether the source is official, its second link, why it is secondary, and when ingestion last changed it. */
  provenance: Provenance;
  headingPath: string;
  text: string;
  /** Fused relevance, 0..1 (1 = first in both the vector and the full-text ranking). */
  score: number;
  similarity: number | null;
  coverage: number;
}

export interface SearchKnowledgeResult {
  passages: Passage[];
  /** Markets searched: the given or detected ones plus EU for member states; empty = all markets. */
  markets: string[];
  categories: string[];
  /** The English text that was searched. */
  searchedText: string;
  notes: string[];
}

/** A passage is shown only if it is this similar to the question, or shares this much of its search terms. */
export const MIN_COVERAGE = 0.34;
/** For a broad question: a passage naming this many core obligation terms is relevant. */
const MIN_EXPANSION_HITS = 2;
/** What a seller asking "what do I need to sell X in Y" needs to hear about, in the index's words. */
export const OBLIGATION_TERMS =
  'product safety GPSR responsible person CE marking declaration of conformity certification WEEE packaging EPR registration labelling';
/** Passages for another product category (not "all") count for less when the category was only inferred. */
const OFF_CATEGORY_FACTOR = 0.6;
/** Inherited EU rules rank slightly below the named member state's own rules (the seller named the country). */
const INHERITED_FACTOR = 0.9;

const BROAD_QUESTION =
  /\b(what (do|does|must|should) (i|we|a seller|sellers) (need|have to|do)|what (are|is) the (rules|requirements|obligations)|requirements? (for|to)|checklist|how (do|can) (i|we) (start )?sell(ing)?)\b|需要什么|需要什麼|要求|要注意|注意什么|注意什麼|怎么卖|怎麼賣|合规|合規/i;

export function isBroadQuestion(question: string): boolean {
  return BROAD_QUESTION.test(question);
}

function resolveMarkets(given: string[] | undefined, question: string): string[] {
  if (given?.length) {
    const codes = given.map((value, i) => {
      const code =
        value.trim().toUpperCase() === GLOBAL_MARKET ? GLOBAL_MARKET : normalizeMarket(value);
      if (!code)
        throw new InvalidInputError(
          `Unknown market "${value}"; use an ISO code such as DE or a name.`,
          [{ path: `markets.${i}`, message: `unknown market "${value}"` }],
        );
      return code;
    });
    return withEuInheritance(codes);
  }
  return withEuInheritance(findMarkets(question));
}

/** True when EU rules come in only through a named member state (EU itself was not named). */
function euInherited(given: string[] | undefined, question: string): boolean {
  const named = given?.length
    ? given.map((v) => normalizeMarket(v)).filter((c): c is string => Boolean(c))
    : findMarkets(question);
  return !named.includes('EU') && withEuInheritance(named).includes('EU');
}

function resolveCategories(given: string[] | undefined): string[] {
  return (given ?? []).map((value, i) => {
    const id = normalizeCategory(value);
    if (!id)
      throw new InvalidInputError(`Unknown product category "${value}".`, [
        {
          path: `category${given && given.length > 1 ? `.${i}` : ''}`,
          message: `unknown category "${value}"`,
        },
      ]);
    return id;
  });
}

const tagsOf = (categoryIds: string[]) => [
  ...new Set(categoryIds.flatMap((id) => [id, ...(getCategory(id)?.knowledgeTags ?? [])])),
];

function toPassage(row: HybridRow, score: number): Passage {
  return {
    documentId: row.document_id,
    title: row.title,
    market: row.market,
    topic: row.topic,
    categories: row.categories,
    status: row.status,
    statusNote: row.status_note,
    effective: row.effective,
    asOf: row.as_of,
    confidence: row.confidence,
    sourceTitle: row.source_title,
    sourceUrl: row.source_url,
    provenance: {
      source_kind: row.source_kind,
      secondary_source_title: row.secondary_source_title,
      secondary_source_url: row.secondary_source_url,
      source_note: row.source_note,
      updated_on: row.updated_on,
    },
    headingPath: row.heading_path,
    text: row.text,
    score: Math.round(score * 1000) / 1000,
    similarity: row.similarity === null ? null : Math.round(row.similarity * 1000) / 1000,
    coverage: Math.round(row.coverage * 1000) / 1000,
  };
}

/** Orders passages so that each topic's best comes first, then the rest by score. */
function spreadOverTopics(passages: Passage[]): Passage[] {
  const seen = new Set<string>();
  const firsts: Passage[] = [];
  const rest: Passage[] = [];
  for (const p of passages) {
    if (seen.has(p.topic)) rest.push(p);
    else {
      seen.add(p.topic);
      firsts.push(p);
    }
  }
  return [...firsts, ...rest];
}

interface Ranking {
  broad: boolean;
  inferredTags: string[];
  explicitCategories: string[];
  minSimilarity: number;
  limit: number;
  /** EU rules were added because a member state was named (EU itself was not). */
  euInherited: boolean;
}

/** Keeps relevant rows, fuses their ranks (RRF, scaled to 0..1), one passage per document, best first. */
function rankPassages(rows: HybridRow[], r: Ranking): Passage[] {
  const best = new Map<string, Passage>();
  for (const row of rows) {
    const relevant =
      (row.similarity ?? 0) >= r.minSimilarity ||
      row.coverage >= MIN_COVERAGE ||
      (r.broad && row.expansion_hits >= MIN_EXPANSION_HITS);
    if (!relevant) continue;
    let score = fusedScore([row.vector_rank, row.text_rank]);
    const offCategory =
      r.inferredTags.length &&
      !r.explicitCategories.length &&
      !row.categories.includes('all') &&
      !row.categories.some((c) => r.inferredTags.includes(c));
    if (offCategory) score *= OFF_CATEGORY_FACTOR;
    if (r.euInherited && row.market === 'EU') score *= INHERITED_FACTOR;
    const current = best.get(row.document_id);
    if (!current || current.score < score) best.set(row.document_id, toPassage(row, score));
  }
  const passages = [...best.values()].sort((a, b) => b.score - a.score);
  return (r.broad ? spreadOverTopics(passages) : passages).slice(0, r.limit);
}

export async function searchKnowledge(
  deps: Deps,
  input: SearchKnowledgeInput,
  /** The caller's abort signal and token counter, for the query translation. */
  call?: ModelCallContext,
): Promise<SearchKnowledgeResult> {
  const marketsGiven = Boolean(input.markets?.length);
  let markets = resolveMarkets(input.markets, input.query);
  const explicitCategories = resolveCategories(input.categories);
  const english = await toEnglishQuery(deps, input.query, call);
  const broad = input.diversify ?? isBroadQuestion(input.query);
  const expansion = broad ? OBLIGATION_TERMS : '';
  const [embedding] = await deps.embedder.embed([`${english.text} ${expansion}`.trim()]);
  const ranking: Ranking = {
    broad,
    inferredTags: tagsOf(findCategories(input.query)),
    explicitCategories,
    minSimilarity: deps.embedder.minRelevantSimilarity,
    limit: Math.max(1, Math.min(input.limit ?? 5, 50)),
    euInherited: euInherited(input.markets, input.query),
  };
  const search = async (marketFilter: string[]) =>
    rankPassages(
      await hybridQuery(deps.db, {
        text: english.text,
        expansion,
        embedding,
        model: deps.embedder.model,
        markets: marketFilter.length ? [...marketFilter, GLOBAL_MARKET] : null,
        topics: input.topics,
        categories: explicitCategories.length ? ['all', ...tagsOf(explicitCategories)] : null,
        status: input.status,
      }),
      ranking,
    );

  const notes: string[] = [];
  if (english.glossary.length || english.translation)
    notes.push(`Searched the English knowledge base for: ${english.text}`);
  let passages = await search(markets);
  // Markets read from the question can be wrong ("FCC ID" is not Indonesia): then search everywhere.
  if (!passages.length && !marketsGiven && markets.length) {
    passages = await search([]);
    if (passages.length) {
      notes.push(
        `Nothing matched for ${markets.join(', ')} (read from the question), so results from all markets are shown.`,
      );
      markets = [];
    }
  }
  if (!passages.length)
    notes.push(
      markets.length
        ? `Nothing in the knowledge base is relevant enough for this question in ${markets.join(', ')}.`
        : 'Nothing in the knowledge base is relevant enough for this question.',
    );
  return {
    passages,
    markets,
    categories: explicitCategories.length ? explicitCategories : findCategories(input.query),
    searchedText: english.text,
    notes,
  };
}
