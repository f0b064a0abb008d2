// Builds the OpenAI-compatible chat model client from config; null when no model is configured (no-LLM mode).
import OpenAI from 'openai';
import { hasLlm, type AppConfig } from '../core/config';
import type { Llm } from '../core/llm';

export function createLlm(config: AppConfig): Llm | null {
  if (!hasLlm(config)) return null;
  return {
    client: new OpenAI({
      apiKey: config.OPENAI_API_KEY ?? 'not-needed',
      baseURL: config.OPENAI_BASE_URL,
      timeout: config.LLM_TIMEOUT_MS,
      maxRetries: 2,
    }),
    model: config.LLM_MODEL,
  };
}
