// The raw hybrid retrieval query: pgvector cosine similarity (over-fetched from the HNSW index, then filtered)
// and Postgres full-text search over a bounded candidate set, each ranked, in one statement; fusion and thresholds
// happen in search-knowledge.ts.
import { toSql } from 'pgvector';
import type { Db } from '../../core/db';
import type { DocumentMetadata } from '../store/documents';

export interface HybridFilters {
  markets?: string[] | null;
  topics?: string[] | null;
  /** Chunk categories to accept (include 'all' to keep general rules). */
  categories?: string[] | null;
  status?: string[] | null;
}

export interface HybridQuery extends HybridFilters {
  /** English text for full-text search. */
  text: string;
  /** Extra search terms (a broad question's obligation vocabulary); matched but not counted in coverage. */
  expansion?: string;
  embedding: number[];
  model: string;
  /** Candidates kept per ranking (vector and full text). */
  perList?: number;
  /** How many nearest neighbours to take from the HNSW index before filtering. */
  overFetch?: number;
  /** Full-text matches ranked at most (the bounded candidate set; see HYBRID_SQL). */
  textCandidates?: number;
}

export interface HybridRow extends DocumentMetadata {
  chunk_id: number;
  document_id: string;
  heading_path: string;
  text: string;
  similarity: number | null;
  vector_rank: number | null;
  text_score: number | null;
  text_rank: number | null;
  /** Share of the question's search terms that occur in the chunk (0..1). */
  coverage: number;
  /** How many of the expansion's extra search terms occur in the chunk. */
  expansion_hits: number;
}

/** Question words that say nothing about the subject; left out of full-text matching. */
export const QUERY_STOP_LEXEMES = [
  'sell',
  'seller',
  'need',
  'requir',
  'rule',
  'know',
  'must',
  'get',
  'use',
  'appli',
  'product',
  'countri',
  'market',
  'law',
  'doe',
  'current',
  'want',
  'allow',
  'happen',
  'mean',
  'tell',
];

const FILTERS = (alias: string) => `
  ($5::text[] IS NULL OR ${alias}.market = ANY($5::text[]))
  AND ($6::text[] IS NULL OR ${alias}.topic = ANY($6::text[]))
  AND ($7::text[] IS NULL OR ${alias}.categories && $7::text[])
  AND ($8::text[] IS NULL OR ${alias}.status = ANY($8::text[]))`;

