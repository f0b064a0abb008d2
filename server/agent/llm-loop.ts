// The LLM tool loop: stream a step, run its tool calls (in parallel), feed results back as data, until the
// model answers or the step limit ends the loop.
import type {
  ChatCompletionMessageParam,
  ChatCompletionTool,
} from 'openai/resources/chat/completions';
import type { AppDeps } from '../deps';
import type { Llm } from '../../core/llm';
import { toolJsonSchemas, type AnyTool, type InvokeContext } from '../../tools/define-tool';
import type { CitationBook } from './citations';
import type { StoredToolCall } from './conversation-store';
import type { ChatEvent, Usage } from './events';
import type { Lang } from './language';
import { streamModelStep, type ModelStep } from './llm-call';
import { text } from './templates';
import { executeToolCalls, type ToolExecution } from './tool-exec';

export const MAX_STEPS = 6;

export interface LoopInput {
  deps: AppDeps;
  llm: Llm;
  messages: ChatCompletionMessageParam[];
  lang: Lang;
  ctx: InvokeContext;
  book: CitationBook;
  emit: (event: ChatEvent) => void;
  /** Called after each step that called tools, to store it. */
  recordStep: (step: ModelStep, executions: ToolExecution[]) => Promise<void>;
  maxSteps?: number;
}

export interface LoopResult {
  /** The last model step (the answer), for storing its usage and latency. */
  final: ModelStep;
  usage: Usage;
  tools: string[];
}

/** Tool definitions in the Chat Completions format, from the registry's JSON Schemas. */
export function toolDefinitions(tools: AnyTool[]): ChatCompletionTool[] {
  return tools.map((tool) => {
    const { $schema: _ignored, ...parameters } = toolJsonSchemas(tool).input as Record<
      string,
      unknown
    >;
    return {
      type: 'function',
      function: { name: tool.name, description: tool.description, parameters },
    };
  });
}

export function addUsage(total: Usage, step: Usage | null): Usage {
  if (!step) return total;
  return {
    prompt_tokens: total.prompt_tokens + step.prompt_tokens,
    completion_tokens: total.completion_tokens + step.completion_tokens,
    total_tokens: total.total_tokens + step.total_tokens,
  };
}

export async function runLlmLoop(input: LoopInput): Promise<LoopResult> {
  const { deps, llm, emit } = input;
  const maxSteps = input.maxSteps ?? MAX_STEPS;
  const tools = toolDefinitions(deps.registry.forAgent());
  const messages = [...input.messages];
  let usage: Usage = { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 };
  let shown = '';
  const used = new Set<string>();
  const timeoutMs = deps.config.LLM_TIMEOUT_MS;
  for (let step = 1; ; step++) {
    const last = step === maxSteps;
    let first = true;
    const result = await streamModelStep(
      llm,
      { messages, tools, toolChoice: last && tools.length ? 'none' : undefined },
      {
        timeoutMs,
        budgetMs: timeoutMs * 2 + 2000,
        signal: input.ctx.signal,
        log: deps.log,
        onToken: (t) => {
          if (first && shown && !shown.endsWith('\n')) emit({ type: 'token', text: '\n\n' });
          first = false;
          shown += t;
          emit({ type: 'token', text: t });
        },
      },
    );
    usage = addUsage(usage, result.usage);
    if (!result.toolCalls.length) return { final: result, usage, tools: [...used] };
    if (last) {
      const note = text('step_limit', input.lang, { n: maxSteps });
      emit({ type: 'token', text: (shown ? '\n\n' : '') + note });
      return { final: { ...result, text: note, toolCalls: [] }, usage, tools: [...used] };
    }
    messages.push(assistantToolMessage(result.text, result.toolCalls));
    const executions = await executeToolCalls(deps, result.toolCalls, input.ctx, input.book, emit);
    for (const e of executions) {
      used.add(e.call.name);
      messages.push({ role: 'tool', tool_call_id: e.call.id, content: e.modelContent });
    }
    await input.recordStep(result, executions);
  }
}

function assistantToolMessage(
  content: string,
  calls: StoredToolCall[],
): ChatCompletionMessageParam {
  return {
    role: 'assistant',
    content: content || null,
    tool_calls: calls.map((c) => ({
      id: c.id,
      type: 'function' as const,
      function: { name: c.name, arguments: c.arguments },
    })),
  };
}
