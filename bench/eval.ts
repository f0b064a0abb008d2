// `npm run eval`: every eval set in one report: retrieval recall@5 and MRR (en and zh, both modes), the router's
// held-out figures (first tool, slots, follow-ups), HS classification held-out top-1/top-3, the grounding check over
// scripted answers, the demand forecast backtest (bench/forecast-eval.ts: held-out generated seeds and the demo
// data), and with an LLM
// configured the answer check (citations and figures). Writes bench/eval.json.
// `--answers N` sets how many questions the answer check asks the model (default 20); `--postgres URL` runs the
// retrieval eval again on a scratch database of that Postgres server and compares the two engines answer for answer.
import fs from 'node:fs';
import path from 'node:path';
import { ensureBundledKnowledge } from '../knowledge/ingest/bundled';
import { hasLlm } from '../core/config';
import { allTools } from '../tools/index';
import {
  formatReport,
  loadQuestions,
  runRetrievalEval,
  top5Differences,
} from '../test/evals/retrieval';
import { openPgDb } from '../server/db/pg-db';
import { withScratchDatabase } from './scratch-postgres';
import { formatBaselines, runRetrievalBaselines } from '../test/evals/retrieval-baselines';
import { evalHeldOut, formatHeldOutReport } from '../test/evals/router-eval';
import { formatHsReport, runHsEval, type HsEvalReport } from '../test/evals/hs-eval';
import { dutyTableCoverage } from '../tools/customs/duty-rates';
import { createTestDeps } from '../test/helpers/test-deps';
import { recordingTools, runAnswerCheck, type AnswerCheckReport, type Sink } from './answer-check';
import { formatForecastBacktest, runForecastBacktest } from './forecast-eval';
import { runGroundingEval } from './grounding-eval';
import { describeMachine, elapsedSince, gitSha, machineInfo, REPO_ROOT } from './measure';

const EVAL_FILE = path.join(REPO_ROOT, 'bench', 'eval.json');
const answersAt = process.argv.indexOf('--answers');
const answerQuestions = answersAt > 0 ? Number(process.argv[answersAt + 1]) : 20;
const postgresAt = process.argv.indexOf('--postgres');
const postgresUrl = postgresAt > 0 ? process.argv[postgresAt + 1] : undefined;

const machine = machineInfo();
const started = performance.now();
// The model and embedder settings of this shell apply (keys stay in the environment, never in the report).
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([k, v]) => v !== undefined && /^(EMBEDDINGS_|OPENAI_|LLM_)/.test(k),
  ),
) as Record<string, string>;
const sink: Sink = { outputs: [] };
const deps = await createTestDeps({ env, tools: recordingTools(allTools, sink) });
let answers: AnswerCheckReport | { skipped: string };
let retrieval;
let baselines;
let hs: HsEvalReport;
try {
  await ensureBundledKnowledge(deps);
  retrieval = await runRetrievalEval(deps);
  baselines = await runRetrievalBaselines(deps);
  // Only the held-out HS set is reported as accuracy: the tuning set shaped the glossary and scoring.
  hs = await runHsEval(deps, 'held-out');
  if (hasLlm(deps.config)) {
    // An even mix of English and Chinese questions from the retrieval set.
    const all = loadQuestions();
    const half = Math.ceil(answerQuestions / 2);
    const pick = [
      ...all.filter((q) => q.lang === 'en').slice(0, half),
      ...all.filter((q) => q.lang === 'zh').slice(0, answerQuestions - half),
    ];
    answers = await runAnswerCheck(
      deps,
      sink,
      pick.map((q) => q.question),
    );
  } else {
    answers = {
      skipped:
        'no LLM configured (set OPENAI_API_KEY and/or OPENAI_BASE_URL to run the answer check)',
    };
  }
} finally {
  await deps.db.close();
}
// The same retrieval eval on a real Postgres server: the engines must agree answer for answer.
const onPostgres = postgresUrl
  ? await withScratchDatabase(postgresUrl, 'tradepilot_eval', async (url) => {
      const pgDeps = await createTestDeps({ env, db: openPgDb(url) });
      try {
        await ensureBundledKnowledge(pgDeps);
        const pgRetrieval = await runRetrievalEval(pgDeps);
        return {
          results: pgRetrieval.results,
          top5_differences: top5Differences(retrieval, pgRetrieval),
        };
      } finally {
        await pgDeps.db.close();
      }
    })
  : null;
