// A scripted OpenAI-compatible Chat Completions server over real HTTP: each request takes the next step of a
// script (streamed text and tool-call deltas, an HTTP error, or a hang) and is recorded for assertions. With a
// `steady` step it answers every request past the script with that step (benchmarks and load tests).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedToolCall {
  id?: string;
  name: string;
  /** A JSON string (sent as is, so it may be malformed on purpose) or an object to serialize. */
  arguments: string | Record<string, unknown>;
}

export type ScriptStep =
  | {
      text?: string;
      toolCalls?: ScriptedToolCall[];
      usage?: { prompt_tokens: number; completion_tokens: number };
      /** Characters per streamed content chunk (default 6). */
      chunkSize?: number;
      /** Pause between streamed content chunks, to simulate a slow model (default 0). */
      chunkDelayMs?: number;
    }
  | { status: number; message?: string; headers?: Record<string, string> }
  | { hang: true }
  /** A 200 response whose body is sent exactly as given (e.g. a malformed stream). */
  | { raw: string }
  | ((request: RecordedRequest) => ScriptStep);

export interface RecordedRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export interface ScriptedLlm {
  /** The base URL for the openai client (ends in /v1). */
  baseURL: string;
  requests: RecordedRequest[];
  /** Appends steps to the script. */
  push(...steps: ScriptStep[]): void;
  /** Steps not yet used. */
  pending(): number;
  /** Drops the steps not yet used. */
  reset(): void;
  close(): Promise<void>;
}

const DEFAULT_USAGE = { prompt_tokens: 100, completion_tokens: 20 };

export interface ScriptedLlmOptions {
  /** The step for every request once the script is used up (instead of a 500). */
  steady?: ScriptStep;
  /** Keep requests in `requests` (default true; turn off for long load runs). */
  record?: boolean;
}

export async function startScriptedLlm(
  steps: ScriptStep[] = [],
  options: ScriptedLlmOptions = {},
): Promise<ScriptedLlm> {
  const script = [...steps];
  const requests: RecordedRequest[] = [];
  const hanging = new Set<http.ServerResponse>();
  let counter = 0;

  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', async () => {
      const body = raw ? JSON.parse(raw) : null;
      const recorded = { path: req.url ?? '', headers: req.headers, body };
      if (options.record !== false) requests.push(recorded);
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'not found' } }));
        return;
      }
      let step = script.shift() ?? options.steady;
      while (typeof step === 'function') step = step(recorded);
      if (!step) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'scripted LLM: no step left in the script' } }));
        return;
      }
      if ('hang' in step) {
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return;
      }
      if ('raw' in step) {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.end(step.raw);
        return;
      }
      if ('status' in step) {
        res.writeHead(step.status, { 'content-type': 'application/json', ...step.headers });
        res.end(JSON.stringify({ error: { message: step.message ?? `scripted ${step.status}` } }));
        return;
      }
      const id = `chatcmpl-${++counter}`;
      const usage = step.usage ?? DEFAULT_USAGE;
      const usageBody = { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens };
      const calls = (step.toolCalls ?? []).map((c, i) => ({
        id: c.id ?? `call_${counter}_${i}`,
        name: c.name,
        arguments: typeof c.arguments === 'string' ? c.arguments : JSON.stringify(c.arguments),
      }));
      const finish = calls.length ? 'tool_calls' : 'stop';
      const base = { id, object: 'chat.completion.chunk', created: 0, model: body.model };
      if (!body.stream) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            id,
            object: 'chat.completion',
            created: 0,
            model: body.model,
            choices: [
              {
                index: 0,
                finish_reason: finish,
                message: {
                  role: 'assistant',
                  content: step.text ?? null,
                  ...(calls.length
                    ? {
                        tool_calls: calls.map((c) => ({
                          id: c.id,
                          type: 'function',
                          function: { name: c.name, arguments: c.arguments },
                        })),
                      }
                    : {}),
                },
              },
            ],
            usage: usageBody,
          }),
        );
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      const send = (chunk: unknown) => res.write(`data: ${JSON.stringify(chunk)}\n\n`);
      const delta = (d: unknown, finishReason: string | null = null) =>
        send({ ...base, choices: [{ index: 0, delta: d, finish_reason: finishReason }] });
      delta({ role: 'assistant', content: '' });
      const size = step.chunkSize ?? 6;
      const text = step.text ?? '';
      const pause = step.chunkDelayMs ?? 0;
      for (let i = 0; i < text.length; i += size) {
        if (pause) await new Promise((resolve) => setTimeout(resolve, pause));
        if (res.destroyed) return;
        delta({ content: text.slice(i, i + size) });
      }
      calls.forEach((c, index) => {
        // As providers do: id and name in the first delta of each index, arguments in fragments.
        delta({
          tool_calls: [
            { index, id: c.id, type: 'function', function: { name: c.name, arguments: '' } },
          ],
        });
        for (let i = 0; i < c.arguments.length; i += 7)
          delta({ tool_calls: [{ index, function: { arguments: c.arguments.slice(i, i + 7) } }] });
      });
      delta({}, finish);
      if (body.stream_options?.include_usage) send({ ...base, choices: [], usage: usageBody });
      res.end('data: [DONE]\n\n');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    push: (...more) => script.push(...more),
    pending: () => script.length,
    reset: () => void script.splice(0),
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
