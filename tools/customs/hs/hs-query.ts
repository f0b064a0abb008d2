// The hybrid query over the HS index: vector similarity and full-text rank over six-digit subheadings, as the
// knowledge search does (same term extraction, stop words and search-list handling; fused by rank in classify.ts),
// plus named codes (glossary hits), with their heading and chapter. Nomenclature lines are short and share generic
// words ("electric", "other"), so the full-text list is ranked by the rarity (idf) of the words a line shares with
// the request, counted fully in the line's own text and less in its heading's or chapter's, and weighted by where
// in the title each word came from (product-query.ts).
import { toSql } from 'pgvector';
import type { Db } from '../../../core/db';
import { QUERY_STOP_LEXEMES, withSearchList } from '../../../knowledge/search/hybrid-query';
import type { QueryTerm } from './product-query';

export interface HsRow {
  code: string;
  description: string;
  heading: string;
  heading_description: string;
  chapter: string;
  chapter_description: string;
  section: string;
  similarity: number | null;
  vector_rank: number | null;
  text_rank: number | null;
  /** The line's full-text score (weighted rarity of the words it shares), null when it shares none. */
  text_score: number | null;
  /** The searched words (stemmed) the line's text contains. */
  matched: string[];
}

/** Words of a classification request that say nothing about the product. */
const HS_STOP_LEXEMES = [
  ...QUERY_STOP_LEXEMES,
  'hs',
  'code',
  'classifi',
  'tariff',
  'custom',
  'new',
];

/** Each search term's words (stemmed, stop words out), as the index stores them. */
const TERMS_SQL = `SELECT t.i::int AS i, coalesce(array_agg(DISTINCT l.lexeme) FILTER (WHERE l.lexeme <> ALL($2::text[])),
  '{}') AS lx
  FROM unnest($1::text[]) WITH ORDINALITY AS t(text, i)
  LEFT JOIN LATERAL unnest(to_tsvector('english', t.text)) AS l ON true GROUP BY t.i`;

const HS_SQL = `
WITH df AS MATERIALIZED (
  SELECT d.lexeme, d.idf, quote_literal(d.lexeme)::tsquery AS q_any,
    (quote_literal(d.lexeme) || ':A')::tsquery AS q_own, (quote_literal(d.lexeme) || ':B')::tsquery AS q_head
  FROM unnest($5::text[], $6::float8[]) AS d(lexeme, idf)
), q AS MATERIALIZED (
  SELECT CASE WHEN cardinality($5::text[]) > 0
    THEN array_to_string(ARRAY(SELECT quote_literal(l) FROM unnest($5::text[]) l), ' | ')::tsquery END AS query
), vec AS (
  SELECT s.code, 1 - s.dist AS sim, row_number() OVER (ORDER BY s.dist) AS rnk FROM (
    SELECT h.code, h.embedding <=> $1::vector AS dist
    FROM hs_codes h WHERE h.level = 6 AND h.embedding_model = $2
    ORDER BY dist LIMIT $3
  ) s
), hits AS MATERIALIZED (
  SELECT h.code, h.tsv FROM hs_codes h, q WHERE q.query IS NOT NULL AND h.tsv @@ q.query AND h.level = 6
), fts AS (
  SELECT s.code, s.score, row_number() OVER (ORDER BY s.score DESC, s.code) AS rnk FROM (
    SELECT hits.code, sum(df.idf * CASE WHEN hits.tsv @@ df.q_own THEN 1 WHEN hits.tsv @@ df.q_head THEN 0.5
        WHEN hits.tsv @@ df.q_any THEN 0.2 ELSE 0 END) / (1 + $7::float8 * max(length(ts_filter(hits.tsv, '{a}')))) AS score
    FROM hits CROSS JOIN df GROUP BY hits.code ORDER BY score DESC, hits.code LIMIT $3
  ) s
), ids AS (SELECT code FROM vec UNION SELECT code FROM fts UNION SELECT unnest($4::text[]))
SELECT h.code, h.description, h.heading, hd.description AS heading_description, h.chapter,
  cd.description AS chapter_description, h.section, vec.sim AS similarity, vec.rnk::int AS vector_rank,
  fts.rnk::int AS text_rank, fts.score AS text_score,
  ARRAY(SELECT unnest($5::text[]) INTERSECT SELECT unnest(tsvector_to_array(h.tsv))) AS matched
FROM ids JOIN hs_codes h ON h.code = ids.code AND h.level = 6
JOIN hs_codes hd ON hd.code = h.heading JOIN hs_codes cd ON cd.code = h.chapter
LEFT JOIN vec ON vec.code = h.code LEFT JOIN fts ON fts.code = h.code`;