export const HYBRID_SQL = `
WITH terms AS (
  SELECT
    coalesce((SELECT array_agg(DISTINCT lexeme) FROM unnest(to_tsvector('english', $1::text))
      WHERE lexeme <> ALL($2::text[])), '{}') AS lx,
    coalesce((SELECT array_agg(DISTINCT lexeme) FROM unnest(to_tsvector('english', $11::text))
      WHERE lexeme <> ALL($2::text[])), '{}') AS ex
), q AS (
  SELECT lx, ex, CASE WHEN cardinality(lx || ex) > 0
    THEN array_to_string(ARRAY(SELECT DISTINCT quote_literal(l) FROM unnest(lx || ex) l), ' | ')::tsquery
    END AS query,
    -- "Strong" matches hold a question term and a second term (question or expansion): every such pair, OR-ed.
    array_to_string(ARRAY(SELECT DISTINCT quote_literal(a) || ' & ' || quote_literal(b)
      FROM unnest(lx) a, unnest(lx || ex) b WHERE a < b OR (a <> b AND b <> ALL(lx))), ' | ')::tsquery AS strong
  FROM terms
), vec AS (
  SELECT s.id, 1 - s.dist AS sim, row_number() OVER (ORDER BY s.dist) AS rnk FROM (
    SELECT c.id, c.market, c.topic, c.categories, c.status, c.embedding <=> $3::vector AS dist
    FROM chunks c WHERE c.embedding_model = $4
    ORDER BY dist LIMIT $10
  ) s
  WHERE ${FILTERS('s')}
  ORDER BY s.dist LIMIT $9
), strong AS (
  SELECT c.id, c.tsv FROM chunks c, q
  WHERE q.strong IS NOT NULL AND c.tsv @@ q.strong AND ${FILTERS('c')}
  LIMIT $12
), weak AS (
  -- Single-term matches only fill what the strong matches leave of the candidate budget.
  SELECT c.id, c.tsv FROM chunks c, q
  WHERE q.query IS NOT NULL AND c.tsv @@ q.query AND NOT (q.strong IS NOT NULL AND c.tsv @@ q.strong)
    AND ${FILTERS('c')}
  LIMIT greatest(0, $12 - (SELECT count(*) FROM strong))
), fts AS (
  SELECT cand.id, ts_rank_cd(cand.tsv, q.query, 32) AS score,
    row_number() OVER (ORDER BY ts_rank_cd(cand.tsv, q.query, 32) DESC, cand.id) AS rnk
  FROM (SELECT * FROM strong UNION ALL SELECT * FROM weak) cand, q
  ORDER BY score DESC, cand.id LIMIT $9
), ids AS (SELECT id FROM vec UNION SELECT id FROM fts)
SELECT c.id::int AS chunk_id, c.document_id, c.heading_path, c.text, d.title, d.market, d.topic, d.categories,
  d.status, d.status_note, d.effective, d.as_of, d.confidence, d.source_title, d.source_url, d.source_kind,
  d.secondary_source_title, d.secondary_source_url, d.source_note, d.updated_on,
  vec.sim AS similarity, vec.rnk::int AS vector_rank, fts.score AS text_score, fts.rnk::int AS text_rank,
  CASE WHEN cardinality(q.lx) = 0 THEN 0 ELSE
    cardinality(ARRAY(SELECT unnest(q.lx) INTERSECT SELECT unnest(tsvector_to_array(c.tsv))))::float8
      / cardinality(q.lx) END AS coverage,
  cardinality(ARRAY((SELECT unnest(q.ex) INTERSECT SELECT unnest(tsvector_to_array(c.tsv)))
    EXCEPT SELECT unnest(q.lx)))::int AS expansion_hits
FROM ids JOIN chunks c ON c.id = ids.id JOIN documents d ON d.id = c.document_id
LEFT JOIN vec ON vec.id = ids.id LEFT JOIN fts ON fts.id = ids.id CROSS JOIN q`;

/**
 * Full-text candidates ranked per query. Ranking every OR-match made the query grow with the store (about 1,200
 * matches at 20,000 chunks); chunks holding two of the question's terms come first, single-term matches fill up.
 */
export const TEXT_CANDIDATES = 300;

const orNull = (v?: string[] | null) => (v && v.length ? v : null);

/** The query's parameters, in HYBRID_SQL order (exported so benchmarks can EXPLAIN ANALYZE the same statement). */
export function hybridParams(input: HybridQuery): unknown[] {
  return [
    input.text,
    QUERY_STOP_LEXEMES,
    toSql(input.embedding),
    input.model,
    orNull(input.markets),
    orNull(input.topics),
    orNull(input.categories),
    orNull(input.status),
    input.perList ?? 40,
    input.overFetch ?? 200,
    input.expansion ?? '',
    input.textCandidates ?? TEXT_CANDIDATES,
  ];
}

/** Runs a hybrid statement with the HNSW search list widened so over-fetching returns enough neighbours. */
export async function withSearchList<R>(
  db: Db,
  overFetch: number,
  sql: string,
  params: unknown[],
): Promise<R[]> {
  return db.transaction(async (tx) => {
    await tx.query(`SELECT set_config('hnsw.ef_search', $1, true)`, [
      String(Math.min(1000, overFetch)),
    ]);
    const { rows } = await tx.query<R>(sql, params);
    return rows;
  });
}

/** Runs the hybrid query over knowledge chunks. */
export async function hybridQuery(db: Db, input: HybridQuery): Promise<HybridRow[]> {
  return withSearchList<HybridRow>(db, input.overFetch ?? 200, HYBRID_SQL, hybridParams(input));
}
