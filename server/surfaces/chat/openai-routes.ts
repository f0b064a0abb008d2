// The OpenAI-compatible surface: POST /v1/chat/completions (streaming and not) and GET /v1/models, so OpenAI
// clients and chat UIs can use the assistant as a model named `tradepilot`.
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import type { AppDeps } from '../../deps';
import {
  InvalidInputError,
  invalidInputFromZod,
  NotFoundError,
  toAppError,
} from '../../../core/errors';
import type { ChatEvent, ChatTurnRequest, Usage } from '../../agent/events';
import { runChatTurn, validateTurnRequest } from '../../agent/run-turn';
import type { AppEnv } from '../http/app-env';
import { readJsonBody } from '../http/json-body';
import { callerOf } from '../../security/caller';
import type { ConversationAccess } from '../../agent/conversation-access';

export const MODEL_ID = 'tradepilot';

const content = z.union([
  z.string(),
  z.array(z.object({ type: z.string(), text: z.string().optional() }).loose()),
  z.null(),
]);

const completionBody = z
  .object({
    model: z.string().describe('Must be `tradepilot`.'),
    messages: z
      .array(z.object({ role: z.string(), content: content.optional() }).loose())
      .min(1)
      .describe('The conversation; the last user message is answered, earlier ones are context.'),
    stream: z.boolean().optional(),
    stream_options: z.object({ include_usage: z.boolean().optional() }).loose().nullish(),
  })
  .loose();

function textOf(c: z.infer<typeof content> | undefined): string {
  if (typeof c === 'string') return c;
  return (c ?? [])
    .map((p) => (p.type === 'text' && p.text ? p.text : ''))
    .filter(Boolean)
    .join('\n');
}

/** The turn request for an OpenAI-style message list (system messages are ignored: the assistant has its own). */
export function turnRequestFromMessages(
  messages: z.infer<typeof completionBody>['messages'],
  principal?: string,
  conversationId?: string,
  access?: ConversationAccess,
): ChatTurnRequest {
  const turns = messages
    .filter((m) => m.role === 'user' || m.role === 'assistant')
    .map((m) => ({ role: m.role as 'user' | 'assistant', content: textOf(m.content) }))
    .filter((m) => m.content.trim() !== '');
  const last = turns.at(-1);
  if (!last || last.role !== 'user')
    throw new InvalidInputError('messages: the last message must be a user message with text.', [
      { path: 'messages', message: 'no trailing user message' },
    ]);
  return {
    message: last.content,
    context: turns.slice(0, -1),
    conversationId,
    surface: 'http',
    principal,
    access,
  };
}

const usageBody = (u: Usage) => ({ ...u });

/** HTTP status for the code of a turn's `error` event. */
const STATUS_BY_CODE: Record<string, number> = {
  invalid_input: 400,
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  rate_limited: 429,
  unavailable: 503,
};

/** An error in the OpenAI format: `{error: {message, type, param, code}}`. */
function openaiError(status: number, code: string, message: string) {
  return {
    error: {
      message,
      type: status >= 500 ? 'server_error' : 'invalid_request_error',
      param: null,
      code,
    },
  };
}

export function openaiRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get('/v1/models', (c) =>
      c.json({
        object: 'list',
        data: [{ id: MODEL_ID, object: 'model', created: 0, owned_by: 'tradepilot' }],
      }),
    )
    .post('/v1/chat/completions', async (c) => {
      const parsed = completionBody.safeParse(await readJsonBody(c.req.raw));
      if (!parsed.success) throw invalidInputFromZod(parsed.error, 'chat completion request');
      const body = parsed.data;
      if (body.model !== MODEL_ID)
        throw new NotFoundError(`The model ${body.model} does not exist; use "${MODEL_ID}".`);
      const request = turnRequestFromMessages(
        body.messages,
        c.get('principal'),
        c.req.header('X-Conversation-Id'),
        callerOf(c),
      );
      validateTurnRequest(request);
      const created = Math.floor(Date.now() / 1000);
      const id = `chatcmpl-${crypto.randomUUID()}`;
      // A client that goes away cancels the turn (and the model calls it is making).
      const controller = new AbortController();
      c.req.raw.signal?.addEventListener('abort', () => controller.abort(), { once: true });
      request.signal = controller.signal;

      if (!body.stream) {
        let failure: { code: string; message: string } | undefined;
        const result = await runChatTurn(deps, request, (event) => {
          if (event.type === 'error') failure ??= event;
        });
        c.header('X-Conversation-Id', result.conversationId);
        if (failure) {
          const status = STATUS_BY_CODE[failure.code] ?? 500;
          return c.json(openaiError(status, failure.code, failure.message), status as 500);
        }
        if (result.stopped)
          return c.json(openaiError(499, 'cancelled', 'The request was cancelled.'), 499 as 500);
        return c.json({
          id,
          object: 'chat.completion',
          created,
          model: MODEL_ID,
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content: result.text, refusal: null },
              finish_reason: 'stop',
              logprobs: null,
            },
          ],
          usage: usageBody(result.usage),
        });
      }

      return streamSSE(c, async (stream) => {
        stream.onAbort(() => controller.abort());
        let writes = Promise.resolve();
        const write = (data: unknown) => {
          writes = writes
            .then(() => stream.writeSSE({ data: JSON.stringify(data) }))
            .catch(() => undefined);
        };
        const chunk = (delta: object, finish: string | null = null) =>
          write({
            id,
            object: 'chat.completion.chunk',
            created,
            model: MODEL_ID,
            choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }],
          });
        chunk({ role: 'assistant', content: '' });
        const onEvent = (event: ChatEvent) => {
          if (event.type === 'token') chunk({ content: event.text });
          else if (event.type === 'error')
            write({ error: { message: event.message, code: event.code } });
        };
        try {
          const result = await runChatTurn(deps, request, onEvent);
          chunk({}, 'stop');
          if (body.stream_options?.include_usage)
            write({
              id,
              object: 'chat.completion.chunk',
              created,
              model: MODEL_ID,
              choices: [],
              usage: usageBody(result.usage),
            });
        } catch (err) {
          const error = toAppError(err);
          deps.log.error('chat completion failed', { err });
          write({ error: { message: error.message, code: error.code } });
        }
        await writes;
        await stream.write('data: [DONE]\n\n');
      });
    });
}
