// The single invoke wrapper: validates input, runs, validates output, times and audits every call, types failures.
import { performance } from 'node:perf_hooks';
import type { Deps } from '../core/deps';
import { invalidInputFromZod, toAppError, type AppError } from '../core/errors';
import type { Answer } from '../core/answer';
import { answerToMarkdown } from '../core/answer-markdown';
import { toolAnswer, type InvokeContext } from './define-tool';
import type { ToolRegistry } from './registry';

export type InvokeResult =
  | {
      ok: true;
      tool: string;
      output: unknown;
      /** The output as an English answer, and that answer as Markdown. */
      answer: Answer;
      text: string;
      durationMs: number;
    }
  | { ok: false; tool: string; error: AppError; durationMs: number };

const SECRET_KEY = /(pass(word)?|secret|token|api[_-]?key|authorization)/i;

/** Copies arguments for the audit log with secret-looking fields replaced. */
export function redactArguments(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') {
    // Very long strings are cut for the log (unstorable characters are handled at the database boundary).
    return value.length > 2000 ? value.slice(0, 2000) + '…' : value;
  }
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.slice(0, 200).map((v) => redactArguments(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      SECRET_KEY.test(k) ? '[redacted]' : redactArguments(v, depth + 1),
    ]),
  );
}

/** Invokes a tool by name and never throws: the result says ok or carries a typed AppError. */
export async function invokeTool(
  registry: ToolRegistry,
  deps: Deps,
  name: string,
  rawInput: unknown,
  ctx: InvokeContext,
): Promise<InvokeResult> {
  const started = performance.now();
  let result: InvokeResult;
  try {
    const tool = registry.get(name);
    const parsed = tool.input.safeParse(rawInput);
    if (!parsed.success) throw invalidInputFromZod(parsed.error, `input for ${name}`);
    const raw = await tool.run(parsed.data, deps, ctx);
    const output = tool.output.parse(raw);
    const answer = toolAnswer(tool, output);
    result = {
      ok: true,
      tool: name,
      output,
      answer,
      text: answerToMarkdown(answer),
      durationMs: performance.now() - started,
    };
  } catch (err) {
    const error = toAppError(err);
    if (error.status >= 500)
      deps.log.error('tool failed', { tool: name, surface: ctx.surface, err });
    result = { ok: false, tool: name, error, durationMs: performance.now() - started };
  }
  await audit(deps, name, rawInput, ctx, result);
  deps.log.debug('tool call', {
    tool: name,
    surface: ctx.surface,
    ok: result.ok,
    ms: Math.round(result.durationMs),
  });
  return result;
}

async function audit(
  deps: Deps,
  name: string,
  input: unknown,
  ctx: InvokeContext,
  result: InvokeResult,
) {
  try {
    await deps.db.query(
      `INSERT INTO tool_calls (tool, surface, principal, arguments, ok, error_code, duration_ms)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        name.slice(0, 200),
        ctx.surface,
        ctx.principal ?? null,
        JSON.stringify(redactArguments(input) ?? null),
        result.ok,
        result.ok ? null : result.error.code,
        result.durationMs,
      ],
    );
  } catch (err) {
    deps.log.warn('audit write failed', { tool: name, err });
  }
}
