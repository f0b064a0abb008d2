// The token bucket of rate-limit.ts kept in Postgres (RATE_LIMIT_STORE=postgres), so a limit holds across every
// instance on one database: one atomic upsert per request, timed by the database clock.
import type { Db } from '../../core/db';
import type { RateLimiter, RateLimitOptions } from './rate-limit';

/** Refill, take one token if there is one, and remember whether it was taken: one statement, one row lock. */
const TAKE_SQL = `
INSERT INTO rate_limit_buckets AS b (bucket, tokens, at, last_ok)
VALUES ($1, $2::float8 - 1, clock_timestamp(), true)
ON CONFLICT (bucket) DO UPDATE SET
  tokens = least($2::float8, b.tokens + extract(epoch FROM clock_timestamp() - b.at) * $3::float8)
    - CASE WHEN least($2::float8, b.tokens + extract(epoch FROM clock_timestamp() - b.at) * $3::float8) >= 1
      THEN 1 ELSE 0 END,
  last_ok = least($2::float8, b.tokens + extract(epoch FROM clock_timestamp() - b.at) * $3::float8) >= 1,
  at = clock_timestamp()
RETURNING tokens, last_ok`;

/** Buckets idle this long are full again and can be forgotten. */
const IDLE_SECONDS = 3600;
/** One take in this many also sweeps idle buckets (keeps the table small under many IPs). */
const SWEEP_EVERY = 1000;

export function postgresRateLimiter(
  db: Db,
  scope: string,
  options: Pick<RateLimitOptions, 'capacity' | 'refillPerSecond'>,
): RateLimiter {
  let takes = 0;
  return {
    async take(bucket) {
      if (++takes % SWEEP_EVERY === 0)
        await db.query(
          `DELETE FROM rate_limit_buckets WHERE at < clock_timestamp() - make_interval(secs => $1)`,
          [IDLE_SECONDS],
        );
      const { rows } = await db.query<{ tokens: number; last_ok: boolean }>(TAKE_SQL, [
        `${scope}:${bucket}`,
        options.capacity,
        options.refillPerSecond,
      ]);
      const { tokens, last_ok: ok } = rows[0];
      return {
        ok,
        retryAfter: ok ? 0 : Math.max(1, Math.ceil((1 - Number(tokens)) / options.refillPerSecond)),
      };
    },
  };
}
