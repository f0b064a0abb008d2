// Talks to the tradepilot server: streams a chat turn (POST /api/chat, SSE) and loads a conversation's history.
import type { Answer } from '../core/answer';
import { readSse } from './sse';

export type ChatEvent =
  | { type: 'start'; conversation_id: string; mode: 'llm' | 'no-llm'; visitor_token?: string }
  | { type: 'token'; text: string }
  | { type: 'tool_call'; name: string; arguments: unknown }
  | { type: 'tool_result'; name: string; ok: boolean; summary: string }
  | { type: 'citation'; n: number; title: string; url: string }
  | { type: 'error'; code: string; message: string }
  | ({ type: 'answer' } & Answer)
  | { type: 'done'; conversation_id: string };

/** A failed request, with what the widget needs to explain it. */
export class ChatRequestError extends Error {
  constructor(
    readonly kind: 'network' | 'forbidden' | 'rate_limited' | 'server' | 'interrupted',
    message: string,
    readonly retryAfter = 0,
  ) {
    super(message);
  }
}

export interface HistoryMessage {
  role: 'user' | 'assistant';
  content: string;
  citations: Array<{ n: number; title: string; url: string }>;
}

/** Where the visitor tokens the server issues are kept (widget/storage.ts). */
export interface VisitorTokens {
  visitorToken(conversationId: string): string | null;
  setVisitorToken(conversationId: string, token: string): void;
}

export interface ClientOptions {
  api: string;
  key?: string;
  visitor?: VisitorTokens;
}

/** The publishable key, and the visitor token proving this browser started the conversation. */
function headers(
  options: ClientOptions,
  extra: Record<string, string> = {},
  conversationId?: string,
): Record<string, string> {
  const token = conversationId ? options.visitor?.visitorToken(conversationId) : null;
  return {
    ...extra,
    ...(options.key ? { 'X-Tradepilot-Key': options.key } : {}),
    ...(token ? { 'X-Tradepilot-Visitor': token } : {}),
  };
}

async function failure(res: Response): Promise<ChatRequestError> {
  let message = `HTTP ${res.status}`;
  try {
    const body = (await res.json()) as { error?: { message?: string } };
    if (body.error?.message) message = body.error.message;
  } catch {
    // Not JSON: keep the status line.
  }
  if (res.status === 401 || res.status === 403) return new ChatRequestError('forbidden', message);
  if (res.status === 429)
    return new ChatRequestError(
      'rate_limited',
      message,
      Number(res.headers.get('Retry-After')) || 1,
    );
  return new ChatRequestError('server', message);
}

const KNOWN = new Set([
  'start',
  'token',
  'tool_call',
  'tool_result',
  'citation',
  'answer',
  'error',
  'done',
]);

/** Sends one message and calls onEvent for each streamed event; rejects with ChatRequestError (or AbortError). */
export async function streamChat(
  options: ClientOptions,
  body: { message: string; conversation_id?: string },
  onEvent: (event: ChatEvent) => void,
  signal: AbortSignal,
): Promise<void> {
  let res: Response;
  try {
    res = await fetch(`${options.api}/api/chat`, {
      method: 'POST',
      headers: headers(
        options,
        { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
        body.conversation_id,
      ),
      body: JSON.stringify(body),
      signal,
      credentials: 'omit',
    });
  } catch (err) {
    if (signal.aborted) throw err;
    throw new ChatRequestError('network', String(err));
  }
  if (!res.ok || !res.body) throw await failure(res);
  let finished = false;
  try {
    await readSse(res.body, ({ event, data }) => {
      if (!KNOWN.has(event)) return;
      let payload: Record<string, unknown>;
      try {
        payload = JSON.parse(data) as Record<string, unknown>;
      } catch {
        return;
      }
      if (event === 'done') finished = true;
      if (event === 'start' && typeof payload.visitor_token === 'string')
        options.visitor?.setVisitorToken(String(payload.conversation_id), payload.visitor_token);
      onEvent({ ...payload, type: event } as ChatEvent);
    });
  } catch (err) {
    if (signal.aborted) throw err;
    throw new ChatRequestError('interrupted', String(err));
  }
  if (!finished)
    throw new ChatRequestError('interrupted', 'The stream ended before the answer was done.');
}

/** The user and assistant messages of a stored conversation; null when the server no longer knows it. */
export async function loadHistory(
  options: ClientOptions,
  conversationId: string,
): Promise<HistoryMessage[] | null> {
  const res = await fetch(
    `${options.api}/api/conversations/${encodeURIComponent(conversationId)}`,
    {
      headers: headers(options, { Accept: 'application/json' }, conversationId),
      credentials: 'omit',
    },
  );
  if (res.status === 404) return null;
  if (!res.ok) throw await failure(res);
  const body = (await res.json()) as {
    messages?: Array<Partial<HistoryMessage> & { role?: string }>;
  };
  return (body.messages ?? [])
    .filter(
      (m) =>
        (m.role === 'user' || m.role === 'assistant') && typeof m.content === 'string' && m.content,
    )
    .map((m) => ({
      role: m.role as HistoryMessage['role'],
      content: m.content as string,
      citations: Array.isArray(m.citations) ? m.citations : [],
    }));
}
