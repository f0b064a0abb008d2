// One chat turn for every surface: resolve the conversation, store the user message, answer with the LLM tool
// loop (or the no-LLM router, also as fallback), add sources and notices, store everything, emit events; the
// answer is collected as blocks (sent as one `answer` event at the end) and streamed as their Markdown.
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { AppDeps } from '../deps';
import { InvalidInputError, toAppError } from '../../core/errors';
import { systemPrompt } from '../../prompts/index';
import type { InvokeContext } from '../../tools/define-tool';
import type { Answer, AnswerCitation, Block } from '../../core/answer';
import { blockToMarkdown, citationsToMarkdown } from '../../core/answer-markdown';
import { CitationBook, eventCitation } from './citations';
import {
  appendMessage,
  appendUserMessage,
  finishTurn,
  loadMessages,
  markCited,
  resolveConversation,
  type StoredToolCall,
} from './conversation-store';
import type { ChatEvent, ChatTurnRequest, ChatTurnResult, Usage } from './events';
import type { GroundingReport } from './grounding/stream-guard';
import { buildHistory } from './history';
import { detectLanguage } from './language';
import { ProviderFailure, TurnAborted, type ModelStep } from './llm-call';
import { addUsage, runLlmLoop } from './llm-loop';
import { answerWithoutLlm } from './no-llm';
import { notice, text, type NoticeId } from './templates';
import type { ToolExecution } from './tool-exec';

const NOT_ADVICE = /not legal advice|不构成法律意见|不構成法律意見/i;

export const MAX_MESSAGE_CHARS = 8000;

const ZERO: Usage = { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 };

/** Checks a request's message before anything is stored or emitted; throws InvalidInputError. */
export function validateTurnRequest(request: ChatTurnRequest): void {
  if (typeof request.message !== 'string' || request.message.trim() === '')
    throw new InvalidInputError('message: write a question or request.', [
      { path: 'message', message: 'must be a non-empty string' },
    ]);
  if (request.message.length > MAX_MESSAGE_CHARS)
    throw new InvalidInputError(`message: at most ${MAX_MESSAGE_CHARS} characters.`, [
      { path: 'message', message: `longer than ${MAX_MESSAGE_CHARS} characters` },
    ]);
}

