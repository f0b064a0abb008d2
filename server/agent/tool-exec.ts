// Runs the tool calls of one step through the invoke wrapper: emits tool_call/tool_result events, numbers the
// sources each tool declares, and wraps each result (with its numbered sources) as delimited data for the model.
import type { AppDeps } from '../deps';
import { InvalidInputError, NotFoundError, toolErrorText } from '../../core/errors';
import { invokeTool, type InvokeResult } from '../../tools/invoke';
import type { InvokeContext } from '../../tools/define-tool';
import type { CitationSource } from '../../core/answer';
import type { CitationBook } from './citations';
import type { StoredToolCall } from './conversation-store';
import type { ChatEvent } from './events';

export interface ToolExecution {
  call: StoredToolCall;
  /** The parsed arguments (or the raw string when they were not JSON). */
  args: unknown;
  result: InvokeResult;
  /** The output, when the call succeeded. */
  output?: unknown;
  /** The sources the tool declared for the output, and their numbers in this turn, position by position. */
  sources: CitationSource[];
  refs: number[];
  summary: string;
  /** What the model reads: the result as data between markers. */
  modelContent: string;
}

const MAX_MODEL_CHARS = 24_000;

/** A short, human summary of a tool result for events and logs. */
export function summarize(result: InvokeResult): string {
  if (!result.ok) return result.error.message;
  const out = result.output as Record<string, unknown> | null;
  if (out && typeof out.summary === 'string') return out.summary;
  if (out && typeof out === 'object') {
    const list = Object.entries(out).find(([, v]) => Array.isArray(v));
    if (list) return `${(list[1] as unknown[]).length} ${list[0]}`;
  }
  const line = result.text.split('\n').find((l) => l.trim()) ?? '';
  return line.length > 200 ? line.slice(0, 199) + '…' : line;
}

/** Wraps tool output as data between unguessable markers; JSON keeps document text on one line. */
export function wrapToolResult(name: string, body: string): string {
  const nonce = crypto.randomUUID().slice(0, 8);
  const text =
    body.length > MAX_MODEL_CHARS ? body.slice(0, MAX_MODEL_CHARS) + '…(truncated)' : body;
  return `<<<TOOL_RESULT id=${nonce} name=${name}>>>\n${text}\n<<<END_TOOL_RESULT id=${nonce}>>>`;
}

/** The output as the model reads it: its numbered sources listed beside it, to cite as [n]. */
function withSources(output: unknown, sources: CitationSource[], refs: number[]): unknown {
  if (!sources.length) return output;
  const cite = [...new Map(sources.map((s, i) => [refs[i], s])).entries()].map(([n, s]) => ({
    n,
    document_id: s.document_id,
    title: s.title,
    url: s.url,
  }));
  return { output, sources_to_cite: cite };
}

function parseArguments(raw: string): { ok: true; value: unknown } | { ok: false } {
  if (raw.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

export async function executeToolCalls(
  deps: AppDeps,
  calls: StoredToolCall[],
  ctx: InvokeContext,
  book: CitationBook,
  emit: (event: ChatEvent) => void,
): Promise<ToolExecution[]> {
  const allowed = new Set(deps.registry.forAgent().map((t) => t.name));
  const prepared = calls.map((call) => ({ call, parsed: parseArguments(call.arguments) }));
  for (const { call, parsed } of prepared)
    emit({
      type: 'tool_call',
      id: call.id,
      name: call.name,
      arguments: parsed.ok ? parsed.value : call.arguments,
    });
  const results = await Promise.all(
    prepared.map(async ({ call, parsed }): Promise<ToolExecution> => {
      let result: InvokeResult;
      if (!allowed.has(call.name)) {
        result = {
          ok: false,
          tool: call.name,
          error: new NotFoundError(
            `No tool named ${call.name} is available here. Available: ${[...allowed].join(', ')}.`,
          ),
          durationMs: 0,
        };
      } else if (!parsed.ok) {
        result = {
          ok: false,
          tool: call.name,
          error: new InvalidInputError(
            `The arguments for ${call.name} are not valid JSON; send a JSON object.`,
            [{ path: '(root)', message: 'malformed JSON' }],
          ),
          durationMs: 0,
        };
      } else {
        result = await invokeTool(deps.registry, deps, call.name, parsed.value, ctx);
      }
      const sources = result.ok
        ? (deps.registry.get(call.name).citations?.(result.output) ?? [])
        : [];
      const refs = book.add(sources, call.id);
      const body = result.ok
        ? JSON.stringify(withSources(result.output, sources, refs))
        : JSON.stringify({ error: toolErrorText(result.error) });
      return {
        call,
        args: parsed.ok ? parsed.value : call.arguments,
        result,
        output: result.ok ? result.output : undefined,
        sources,
        refs,
        summary: summarize(result),
        modelContent: wrapToolResult(call.name, body),
      };
    }),
  );
  for (const r of results)
    emit({
      type: 'tool_result',
      id: r.call.id,
      name: r.call.name,
      ok: r.result.ok,
      summary: r.summary,
    });
  return results;
}
