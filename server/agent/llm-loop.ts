// The LLM tool loop: stream a step, run its tool calls (in parallel), feed results back as data, until the
// model answers or the step limit ends the loop. Model text reaches the user through the grounding guard.
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
import { GroundingGuard, type GroundingReport } from './grounding/stream-guard';
import {
  searchFound,
  NOT_COVERED_NOTE,
  removedNote,
  rewriteInstruction,
} from './grounding/rewrite';
import { SupportIndex } from './grounding/support';
import { ProviderFailure, streamModelStep, type CallOptions, type ModelStep } from './llm-call';
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
  grounding: GroundingReport;
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

/** What figures may rest on before any tool runs: the user's messages, earlier tool results, today's date. */
function initialSupport(messages: ChatCompletionMessageParam[], today: string): SupportIndex {
  const index = new SupportIndex().addText(today);
  for (const m of messages) {
    if (typeof m.content !== 'string') continue;
    if (m.role === 'user') index.addText(m.content);
    else if (m.role === 'tool') {
      const body = m.content.split('\n').slice(1, -1).join('\n');
      try {
        index.addData(JSON.parse(body));
      } catch {
        index.addText(body);
      }
    }
  }
  return index;
}

export async function runLlmLoop(input: LoopInput): Promise<LoopResult> {
  const { deps, llm, emit } = input;
  const maxSteps = input.maxSteps ?? MAX_STEPS;
  const tools = toolDefinitions(deps.registry.forAgent());
  const messages = [...input.messages];
  let usage: Usage = { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 };
  const used = new Set<string>();
  const index = initialSupport(messages, deps.now().toISOString().slice(0, 10));
  const guard = new GroundingGuard({
    index,
    hasSource: (n) => n >= 1 && n <= input.book.size,
    emit: (t) => emit({ type: 'token', text: t }),
  });
  let searched = false;
  let foundAnything = false;
  const timeoutMs = deps.config.LLM_TIMEOUT_MS;
  const callOptions: CallOptions = {
    timeoutMs,
    budgetMs: timeoutMs * 2 + 2000,
    signal: input.ctx.signal,
    log: deps.log,
    onToken: (t) => guard.push(t),
  };
  const done = (final: ModelStep): LoopResult => ({
    final,
    usage,
    tools: [...used],
    grounding: guard.report(),
  });
  for (let step = 1; ; step++) {
    const last = step === maxSteps;
    const result = await streamModelStep(
      llm,
      { messages, tools, toolChoice: last && tools.length ? 'none' : undefined },
      callOptions,
    );
    guard.endStep();
    usage = addUsage(usage, result.usage);
    if (!result.toolCalls.length) {
      const notCovered = searched && !foundAnything;
      if (guard.held.length) {
        guard.beginRewrite();
        try {
          const rewrite = await streamModelStep(
            llm,
            {
              messages: [
                ...messages,
                { role: 'assistant', content: result.text },
                {
                  role: 'user',
                  content: rewriteInstruction(guard.held, guard.unsupported, notCovered),
                },
              ],
              tools: [],
            },
            callOptions,
          );
          usage = addUsage(usage, rewrite.usage);
          guard.endStep();
        } catch (err) {
          if (!(err instanceof ProviderFailure)) throw err;
          deps.log.warn('grounding rewrite failed; held statements are dropped', {
            reason: err.reason,
          });
          guard.dropHeld();
        }
      }
      if (guard.report().removed) guard.say(removedNote(input.lang, notCovered));
      return done(result);
    }
    if (last) {
      const note = text('step_limit', input.lang, { n: maxSteps });
      guard.say(note);
      return done({ ...result, text: note, toolCalls: [] });
    }
    messages.push(assistantToolMessage(result.text, result.toolCalls));
    const executions = await executeToolCalls(deps, result.toolCalls, input.ctx, input.book, emit);
    for (const e of executions) {
      used.add(e.call.name);
      const found = e.result.ok ? searchFound(e.output) : null;
      if (found !== null) searched = true;
      if (found) foundAnything = true;
      if (e.result.ok) index.addData(e.output);
      else index.addText(e.result.error.message);
      const empty = found === false;
      messages.push({
        role: 'tool',
        tool_call_id: e.call.id,
        content: empty ? `${e.modelContent}\n${NOT_COVERED_NOTE}` : e.modelContent,
      });
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
