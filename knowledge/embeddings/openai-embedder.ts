// Embeddings from any OpenAI-compatible /embeddings API (OpenAI, Azure, Ollama, vLLM), honouring OPENAI_BASE_URL.
import OpenAI from 'openai';
import type { AppConfig } from '../../core/config';
import { UnavailableError } from '../../core/errors';
import { normalise } from './embedder';
import { type Embedder } from '../../core/embedder';

/** Known output sizes; other models are probed once with a short text. */
const KNOWN_DIMENSIONS: Record<string, number> = {
  'text-embedding-3-small': 1536,
  'text-embedding-3-large': 3072,
  'text-embedding-ada-002': 1536,
};

const BATCH = 96;

export interface OpenAiEmbedderOptions {
  client?: OpenAI;
  model?: string;
  dimensions?: number;
  minRelevantSimilarity?: number;
}

export function createOpenAiEmbedder(
  config: AppConfig,
  options: OpenAiEmbedderOptions = {},
): Embedder {
  const client =
    options.client ??
    new OpenAI({
      apiKey: config.OPENAI_API_KEY ?? 'not-needed',
      baseURL: config.OPENAI_BASE_URL,
      timeout: config.LLM_TIMEOUT_MS,
      maxRetries: 2,
    });
  const model = options.model ?? config.EMBEDDINGS_MODEL;
  let dimensions = options.dimensions ?? KNOWN_DIMENSIONS[model] ?? 0;

  const request = async (input: string[]): Promise<number[][]> => {
    try {
      const response = await client.embeddings.create({ model, input, encoding_format: 'float' });
      return response.data
        .sort((a, b) => a.index - b.index)
        .map((item) => normalise(item.embedding));
    } catch (err) {
      throw new UnavailableError(
        `The embeddings API (model ${model}) did not answer; check OPENAI_BASE_URL, OPENAI_API_KEY and EMBEDDINGS_MODEL.`,
        err,
      );
    }
  };

  return {
    model: `openai:${model}`,
    minRelevantSimilarity: options.minRelevantSimilarity ?? 0.45,
    get dimensions() {
      return dimensions;
    },
    async embed(texts) {
      const out: number[][] = [];
      for (let i = 0; i < texts.length; i += BATCH) {
        out.push(...(await request(texts.slice(i, i + BATCH).map((t) => t || ' '))));
      }
      if (out.length && !dimensions) dimensions = out[0].length;
      if (out.some((v) => v.length !== dimensions))
        throw new UnavailableError(
          `The embeddings API returned vectors of an unexpected size for ${model} (expected ${dimensions}).`,
        );
      return out;
    },
  };
}

/** Resolves the dimension of a model whose size is not known in advance (one short request). */
export async function probeDimensions(embedder: Embedder): Promise<number> {
  if (embedder.dimensions) return embedder.dimensions;
  await embedder.embed(['dimension probe']);
  return embedder.dimensions;
}
