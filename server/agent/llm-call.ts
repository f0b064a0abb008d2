// One streamed Chat Completions request with retries: per-attempt idle timeout, backoff on timeouts, 429 and
// 5xx within a bounded total time, and the caller's abort signal honoured throughout.
import { APIConnectionError, APIError, APIUserAbortError } from 'openai';
import type {
  ChatCompletionMessageParam,
  ChatCompletionTool,
} from 'openai/resources/chat/completions';
import type { Llm } from '../../core/llm';
import type { Logger } from '../../core/log';
import type { StoredToolCall } from './conversation-store';
import type { Usage } from './events';

export interface ModelStep {
  text: string;
  toolCalls: StoredToolCall[];
  usage: Usage | null;
  latencyMs: number;
}

export interface CallOptions {
  /** Longest wait for the first byte and between streamed chunks. */
  timeoutMs: number;
  /** Total time allowed for this request including retries. */
  budgetMs: number;
  maxAttempts?: number;
  signal?: AbortSignal;
  onToken: (text: string) => void;
  log: Logger;
  /** Sleeps between attempts; tests may shorten it. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** The provider failed for good (after retries, or with an error retrying cannot fix). */
export class ProviderFailure extends Error {
  override name = 'ProviderFailure';
  constructor(
    readonly reason: string,
    /** Text was already streamed to the user before the failure. */
    readonly partial: boolean,
    cause?: unknown,
  ) {
    super(`language model failed: ${reason}`, { cause });
  }
}

/** The caller aborted (the user pressed stop). */
export class TurnAborted extends Error {
  override name = 'TurnAborted';
  constructor(readonly partialText = '') {
    super('aborted');
  }
}

class IdleTimeout extends Error {}

/** The provider answered 200 but sent nothing usable (truncated stream, an HTML error page...). */
class EmptyResponse extends Error {}

const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

function classify(err: unknown): { retryable: boolean; reason: string; retryAfterMs?: number } {
  if (err instanceof IdleTimeout) return { retryable: true, reason: 'timeout' };
  if (err instanceof EmptyResponse) return { retryable: true, reason: 'malformed response' };
  if (err instanceof APIError && typeof err.status === 'number') {
    const status = err.status;
    const header = err.headers?.get?.('retry-after');
    const retryAfterMs = header && /^\d+(\.\d+)?$/.test(header) ? Number(header) * 1000 : undefined;
    const retryable = status === 408 || status === 409 || status === 429 || status >= 500;
    return { retryable, reason: `HTTP ${status}`, retryAfterMs };
  }
  if (err instanceof APIConnectionError) return { retryable: true, reason: 'connection error' };
  return { retryable: false, reason: err instanceof Error ? err.name : 'unknown error' };
}

export async function streamModelStep(
  llm: Llm,
  body: {
    messages: ChatCompletionMessageParam[];
    tools: ChatCompletionTool[];
    toolChoice?: 'none';
  },
  options: CallOptions,
): Promise<ModelStep> {
  const sleep = options.sleep ?? defaultSleep;
  const maxAttempts = options.maxAttempts ?? 3;
  const started = Date.now();
  const deadline = started + options.budgetMs;
  for (let attempt = 1; ; attempt++) {
    if (options.signal?.aborted) throw new TurnAborted();
    const remaining = deadline - Date.now();
    let streamed = '';
    try {
      return await attemptOnce(llm, body, {
        ...options,
        timeoutMs: Math.min(options.timeoutMs, Math.max(remaining, 1)),
        onToken: (t) => {
          streamed += t;
          options.onToken(t);
        },
        started,
      });
    } catch (err) {
      if (options.signal?.aborted || err instanceof TurnAborted) throw new TurnAborted(streamed);
      const { retryable, reason, retryAfterMs } = classify(err);
      const backoff = retryAfterMs ?? 300 * 2 ** (attempt - 1) * (0.75 + Math.random() * 0.5);
      const left = deadline - Date.now();
      options.log.warn('model request failed', { attempt, reason, retryable, err });
      if (!retryable || streamed || attempt >= maxAttempts || left < backoff + 100)
        throw new ProviderFailure(reason, streamed !== '', err);
      await sleep(Math.min(backoff, left), options.signal);
    }
  }
}

async function attemptOnce(
  llm: Llm,
  body: {
    messages: ChatCompletionMessageParam[];
    tools: ChatCompletionTool[];
    toolChoice?: 'none';
  },
  options: CallOptions & { started: number },
): Promise<ModelStep> {
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  let idle = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      idle = true;
      controller.abort();
    }, options.timeoutMs);
  };
  arm();
  const calls: Array<{ id: string; name: string; arguments: string }> = [];
  let text = '';
  let usage: Usage | null = null;
  let finished = false;
  try {
    const stream = await llm.client.chat.completions.create(
      {
        model: llm.model,
        messages: body.messages,
        ...(body.tools.length
          ? { tools: body.tools, ...(body.toolChoice ? { tool_choice: body.toolChoice } : {}) }
          : {}),
        stream: true,
        stream_options: { include_usage: true },
      },
      { signal: controller.signal, maxRetries: 0, timeout: options.timeoutMs * 2 },
    );
    arm();
    for await (const chunk of stream) {
      arm();
      if (chunk.usage)
        usage = {
          prompt_tokens: chunk.usage.prompt_tokens ?? 0,
          completion_tokens: chunk.usage.completion_tokens ?? 0,
          total_tokens: chunk.usage.total_tokens ?? 0,
        };
      if (chunk.choices?.[0]?.finish_reason) finished = true;
      const delta = chunk.choices?.[0]?.delta;
      if (!delta) continue;
      if (delta.content) {
        text += delta.content;
        options.onToken(delta.content);
      }
      for (const tc of delta.tool_calls ?? []) {
        const slot = (calls[tc.index] ??= { id: '', name: '', arguments: '' });
        if (tc.id) slot.id = tc.id;
        if (tc.function?.name) slot.name += tc.function.name;
        if (tc.function?.arguments) slot.arguments += tc.function.arguments;
      }
    }
    if (!finished && !text && calls.length === 0) throw new EmptyResponse();
  } catch (err) {
    if (idle) throw new IdleTimeout();
    if (err instanceof APIUserAbortError || options.signal?.aborted) throw new TurnAborted(text);
    throw err;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
  return {
    text,
    toolCalls: calls
      .filter(Boolean)
      .map((c, i) => ({ ...c, id: c.id || `call_${i}_${crypto.randomUUID().slice(0, 8)}` })),
    usage,
    latencyMs: Date.now() - options.started,
  };
}
