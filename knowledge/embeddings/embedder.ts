// The embedding provider contract and the factory that picks the configured one (local by default, or OpenAI-compatible).
import type { AppConfig } from '../../server/env';
import { createLocalEmbedder } from './local-embedder';
import { createOpenAiEmbedder } from './openai-embedder';

export interface Embedder {
  /** Recorded on every chunk; chunks embedded by another model are re-embedded, never mixed. */
  readonly model: string;
  readonly dimensions: number;
  /**
   * Cosine similarity above which a passage counts as relevant on the vector evidence alone (without sharing
   * search terms with the question). Depends on the model: hashed features collide, neural models do not.
   */
  readonly minRelevantSimilarity: number;
  /** One L2-normalised vector per text, in order. */
  embed(texts: string[]): Promise<number[][]>;
}

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