export async function runChatTurn(
  deps: AppDeps,
  request: ChatTurnRequest,
  emit: (event: ChatEvent) => void,
): Promise<ChatTurnResult> {
  validateTurnRequest(request);
  const { db } = deps;
  const started = Date.now();
  const conv = await resolveConversation(db, {
    conversationId: request.conversationId,
    conversationKey: request.conversationKey,
    surface: request.surface,
    principal: request.principal,
    access: request.access ?? { owner: request.surface, readsAll: false },
  });
  // The user's message is stored before any model call, so nothing is lost if the provider fails.
  const turn = await appendUserMessage(db, conv.id, request.message);
  const prior = (await loadMessages(db, conv.id)).filter((m) => m.turn < turn);

  const lang = detectLanguage(request.message);
  let mode: 'llm' | 'no-llm' = deps.llm ? 'llm' : 'no-llm';
  let answer = '';
  const blocks: Block[] = [];
  let saying = false;
  const send = (event: ChatEvent) => {
    if (event.type === 'token') {
      answer += event.text;
      // The model's text (not the application's own blocks) is one Markdown block per run of tokens.
      const last = blocks.at(-1);
      if (!saying && last?.type === 'markdown') last.text += event.text;
      else if (!saying) blocks.push({ type: 'markdown', text: event.text });
    }
    try {
      emit(event);
    } catch (err) {
      deps.log.warn('chat event listener failed', { err });
    }
  };
  /** Adds the application's own blocks to the answer and streams their Markdown. */
  const sayText = (t: string) => {
    saying = true;
    send({ type: 'token', text: (answer && !answer.endsWith('\n') ? '\n\n' : '') + t });
    saying = false;
  };
  const say = (...added: Block[]) => {
    blocks.push(...added);
    for (const block of added) sayText(blockToMarkdown(block, lang));
  };
  send({
    type: 'start',
    conversation_id: conv.id,
    mode,
    ...(conv.visitorToken ? { visitor_token: conv.visitorToken } : {}),
  });

  const book = new CitationBook();
  // Model calls inside tools (ad copy, translation) stop with the turn and count against the budget.
  let toolUsage = ZERO;
  const ctx: InvokeContext = {
    surface: request.surface,
    principal: request.principal,
    signal: request.signal,
    onUsage: (u) =>
      (toolUsage = addUsage(toolUsage, {
        ...u,
        total_tokens: u.prompt_tokens + u.completion_tokens,
      })),
  };
  const given = new Set(conv.notices);
  const noticesGiven: NoticeId[] = [];
  const giveNotice = (id: NoticeId) => {
    if (given.has(id)) return;
    given.add(id);
    noticesGiven.push(id);
    say({ type: 'notice', tone: 'info', text: notice(id, lang) });
  };
  const record = async (
    step: Partial<ModelStep>,
    calls: StoredToolCall[],
    executions: ToolExecution[],
  ) => {
    await appendMessage(db, conv.id, {
      turn,
      role: 'assistant',
      content: step.text ?? '',
      tool_calls: calls,
      mode,
      model: mode === 'llm' ? deps.llm?.model : null,
      prompt_tokens: step.usage?.prompt_tokens,
      completion_tokens: step.usage?.completion_tokens,
      latency_ms: step.latencyMs,
    });
    for (const e of executions)
      await appendMessage(db, conv.id, {
        turn,
        role: 'tool',
        content: e.modelContent,
        tool_call_id: e.call.id,
        tool_name: e.call.name,
        tool_result: { ok: e.result.ok, summary: e.summary },
      });
  };

  let usage = ZERO;
  let final: Partial<ModelStep> = {};
  let tools: string[] = [];
  // A tool answer shown whole (no model) may already say it is not legal advice: the notice is not repeated.
  let saysNotAdvice = false;
  let fallback = false;
  let stopped = false;
  let citations: AnswerCitation[] = [];
  const result: Answer = { blocks, citations, lang };
  let grounding: GroundingReport | null = null;
  const overBudget = deps.llm !== null && conv.tokens_used >= deps.config.CONVERSATION_TOKEN_BUDGET;
  try {
    if (overBudget) {
      // Refuse politely instead of growing one conversation's cost without bound.
      say({
        type: 'paragraph',
        text: text('budget', lang, { n: deps.config.CONVERSATION_TOKEN_BUDGET }),
      });
    } else if (deps.llm) {
      try {
        const messages: ChatCompletionMessageParam[] = [
          {
            role: 'system',
            content: systemPrompt(
              deps.registry.forAgent().map((t) => t.name),
              deps.now().toISOString().slice(0, 10),
            ),
          },
          ...buildHistory(prior, request.context),
          { role: 'user', content: request.message },
        ];
        const out = await runLlmLoop({
          deps,
          llm: deps.llm,
          messages,
          lang,
          ctx,
          book,
          emit: send,
          recordStep: (step, executions) => record(step, step.toolCalls, executions),
        });
        ({ usage, final, tools, grounding } = out);
        send({ type: 'grounding', ...out.grounding });
      } catch (err) {
        if (!(err instanceof ProviderFailure)) throw err;
        deps.log.warn('falling back to no-LLM mode', { reason: err.reason });
        fallback = true;
        mode = 'no-llm';
        say({
          type: 'notice',
          tone: 'warning',
          text: text('fallback', lang, { reason: err.reason }),
        });
      }
    }
    if (mode === 'no-llm' && !overBudget) {
      if (!fallback) giveNotice('no_llm');
      const out = await answerWithoutLlm({
        deps,
        conversationId: conv.id,
        message: request.message,
        lang,
        ctx,
        book,
        emit: send,
        record: (calls, executions) => record({}, calls, executions),
      });
      tools = out.tools;
      say(...out.blocks);
      saysNotAdvice = out.blocks.some((b) => 'text' in b && NOT_ADVICE.test(String(b.text)));
    }
    // No-LLM answers show whole tool outputs, so every source they carry is cited.
    citations = mode === 'llm' ? book.citedIn(answer) : book.all();
    result.citations = citations;
    if (tools.some((t) => t.startsWith('compliance_')) && !saysNotAdvice)
      giveNotice('not_legal_advice');
    if (citations.length) sayText(citationsToMarkdown(citations, lang));
    for (const c of citations) send({ type: 'citation', ...eventCitation(c) });
    send({ type: 'answer', ...result });
  } catch (err) {
    if (err instanceof TurnAborted) stopped = true;
    else {
      const error = toAppError(err);
      deps.log.error('chat turn failed', { conversation_id: conv.id, err });
      send({ type: 'error', code: error.code, message: error.message });
    }
  }

  usage = addUsage(usage, toolUsage);
  try {
    await appendMessage(db, conv.id, {
      turn,
      role: 'assistant',
      content: answer,
      citations: citations.map(eventCitation),
      grounding,
      mode,
      model: mode === 'llm' ? deps.llm?.model : null,
      prompt_tokens: final.usage?.prompt_tokens,
      completion_tokens: final.usage?.completion_tokens,
      latency_ms: Date.now() - started,
    });
    await markCited(db, conv.id, mode === 'llm' ? book.toolCallsCitedIn(answer) : []);
    await finishTurn(db, conv.id, usage, noticesGiven);
  } catch (err) {
    deps.log.error('storing the answer failed', { conversation_id: conv.id, err });
    send({ type: 'error', code: 'unavailable', message: 'The answer could not be saved.' });
  }
  send({ type: 'done', conversation_id: conv.id, usage, mode, ...(stopped ? { stopped } : {}) });
  return {
    conversationId: conv.id,
    text: answer,
    answer: result,
    citations: citations.map(eventCitation),
    mode,
    usage,
    ...(fallback ? { fallback } : {}),
    ...(stopped ? { stopped } : {}),
  };
}
