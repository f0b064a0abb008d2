// The chat model contract: an OpenAI-compatible client and the model name; tools and the agent code against it.
import type OpenAI from 'openai';

export interface Llm {
  client: OpenAI;
  model: string;
}

export interface TokenUsage {
  prompt_tokens: number;
  completion_tokens: number;
}

/** The caller's side of a model call made inside a tool or a search: its abort signal and where tokens count. */
export interface ModelCallContext {
  /** Aborts the call when the chat turn is cancelled. */
  signal?: AbortSignal;
  /** Receives the tokens the call used (the chat turn adds them to the conversation's budget). */
  onUsage?: (usage: TokenUsage) => void;
}

/** Passes a completion's token usage to the caller, when both are known. */
export function reportUsage(
  call: ModelCallContext | undefined,
  usage: { prompt_tokens?: number; completion_tokens?: number } | null | undefined,
): void {
  if (!call?.onUsage || !usage) return;
  call.onUsage({
    prompt_tokens: usage.prompt_tokens ?? 0,
    completion_tokens: usage.completion_tokens ?? 0,
  });
}
