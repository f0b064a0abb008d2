// Retrieval eval: runs every question in retrieval-questions.json through compliance_lookup, in two modes
// (markets given, question only), and reports recall@5 and MRR for English and Chinese separately.
// Run: `npm run eval:retrieval` (fresh in-memory PGlite with the bundled knowledge and the configured embedder).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AppDeps } from '../../server/deps';
import { invokeTool } from '../../tools/invoke';
import {
  COMPLIANCE_LOOKUP,
  type ComplianceLookupOutput,
} from '../../tools/compliance/compliance-lookup';

export interface EvalQuestion {
  id: string;
  lang: 'en' | 'zh';
  question: string;
  markets?: string[];
  /** Any of these documents in the top 5 answers the question. */
  expected: string[];
  /** When given, the answering passage must also contain this figure. */
  figure?: string;
}

export type EvalMode = 'markets given' | 'question only';

export interface Figures {
  questions: number;
  recallAt5: number;
  mrr: number;
}

export interface EvalMiss {
  id: string;
  mode: EvalMode;
  question: string;
  expected: string[];
  got: string[];
}

export interface RetrievalEvalReport {
  embedder: string;
  results: Record<EvalMode, Record<'en' | 'zh' | 'all', Figures>>;
  misses: EvalMiss[];
  /** The top 5 document ids per "mode: question id", to compare two engines answer for answer. */
  top5: Record<string, string[]>;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const QUESTIONS_FILE = path.join(HERE, 'retrieval-questions.json');

export function loadQuestions(file = QUESTIONS_FILE): EvalQuestion[] {
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { questions: EvalQuestion[] }).questions;
}

/** 1-based rank of the first result that answers the question, or null. */
export function answerRank(question: EvalQuestion, output: ComplianceLookupOutput): number | null {
  const index = output.results
    .slice(0, 5)
    .findIndex(
      (r) =>
        question.expected.includes(r.document_id) &&
        (!question.figure || r.text.includes(question.figure)),
    );
  return index < 0 ? null : index + 1;
}

/** recall@5 and MRR from 1-based ranks (null = not in the top 5). */
export function figures(ranks: Array<number | null>): Figures {
  const n = ranks.length;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    questions: n,
    recallAt5: n ? round(ranks.filter((r) => r !== null).length / n) : 0,
    mrr: n ? round(ranks.reduce<number>((s, r) => s + (r ? 1 / r : 0), 0) / n) : 0,
  };
}

/** Runs the eval against deps whose store already holds the bundled knowledge. */
export async function runRetrievalEval(
  deps: AppDeps,
  questions: EvalQuestion[] = loadQuestions(),
): Promise<RetrievalEvalReport> {
  const modes: EvalMode[] = ['markets given', 'question only'];
  const results = {} as RetrievalEvalReport['results'];
  const misses: EvalMiss[] = [];
  const top5: Record<string, string[]> = {};
  for (const mode of modes) {
    const ranks: Record<'en' | 'zh', Array<number | null>> = { en: [], zh: [] };
    for (const q of questions) {
      const input =
        mode === 'markets given'
          ? { question: q.question, markets: q.markets }
          : { question: q.question };
      const result = await invokeTool(deps.registry, deps, COMPLIANCE_LOOKUP, input, {
        surface: 'bench',
      });
      if (!result.ok) throw new Error(`${q.id}: ${result.error.message}`);
      const output = result.output as ComplianceLookupOutput;
      const rank = answerRank(q, output);
      ranks[q.lang].push(rank);
      top5[`${mode}: ${q.id}`] = output.results.slice(0, 5).map((r) => r.document_id);
      if (rank === null)
        misses.push({
          id: q.id,
          mode,
          question: q.question,
          expected: q.expected,
          got: output.results.map((r) => r.document_id),
        });
    }
    results[mode] = {
      en: figures(ranks.en),
      zh: figures(ranks.zh),
      all: figures([...ranks.en, ...ranks.zh]),
    };
  }
  return { embedder: deps.embedder.model, results, misses, top5 };
}

/** The questions whose top 5 differ between two runs (e.g. PGlite and Postgres), as "mode: id" keys. */
export function top5Differences(a: RetrievalEvalReport, b: RetrievalEvalReport): string[] {
  const keys = new Set([...Object.keys(a.top5), ...Object.keys(b.top5)]);
  return [...keys].filter((k) => (a.top5[k] ?? []).join() !== (b.top5[k] ?? []).join());
}

export function formatReport(report: RetrievalEvalReport): string {
  const lines = [`Retrieval eval (compliance_lookup, top 5, embeddings: ${report.embedder})`, ''];
  lines.push('| mode | lang | questions | recall@5 | MRR |', '|---|---|---|---|---|');
  for (const [mode, byLang] of Object.entries(report.results))
    for (const lang of ['en', 'zh', 'all'] as const) {
      const f = byLang[lang];
      lines.push(
        `| ${mode} | ${lang} | ${f.questions} | ${f.recallAt5.toFixed(3)} | ${f.mrr.toFixed(3)} |`,
      );
    }
  if (report.misses.length) {
    lines.push('', 'Misses:');
    for (const m of report.misses)
      lines.push(
        `- [${m.mode}] ${m.id} ${m.question} expected ${m.expected.join('|')} got ${m.got.join(', ') || '(nothing)'}`,
      );
  }
  return lines.join('\n');
}

async function main() {
  const { createTestDeps } = await import('../helpers/test-deps');
  const { ensureBundledKnowledge } = await import('../../knowledge/ingest/bundled');
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k, v]) => v !== undefined && /^(EMBEDDINGS_|OPENAI_|LLM_)/.test(k),
    ),
  ) as Record<string, string>;
  const deps = await createTestDeps({ env });
  try {
    await ensureBundledKnowledge(deps);
    const report = await runRetrievalEval(deps);
    process.stdout.write(formatReport(report) + '\n');
  } finally {
    await deps.db.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((err) => {
    process.stderr.write(`${(err as Error).stack ?? err}\n`);
    process.exitCode = 1;
  });
}
