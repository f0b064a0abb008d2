// Token-bucket rate limiting per key and per IP: a burst capacity refilled at a steady rate.
export interface RateLimitDecision {
  ok: boolean;
  /** Seconds until one token is available again (when not ok). */
  retryAfter: number;
}

export interface RateLimiter {
  /** Synchronous in memory; a platform limiter (a Cloudflare rate-limiting binding) answers asynchronously. */
  take(bucket: string): RateLimitDecision | Promise<RateLimitDecision>;
}

/** The in-memory token bucket: answers at once. */
export interface MemoryRateLimiter extends RateLimiter {
  take(bucket: string): RateLimitDecision;
}

/** A Cloudflare Workers rate-limiting binding ([[unsafe.bindings]] type = "ratelimit"). */
export interface RateLimitBinding {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

/** The per-IP limit kept by Cloudflare across isolates; the binding's own period tells when to retry. */
export function bindingLimiter(binding: RateLimitBinding, retryAfterSeconds = 60): RateLimiter {
  return {
    take: async (bucket) =>
      (await binding.limit({ key: bucket })).success
        ? { ok: true, retryAfter: 0 }
        : { ok: false, retryAfter: retryAfterSeconds },
  };
}

export interface RateLimitOptions {
  /** Tokens a bucket holds when full (the burst). */
  capacity: number;
  /** Tokens added per second. */
  refillPerSecond: number;
  now?: () => number;
  /** Buckets kept at most; the least recently used are dropped (memory bound under many IPs). */
  maxBuckets?: number;
}

export function createRateLimiter(options: RateLimitOptions): MemoryRateLimiter {
  const now = options.now ?? (() => Date.now());
  const maxBuckets = options.maxBuckets ?? 10_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key) {
      const t = now();
      const current = buckets.get(key) ?? { tokens: options.capacity, at: t };
      buckets.delete(key);
      const tokens = Math.min(
        options.capacity,
        current.tokens + ((t - current.at) / 1000) * options.refillPerSecond,
      );
      const ok = tokens >= 1;
      buckets.set(key, { tokens: ok ? tokens - 1 : tokens, at: t });
      if (buckets.size > maxBuckets) buckets.delete(buckets.keys().next().value as string);
      return {
        ok,
        retryAfter: ok ? 0 : Math.max(1, Math.ceil((1 - tokens) / options.refillPerSecond)),
      };
    },
  };
}

/** The product's limit shape: a sustained rate per second with a burst of five seconds' worth. */
export function perSecondShape(
  perSecond: number,
): Pick<RateLimitOptions, 'capacity' | 'refillPerSecond'> {
  return { capacity: perSecond * 5, refillPerSecond: perSecond };
}

export function perSecondLimiter(perSecond: number): MemoryRateLimiter {
  return createRateLimiter(perSecondShape(perSecond));
}
