// The local default embedder: no network, no key, no model weights. It is a feature-hashing model, not a neural
// one: stemmed words, word bigrams and character 4-grams are hashed (signed) into a fixed number of dimensions with
// sub-linear term weights, then L2-normalised. It captures lexical and morphological overlap (labelling/labels,
// certification/certificate), not meaning; hybrid search and the bilingual glossary make up the rest.
import { normalise } from './embedder';
import { type Embedder } from '../../core/embedder';
import { terms } from './tokens';

export const LOCAL_DIMENSIONS = 512;
export const LOCAL_MODEL = `local-hash-ngram-${LOCAL_DIMENSIONS}-v1`;

const WEIGHT = { word: 1, bigram: 0.6, chargram: 0.35 };

/** FNV-1a 32-bit hash with a seed, so the bucket and the sign come from independent hashes. */
function fnv1a(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Weighted features of one text (feature -> summed weight before the sub-linear transform). */
export function features(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (feature: string, weight: number) =>
    counts.set(feature, (counts.get(feature) ?? 0) + weight);
  const words = terms(text);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    add(`w:${word}`, WEIGHT.word);
    if (i + 1 < words.length) add(`b:${word}_${words[i + 1]}`, WEIGHT.bigram);
    if (word.length >= 5 && /^[a-z]/.test(word)) {
      const padded = `^${word}$`;
      const grams = padded.length - 3;
      for (let j = 0; j < grams; j++) add(`c:${padded.slice(j, j + 4)}`, WEIGHT.chargram / grams);
    }
  }
  return counts;
}

export function embedText(text: string, dimensions = LOCAL_DIMENSIONS): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  for (const [feature, weight] of features(text)) {
    const bucket = fnv1a(feature, 0) % dimensions;
    const sign = fnv1a(feature, 0x9e3779b9) & 1 ? 1 : -1;
    vector[bucket] += sign * Math.log1p(weight);
  }
  return normalise(vector);
}

export function createLocalEmbedder(dimensions = LOCAL_DIMENSIONS): Embedder {
  return {
    model: dimensions === LOCAL_DIMENSIONS ? LOCAL_MODEL : `local-hash-ngram-${dimensions}-v1`,
    dimensions,
    // Short unrelated queries reach ~0.35 through hash collisions; only near-duplicates pass on vectors alone.
    minRelevantSimilarity: 0.6,
    embed: async (texts) => texts.map((t) => embedText(t, dimensions)),
  };
}