// Only the held-out router set is reported: the tuning set is a regression check (npm run eval:router).
const router = evalHeldOut();
const grounding = runGroundingEval();
const forecast = runForecastBacktest();

const report = {
  command: 'npm run eval',
  date: new Date().toISOString(),
  git_sha: gitSha(),
  machine,
  embedder: retrieval.embedder,
  llm: hasLlm(deps.config) ? deps.config.LLM_MODEL : null,
  duration_s: elapsedSince(started),
  retrieval: {
    results: retrieval.results,
    misses: retrieval.misses,
    baselines,
    postgres: onPostgres,
  },
  router_held_out: {
    messages: router.messages,
    first_tool_accuracy: router.firstToolAccuracy,
    slot_accuracy: router.slotAccuracy,
    slots: router.slots,
    followups: router.followups,
    followup_accuracy: router.followupAccuracy,
    by_language: router.byLanguage,
    misses: router.misses,
  },
  hs_held_out: hs,
  duty_table: dutyTableCoverage(),
  grounding,
  forecast,
  answers,
};

const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);
const groundingLines = [
  `Grounding check (${grounding.cases} scripted answers, ${grounding.figures} figures, ${grounding.invented} invented):`,
  `  invented figures caught (recall): ${pct(grounding.invented_recall)} (target 100%)`,
  `  supported figures let through (precision on supported): ${pct(grounding.supported_precision)} (target >= 95%)`,
  `  flagged figures that were invented: ${pct(grounding.flag_precision)}`,
  `  by category: ${Object.entries(grounding.by_category)
    .map(([k, v]) => `${k} ${v.figures - v.wrong}/${v.figures}`)
    .join(', ')}`,
  ...grounding.failures.map((f) => `  - ${JSON.stringify(f)}`),
];
const answerLines =
  'skipped' in answers
    ? [`Answer check: skipped: ${answers.skipped}.`]
    : [
        `Answer check (${report.llm}): ${answers.llm_turns} of ${answers.turns} turns answered by the model;`,
        `  every [n] points to a passage retrieved in the turn: ${pct(answers.citations_ok)} of answers`,
        `  figures supported by a cited passage or the question: ${pct(answers.figures_grounded)} of ${answers.figures}`,
        ...answers.failures.map((f) => `  - ${JSON.stringify(f)}`),
      ];
process.stdout.write(
  [
    `tradepilot eval ${report.date} · ${describeMachine(machine)} · ${report.git_sha}`,
    '',
    formatReport(retrieval),
    onPostgres
      ? `On Postgres: top 5 identical to PGlite for ${Object.keys(retrieval.top5).length - onPostgres.top5_differences.length} of ${Object.keys(retrieval.top5).length} questions${onPostgres.top5_differences.length ? ` (differ: ${onPostgres.top5_differences.join('; ')})` : ''}.`
      : 'On Postgres: not run (pass --postgres URL).',
    '',
    'Baselines on the same questions and store (the best simple alternatives):',
    formatBaselines(baselines),
    '',
    formatHeldOutReport(router),
    '',
    formatHsReport(hs),
    `Duty-rate table (of ${report.duty_table[0].of} sub-headings sellers ship most; one rate + by national line): ${report.duty_table
      .map((c) => `${c.market} ${c.rate + c.lines} (${c.rate} + ${c.lines})`)
      .join(', ')}`,
    '',
    ...groundingLines,
    '',
    formatForecastBacktest(forecast),
    '',
    ...answerLines,
    '',
    `Finished in ${report.duration_s} s.`,
  ].join('\n') + '\n',
);
fs.writeFileSync(EVAL_FILE, JSON.stringify(report, null, 2) + '\n');
process.stderr.write(`wrote ${path.relative(REPO_ROOT, EVAL_FILE)}\n`);
