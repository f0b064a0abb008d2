// Reciprocal rank fusion: how hybrid search (knowledge passages, HS codes) merges its rankings into one score.
export const RRF_K = 60;

/** One ranking's contribution: 1 / (K + rank), 0 when the item is not in that ranking. */
export const rrf = (rank: number | null | undefined): number => (rank ? 1 / (RRF_K + rank) : 0);

/**
 * Fused relevance of an item from its rank in each list (null = absent), scaled to 0..1 (1 = first everywhere).
 * `weights` (default 1 each) lets a caller trust one ranking more than another.
 */
export function fusedScore(ranks: Array<number | null | undefined>, weights?: number[]): number {
  let sum = 0;
  let top = 0;
  ranks.forEach((rank, i) => {
    const w = weights?.[i] ?? 1;
    sum += w * rrf(rank);
    top += w * rrf(1);
  });
  return top ? sum / top : 0;
}
