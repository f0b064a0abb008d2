// The factory that picks the configured embedder (local by default, or OpenAI-compatible) and vector helpers.
import type { AppConfig } from '../../core/config';
import type { Embedder } from '../../core/embedder';
import { createLocalEmbedder } from './local-embedder';
import { createOpenAiEmbedder } from './openai-embedder';

export function createEmbedder(config: AppConfig): Embedder {
  if (config.EMBEDDINGS_PROVIDER === 'openai') return createOpenAiEmbedder(config);
  return createLocalEmbedder();
}

/** Scales a vector to unit length (a zero vector stays zero). */
export function normalise(vector: number[]): number[] {
  let sum = 0;
  for (const v of vector) sum += v * v;
  const norm = Math.sqrt(sum);
  return norm === 0 ? vector : vector.map((v) => v / norm);
}
