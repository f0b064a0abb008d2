// The OpenAI-compatible chat model client, built from config; null when no model is configured (no-LLM mode).
import OpenAI from 'openai';
import { hasLlm, type AppConfig } from './env';

export interface Llm {
  client: OpenAI;
  model: string;
}

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