/** Share of the six-digit lines above which a word is too common to search by. */
const COMMON_WORD_SHARE = 0.08;

/** Per word of a line's own text: of two lines sharing the same searched words, the one saying less beyond them
 *  fits better (the residual "essential oils n.e.c." over "essential oils of orange" for lavender oil). */
const OWN_LENGTH_PENALTY = 0.03;

/** How many six-digit lines hold each word: read once per database from the index (ts_stat). */
const documentFrequency = new WeakMap<
  object,
  Promise<{ lines: number; df: Map<string, number> }>
>();

function frequencies(db: Db) {
  let pending = documentFrequency.get(db);
  if (!pending) {
    pending = (async () => {
      const { rows } = await db.query<{ word: string; ndoc: number }>(
        `SELECT word, ndoc FROM ts_stat('SELECT tsv FROM hs_codes WHERE level = 6')`,
      );
      const { rows: count } = await db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM hs_codes WHERE level = 6',
      );
      return { lines: count[0]?.n ?? 0, df: new Map(rows.map((r) => [r.word, Number(r.ndoc)])) };
    })();
    pending.catch(() => documentFrequency.delete(db));
    documentFrequency.set(db, pending);
  }
  return pending;
}

/** Forgets the word counts of a database whose index was just rebuilt. */
export function forgetFrequencies(db: Db): void {
  documentFrequency.delete(db);
}

/** A stemmed search word, how much it counts and the seller's words it comes from. */
export interface SearchWord {
  lexeme: string;
  weight: number;
  from: string[];
}

/** The words of the terms as the index stores them, each with its highest weight; words no line holds dropped. */
export async function searchWords(db: Db, terms: QueryTerm[]): Promise<SearchWord[]> {
  if (!terms.length) return [];
  const { rows } = await db.query<{ i: number; lx: string[] }>(TERMS_SQL, [
    terms.map((t) => t.text),
    HS_STOP_LEXEMES,
  ]);
  const { lines, df } = await frequencies(db);
  const words = new Map<string, SearchWord>();
  for (const { i, lx } of rows) {
    const term = terms[i - 1];
    for (const lexeme of lx) {
      if (!df.has(lexeme)) continue;
      const word = words.get(lexeme) ?? { lexeme, weight: 0, from: [] };
      word.weight = Math.max(word.weight, term.weight);
      if (!word.from.includes(term.from)) word.from.push(term.from);
      words.set(lexeme, word);
    }
  }
  // Words most lines hold ("other", "articles") add little but many lines to rank: left out unless all there is.
  const all = [...words.values()];
  const telling = all.filter((w) => (df.get(w.lexeme) ?? 0) <= COMMON_WORD_SHARE * lines);
  return telling.length ? telling : all;
}

export interface HsQuery {
  /** The stemmed, weighted words searched in full text. */
  words: SearchWord[];
  embedding: number[];
  model: string;
  /** Codes to return whatever their rank (the glossary's). */
  codes: string[];
  /** Candidates kept per ranking. */
  perList?: number;
}

export async function hsQuery(db: Db, input: HsQuery): Promise<HsRow[]> {
  const perList = input.perList ?? 30;
  const { lines, df } = await frequencies(db);
  // The rarer a word and the more its place in the title weighs, the more a line sharing it counts.
  const known = input.words.map((w) => w.lexeme);
  const idf = input.words.map(
    (w) => (Math.log(lines / (df.get(w.lexeme) ?? lines)) + 0.1) * w.weight,
  );
  return withSearchList<HsRow>(db, perList, HS_SQL, [
    toSql(input.embedding),
    input.model,
    perList,
    input.codes,
    known,
    idf,
    OWN_LENGTH_PENALTY,
  ]);
}
