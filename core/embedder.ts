// The embedding provider contract: what knowledge search and ingestion need from a model that turns text into vectors.
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
