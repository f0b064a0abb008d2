// POST /api/chat (a chat turn streamed as Server-Sent Events) and GET /api/conversations/:id (its history).
import { Hono } from 'hono';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { invalidInputFromZod, NotFoundError, toAppError } from '../../../core/errors';
import { getConversationView } from '../../agent/conversation-store';
import type { ChatEvent, ChatTurnRequest } from '../../agent/events';
import { runChatTurn, validateTurnRequest } from '../../agent/run-turn';
import type { AppEnv } from '../http/app-env';
import { readJsonBody } from '../http/json-body';
import { callerOf, type Caller } from '../../security/caller';
import { limitTools } from '../../security/widget-tools';

export const chatBody = z.object({
  message: z.string().describe('The question or request, in any language.'),
  conversation_id: z
    .string()
    .optional()
    .describe('Continue this conversation (the id from an earlier `start` event).'),
});

/** The deps a caller's turn runs with: its tool registry limited to the tools it may reach. */
export function depsFor(deps: AppDeps, caller: Caller): AppDeps {
  return caller.tools ? { ...deps, registry: limitTools(deps.registry, caller.tools) } : deps;
}

/** An SSE message for a chat event: `event: <type>` and the rest of the event as JSON. */
export function sseMessage(event: ChatEvent) {
  const { type, ...data } = event;
  return { event: type, data: JSON.stringify(data) };
}

/** Runs a turn, writing each event in order; a failure before `start` becomes error + done events. */
export async function streamTurn(
  deps: AppDeps,
  request: ChatTurnRequest,
  stream: SSEStreamingApi,
): Promise<void> {
  let writes = Promise.resolve();
  const emit = (event: ChatEvent) => {
    writes = writes.then(() => stream.writeSSE(sseMessage(event))).catch(() => undefined);
  };
  try {
    await runChatTurn(deps, request, emit);
  } catch (err) {
    const error = toAppError(err);
    deps.log.error('chat turn could not start', { err });
    emit({ type: 'error', code: error.code, message: error.message });
    emit({
      type: 'done',
      conversation_id: request.conversationId ?? '',
      usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
    });
  }
  await writes;
}

export function chatRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .post('/api/chat', async (c) => {
      const parsed = chatBody.safeParse(await readJsonBody(c.req.raw));
      if (!parsed.success) throw invalidInputFromZod(parsed.error, 'chat request');
      const caller = callerOf(c);
      const controller = new AbortController();
      c.req.raw.signal?.addEventListener('abort', () => controller.abort(), { once: true });
      const request: ChatTurnRequest = {
        message: parsed.data.message,
        conversationId: parsed.data.conversation_id,
        surface: 'http',
        principal: c.get('principal'),
        access: caller,
        signal: controller.signal,
      };
      validateTurnRequest(request);
      return streamSSE(c, async (stream) => {
        stream.onAbort(() => controller.abort());
        await streamTurn(depsFor(deps, caller), request, stream);
      });
    })
    .get('/api/conversations/:id', async (c) => {
      const view = await getConversationView(deps.db, c.req.param('id'), callerOf(c));
      if (!view) throw new NotFoundError(`No conversation with id ${c.req.param('id')}.`);
      return c.json(view);
    });
}
