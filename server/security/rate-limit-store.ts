// Chooses where rate-limit buckets live (RATE_LIMIT_STORE): in this process, or in Postgres shared by instances.
import type { AppConfig } from '../../core/config';
import type { Db } from '../../core/db';
import { postgresRateLimiter } from './postgres-rate-limit';
import { perSecondLimiter, perSecondShape, type RateLimiter } from './rate-limit';

/** A limiter per scope ("ip", "key", "widget") at a sustained rate per second, from the configured store. */
export type LimiterFactory = (scope: string, perSecond: number) => RateLimiter;

export function limiterFactory(
  config: Pick<AppConfig, 'RATE_LIMIT_STORE'>,
  db: Db,
): LimiterFactory {
  return config.RATE_LIMIT_STORE === 'postgres'
    ? (scope, perSecond) => postgresRateLimiter(db, scope, perSecondShape(perSecond))
    : (_scope, perSecond) => perSecondLimiter(perSecond);
}
