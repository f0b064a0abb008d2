// The chat turn contract shared by every chat surface (SSE, OpenAI-compatible, CLI, Slack, widget).
import type { Answer } from '../../core/answer';
import type { Surface } from '../../tools/define-tool';
import type { GroundingReport } from './grounding/stream-guard';
import type { ConversationAccess } from './conversation-access';

export interface Citation {
  n: number;
  title: string;
  url: string;
}

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

/** Events a turn emits, in order: start, then tokens/tool calls/results/citations, then answer and done (or error, then done). */
export type ChatEvent =
  /** `visitor_token` comes once, when a widget visitor starts a conversation: send it back to read or continue it. */
  | { type: 'start'; conversation_id: string; mode: 'llm' | 'no-llm'; visitor_token?: string }
  /** A piece of answer text, in order; concatenated they are the whole answer. */
  | { type: 'token'; text: string }
  /** `id` pairs a tool_call with its tool_result (parallel calls may finish in any order). */
  | { type: 'tool_call'; id?: string; name: string; arguments: unknown }
  | { type: 'tool_result'; id?: string; name: string; ok: boolean; summary: string }
  | { type: 'citation'; n: number; title: string; url: string }
  /** LLM answers only: how many figures and [n] markers were checked, how many failed, whether the model
   *  was asked to rewrite, and how many statements were removed. */
  | ({ type: 'grounding' } & GroundingReport)
  | { type: 'error'; code: string; message: string }
  /** The whole answer as blocks and citations, once complete (after the last token, before done). */
  | ({ type: 'answer' } & Answer)
  /** `mode` is the mode that produced the answer ('no-llm' after a fallback); `stopped` when the caller aborted. */
  | {
      type: 'done';
      conversation_id: string;
      usage: Usage;
      mode?: 'llm' | 'no-llm';
      stopped?: boolean;
    };

export interface ChatTurnRequest {
  message: string;
  /** Continue this conversation; a new one is created when absent or unknown. */
  conversationId?: string;
  /** A stable external key (e.g. a Slack thread) mapped to one conversation. */
  conversationKey?: string;
  /** Earlier messages from outside the store (e.g. a Slack thread's replies) to give the model context. */
  context?: Array<{ role: 'user' | 'assistant'; content: string }>;
  surface: Surface;
  principal?: string;
  /** Who owns new conversations and may continue this one; default: owner = the surface, reads only its own. */
  access?: ConversationAccess;
  signal?: AbortSignal;
}

export interface ChatTurnResult {
  conversationId: string;
  text: string;
  /** The same answer as blocks and citations, for surfaces that render it natively. */
  answer: Answer;
  citations: Citation[];
  mode: 'llm' | 'no-llm';
  usage: Usage;
  /** True when a configured model failed and the answer came from the no-LLM router instead. */
  fallback?: boolean;
  /** True when request.signal aborted the turn; text is what was produced until then. */
  stopped?: boolean;
}
