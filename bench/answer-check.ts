// The LLM answer check of `npm run eval`: runs chat turns through the real agent and checks that every numbered
// citation in an answer points to a passage retrieved in that turn, and every figure is supported by a cited
// passage or the question (figures matched as normalised tokens by the same code as the live grounding check).
import type { AppDeps } from '../server/deps';
import type { Citation } from '../server/agent/events';
import { citedNumbers } from '../server/agent/citations';
import { extractFigures } from '../server/agent/grounding/figures';
import { SupportIndex } from '../server/agent/grounding/support';
import { detectLanguage } from '../server/agent/language';
import { runChatTurn } from '../server/agent/run-turn';
import { label } from '../core/answer-format';
import type { AnyTool } from '../tools/define-tool';

/** A source a tool returned in the turn, with the result items that carry it (to look figures up in). */
export type RetrievedSources = Map<string, unknown[]>;

export interface AnswerCheck {
  question: string;
  /** [n] markers with no source, or whose source was not retrieved in the turn. */
  bad_citations: string[];
  figures: number;
  /** Figures in the answer (as written) supported by no cited passage and not by the question. */
  ungrounded: string[];
}

const sourceKey = (title: string, url: string) => `${url}\u0000${title}`;

/** Records the sources a tool output declares (its `citations`), each with the whole output to look figures up in. */
export function collectSources(tool: AnyTool, output: unknown, into: RetrievedSources = new Map()) {
  for (const source of tool.citations?.(output) ?? []) {
    const k = sourceKey(source.title, source.url ?? '');
    into.set(k, [...(into.get(k) ?? []), output]);
  }
  return into;
}

/** The model's words: the answer without the sources list and the notices the application adds. */
export function modelText(answer: string, lang: ReturnType<typeof detectLanguage>): string {
  const heading = `**${label('sources', lang)}**`;
  const at = answer.lastIndexOf(heading);
  return (at >= 0 ? answer.slice(0, at) : answer)
    .split('\n')
    .filter((line) => !/^_.*_$/.test(line.trim()))
    .join('\n');
}

export function checkAnswer(input: {
  question: string;
  answer: string;
  citations: Citation[];
  retrieved: RetrievedSources;
}): AnswerCheck {
  const byNumber = new Map(input.citations.map((c) => [c.n, c]));
  const bad: string[] = [];
  const cited = new SupportIndex().addText(input.question);
  for (const n of citedNumbers(input.answer)) {
    const c = byNumber.get(n);
    const retrieved = c && input.retrieved.get(sourceKey(c.title, c.url));
    if (!retrieved) bad.push(`[${n}]`);
    else cited.addData(retrieved);
  }
  const figures = extractFigures(input.answer);
  return {
    question: input.question,
    bad_citations: bad,
    figures: figures.length,
    ungrounded: figures.filter((f) => !cited.supports(f)).map((f) => f.text),
  };
}

/** Tools that record every output they return into `sink` (the turn's retrieved sources). */
export function recordingTools(tools: AnyTool[], sink: Sink): AnyTool[] {
  return tools.map((tool) => ({
    ...tool,
    run: async (...args: Parameters<AnyTool['run']>) => {
      const output = await tool.run(...args);
      sink.outputs.push({ tool, output: tool.output.parse(output) });
      return output;
    },
  }));
}

export interface Sink {
  outputs: Array<{ tool: AnyTool; output: unknown }>;
}

export interface AnswerCheckReport {
  turns: number;
  llm_turns: number;
  /** Share of answers whose every [n] points to a source retrieved in that turn; null (n/a) with no answer. */
  citations_ok: number | null;
  figures: number;
  /** Share of figures supported by a cited passage or the question; null (n/a) when no figure was checked. */
  figures_grounded: number | null;
  failures: AnswerCheck[];
}

/** Runs each question as a new conversation; `deps` must use recordingTools(…, sink). */
export async function runAnswerCheck(
  deps: AppDeps,
  sink: Sink,
  questions: string[],
): Promise<AnswerCheckReport> {
  const checks: AnswerCheck[] = [];
  let llmTurns = 0;
  for (const question of questions) {
    sink.outputs = [];
    const citations: Citation[] = [];
    const result = await runChatTurn(deps, { message: question, surface: 'bench' }, (e) => {
      if (e.type === 'citation') citations.push({ n: e.n, title: e.title, url: e.url });
    });
    if (result.mode !== 'llm') continue;
    llmTurns++;
    const retrieved: RetrievedSources = new Map();
    for (const { tool, output } of sink.outputs) collectSources(tool, output, retrieved);
    checks.push(
      checkAnswer({
        question,
        answer: modelText(result.text, detectLanguage(question)),
        citations,
        retrieved,
      }),
    );
  }
  const figures = checks.reduce((n, c) => n + c.figures, 0);
  const ungrounded = checks.reduce((n, c) => n + c.ungrounded.length, 0);
  const share = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 1000 : null);
  return {
    turns: questions.length,
    llm_turns: llmTurns,
    citations_ok: share(checks.filter((c) => !c.bad_citations.length).length, checks.length),
    figures,
    figures_grounded: share(figures - ungrounded, figures),
    failures: checks.filter((c) => c.bad_citations.length || c.ungrounded.length),
  };
}
