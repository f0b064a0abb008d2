// Retrieval baselines measured on the same question set and store as the hybrid tool: the local embedder alone
// (pgvector cosine, top chunks) and Postgres full-text alone (ts_rank_cd), question-only mode, both fed the same
// English query (glossary-expanded for Chinese). Shows what each half contributes to compliance_lookup.
import { toSql } from 'pgvector';
import type { AppDeps } from '../../server/deps';
import { QUERY_STOP_LEXEMES } from '../../knowledge/search/hybrid-query';
import { toEnglishQuery } from '../../knowledge/search/translate';
import { figures, loadQuestions, type EvalQuestion, type Figures } from './retrieval';

export type Baseline = 'vector only' | 'full text only';

export type BaselineReport = Record<Baseline, Record<'en' | 'zh' | 'all', Figures>>;

const VECTOR_SQL = `
  SELECT document_id FROM chunks WHERE embedding_model = $2
  ORDER BY embedding <=> $1::vector LIMIT 25`;

const FULL_TEXT_SQL = `
  WITH q AS (
    SELECT array_to_string(ARRAY(SELECT DISTINCT quote_literal(lexeme)
      FROM unnest(to_tsvector('english', $1::text)) WHERE lexeme <> ALL($2::text[])), ' | ') AS s
  )
  SELECT document_id FROM chunks, q
  WHERE q.s <> '' AND tsv @@ q.s::tsquery
  ORDER BY ts_rank_cd(tsv, q.s::tsquery, 32) DESC LIMIT 25`;

/** The first five distinct documents of a chunk ranking. */
function topDocuments(rows: Array<{ document_id: string }>): string[] {
  return [...new Set(rows.map((r) => r.document_id))].slice(0, 5);
}

function rankOf(question: EvalQuestion, documents: string[]): number | null {
  const index = documents.findIndex((d) => question.expected.includes(d));
  return index < 0 ? null : index + 1;
}

export async function runRetrievalBaselines(
  deps: AppDeps,
  questions: EvalQuestion[] = loadQuestions(),
): Promise<BaselineReport> {
  const ranks: Record<Baseline, Record<'en' | 'zh', Array<number | null>>> = {
    'vector only': { en: [], zh: [] },
    'full text only': { en: [], zh: [] },
  };
  for (const q of questions) {
    const english = await toEnglishQuery(deps, q.question);
    const [embedding] = await deps.embedder.embed([english.text]);
    const vector = await deps.db.query<{ document_id: string }>(VECTOR_SQL, [
      toSql(embedding),
      deps.embedder.model,
    ]);
    const text = await deps.db.query<{ document_id: string }>(FULL_TEXT_SQL, [
      english.text,
      QUERY_STOP_LEXEMES,
    ]);
    ranks['vector only'][q.lang].push(rankOf(q, topDocuments(vector.rows)));
    ranks['full text only'][q.lang].push(rankOf(q, topDocuments(text.rows)));
  }
  const report = {} as BaselineReport;
  for (const baseline of Object.keys(ranks) as Baseline[]) {
    const { en, zh } = ranks[baseline];
    report[baseline] = { en: figures(en), zh: figures(zh), all: figures([...en, ...zh]) };
  }
  return report;
}

export function formatBaselines(report: BaselineReport): string {
  const lines = ['| baseline (question only) | lang | recall@5 | MRR |', '|---|---|---|---|'];
  for (const [baseline, byLang] of Object.entries(report))
    for (const lang of ['en', 'zh', 'all'] as const)
      lines.push(
        `| ${baseline} | ${lang} | ${byLang[lang].recallAt5.toFixed(3)} | ${byLang[lang].mrr.toFixed(3)} |`,
      );
  return lines.join('\n');
}
