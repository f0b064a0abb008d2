// The LLM answer check of `npm run eval`: runs chat turns through the real agent and checks that every numbered
// citation in an answer points to a passage retrieved in that turn, and every figure appears in a cited passage.
import type { AppDeps } from '../server/deps';
import type { Citation } from '../server/agent/events';
import { citedNumbers } from '../server/agent/citations';
import { detectLanguage } from '../server/agent/language';
import { runChatTurn } from '../server/agent/run-turn';
import { label } from '../core/answer-format';
import type { AnyTool } from '../tools/define-tool';

/** A source a tool returned in the turn, with everything its result says (to look figures up in). */
export type RetrievedSources = Map<string, string>;

export interface AnswerCheck {
  question: string;
  /** [n] markers with no source, or whose source was not retrieved in the turn. */
  bad_citations: string[];
  figures: number;
  /** Figures in the answer found in no cited passage. */
  ungrounded: string[];
}

const sourceKey = (title: string, url: string) => `${url}\u0000${title}`;

/** Records the sources a tool output declares (its `citations`), each with the whole output to look figures up in. */
export function collectSources(tool: AnyTool, output: unknown, into: RetrievedSources = new Map()) {
  const text = JSON.stringify(output);
  for (const source of tool.citations?.(output) ?? []) {
    const k = sourceKey(source.title, source.url ?? '');
    into.set(
      k,
      `${into.get(k) ?? ''}
${text}`,
    );
  }
  return into;
}

/** Figures in a text: numbers with their decimals, thousands separators removed ("10,000" -> "10000"). */
export function figuresIn(text: string): string[] {
  const plain = text.replace(/\[\d{1,3}(?:\s*[,，]\s*\d{1,3})*\]/g, ' ');
  return [...plain.matchAll(/\d+(?:[.,\u00a0 ]\d+)*/g)].map((m) => normaliseFigure(m[0]));
}

const normaliseFigure = (figure: string) =>
  figure.replace(/(\d)[,\u00a0 ](?=\d{3}(?!\d))/g, '$1').replace(/,/g, '.');

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
  const cited: string[] = [];
  for (const n of citedNumbers(input.answer)) {
    const c = byNumber.get(n);
    const retrieved = c && input.retrieved.get(sourceKey(c.title, c.url));
    if (!retrieved) bad.push(`[${n}]`);
    else cited.push(normaliseFigure(retrieved));
  }
  const asked = new Set(figuresIn(input.question));
  const figures = figuresIn(input.answer).filter((f) => !asked.has(f));
  return {
    question: input.question,
    bad_citations: bad,
    figures: figures.length,
    ungrounded: figures.filter((f) => !cited.some((text) => text.includes(f))),
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
  /** Share of answers whose every [n] points to a source retrieved in that turn. */
  citations_ok: number;
  figures: number;
  /** Share of figures (not in the question) found in a cited passage. */
  figures_grounded: number;
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
  const share = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 1000 : 1);
  return {
    turns: questions.length,
    llm_turns: llmTurns,
    citations_ok: share(checks.filter((c) => !c.bad_citations.length).length, checks.length),
    figures,
    figures_grounded: share(figures - ungrounded, figures),
    failures: checks.filter((c) => c.bad_citations.length || c.ungrounded.length),
  };
}
