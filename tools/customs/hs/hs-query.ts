// The hybrid query over the HS index: vector similarity and full-text rank over six-digit subheadings, as the
// knowledge search does (same term extraction and search-list handling), plus named codes (glossary hits), with
// their heading and chapter.
import { toSql } from 'pgvector';
import type { Db } from '../../../core/db';
import { QUERY_STOP_LEXEMES, withSearchList } from '../../../knowledge/search/hybrid-query';

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

const HS_SQL = `
WITH q AS (
  SELECT lx, CASE WHEN cardinality(lx) > 0
    THEN array_to_string(ARRAY(SELECT quote_literal(l) FROM unnest(lx) l), ' | ')::tsquery END AS query
  FROM (SELECT coalesce((SELECT array_agg(DISTINCT lexeme) FROM unnest(to_tsvector('english', $1::text))
    WHERE lexeme <> ALL($2::text[])), '{}') AS lx) t
), vec AS (
  SELECT s.code, 1 - s.dist AS sim, row_number() OVER (ORDER BY s.dist) AS rnk FROM (
    SELECT h.code, h.embedding <=> $3::vector AS dist
    FROM hs_codes h WHERE h.level = 6 AND h.embedding_model = $4
    ORDER BY dist LIMIT $5
  ) s
), fts AS (
  SELECT s.code, row_number() OVER (ORDER BY s.score DESC, s.code) AS rnk FROM (
    SELECT h.code, ts_rank_cd(h.tsv, q.query, 32) AS score
    FROM hs_codes h, q
    WHERE h.level = 6 AND q.query IS NOT NULL AND h.tsv @@ q.query
    ORDER BY score DESC, h.code LIMIT $5
  ) s
), ids AS (SELECT code FROM vec UNION SELECT code FROM fts UNION SELECT unnest($6::text[]))
SELECT h.code, h.description, h.heading, hd.description AS heading_description, h.chapter,
  cd.description AS chapter_description, h.section, vec.sim AS similarity, vec.rnk::int AS vector_rank,
  fts.rnk::int AS text_rank,
  ARRAY(SELECT unnest(q.lx) INTERSECT SELECT unnest(tsvector_to_array(h.tsv))) AS matched
FROM ids JOIN hs_codes h ON h.code = ids.code AND h.level = 6
JOIN hs_codes hd ON hd.code = h.heading JOIN hs_codes cd ON cd.code = h.chapter
LEFT JOIN vec ON vec.code = h.code LEFT JOIN fts ON fts.code = h.code CROSS JOIN q`;

export interface HsQuery {
  /** English text for full-text search and the embedding. */
  text: string;
  embedding: number[];
  model: string;
  /** Codes to return whatever their rank (the glossary's). */
  codes: string[];
  /** Candidates kept per ranking. */
  perList?: number;
}

export async function hsQuery(db: Db, input: HsQuery): Promise<HsRow[]> {
  const perList = input.perList ?? 30;
  return withSearchList<HsRow>(db, perList, HS_SQL, [
    input.text,
    HS_STOP_LEXEMES,
    toSql(input.embedding),
    input.model,
    perList,
    input.codes,
  ]);
}
