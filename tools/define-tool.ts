// The one tool contract: name, description, zod input/output, annotations, run(input, deps), the sources an output
// cites and its answer blocks.
import { z } from 'zod';
import type { Answer, AnswerLang, Block, CitationSource } from '../core/answer';
import { answerFromSources } from '../core/answer-citations';
import type { Deps } from '../core/deps';
import type { ModelCallContext } from '../core/llm';

export type Surface = 'http' | 'cli' | 'mcp' | 'agent' | 'slack' | 'widget' | 'bench';

/** Who is calling, for the audit log and for policies; never holds a secret. Tools pass it (its abort signal
 *  and token counter) to any model call they make. */
export interface InvokeContext extends ModelCallContext {
  surface: Surface;
  /** Key id, Slack user or MCP client name. */
  principal?: string;
  /** Long tools report how far they are (MCP notifications/progress when the client asked for them). */
  progress?: ProgressReporter;
}

/** `done` of `total` steps, with what is happening now; `done` only grows. */
export type ProgressReporter = (done: number, total: number, message: string) => void;

export interface ToolAnnotations {
  /** Does not change any data. Only read-only tools are offered to the language model. */
  readOnly: boolean;
  /** Reaches outside the process (a network API, e.g. a call to the language model). */
  openWorld?: boolean;
}

export interface ToolDefinition<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  name: string;
  title: string;
  description: string;
  input: I;
  output: O;
  annotations: ToolAnnotations;
  run(input: z.output<I>, deps: Deps, ctx: InvokeContext): Promise<z.input<O>>;
  /** The sources an output rests on, in a fixed order; blocks cite them by 1-based position. */
  citations?(output: z.output<O>): CitationSource[];
  /** The output as answer blocks written in `lang`, citing `citations(output)` by position. */
  toAnswer(output: z.output<O>, lang: AnswerLang): Block[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTool = ToolDefinition<any, any>;

export function defineTool<I extends z.ZodType, O extends z.ZodType>(
  tool: ToolDefinition<I, O>,
): ToolDefinition<I, O> {
  return tool;
}

/** A tool output as an answer: its blocks, and only the sources they cite, numbered 1..n. */
export function toolAnswer(tool: AnyTool, output: unknown, lang: AnswerLang = 'en'): Answer {
  return answerFromSources(tool.toAnswer(output, lang), tool.citations?.(output) ?? [], lang);
}

/** The JSON Schemas every surface publishes for a tool (HTTP listing, MCP, the model). */
export function toolJsonSchemas(tool: AnyTool) {
  return {
    input: z.toJSONSchema(tool.input, { io: 'input', unrepresentable: 'any' }),
    output: z.toJSONSchema(tool.output, { io: 'output', unrepresentable: 'any' }),
  };
}
