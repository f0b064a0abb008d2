// Access middleware: applies each route's policy (admin bearer keys, per-key and per-IP rate limits).
import type { Context, MiddlewareHandler } from 'hono';
import { AppError, ForbiddenError, UnauthorizedError } from '../../core/errors';
import type { AppEnv } from '../surfaces/http/app-env';
import { adminCaller, LOCAL_CALLER } from './caller';
import { bearerToken, matchKey, type KeyRing } from './keys';
import { policyFor } from './policies';
import { perSecondLimiter, type RateLimiter } from './rate-limit';

export interface AccessOptions {
  keys: KeyRing;
  /** The caller's IP as the runtime sees it (socket address on Node, cf-connecting-ip in Workers). */
  clientIp: (c: Context) => string;
  /** Sustained requests per second; a burst of five seconds' worth is allowed. */
  limits: { perKeyPerSecond: number; perIpPerSecond: number };
  /** The limiters (default: in memory; the app passes the configured store's). */
  limiters?: { perKey: RateLimiter; perIp: RateLimiter };
}

export class RateLimitedError extends AppError {
  constructor(retryAfter: number) {
    super('rate_limited', 429, 'Too many requests; slow down and retry later.', { retryAfter });
  }
}

export function accessControl(options: AccessOptions): MiddlewareHandler<AppEnv> {
  const { perKey, perIp } = options.limiters ?? {
    perKey: perSecondLimiter(options.limits.perKeyPerSecond),
    perIp: perSecondLimiter(options.limits.perIpPerSecond),
  };
  return async (c, next) => {
    const policy = policyFor(c.req.path);
    if (!policy) throw new ForbiddenError('This path is not served.');
    if (policy === 'admin') {
      if (options.keys.admin.length > 0) {
        const key = await matchKey(options.keys.admin, bearerToken(c.req.header('authorization')));
        if (!key)
          throw new UnauthorizedError(
            'This route needs an admin API key: Authorization: Bearer <key>.',
          );
        c.set('principal', key.id);
        c.set('caller', adminCaller(key.id));
        const decision = await perKey.take(key.id);
        if (!decision.ok) throw new RateLimitedError(decision.retryAfter);
      } else {
        c.set('principal', 'local');
        c.set('caller', LOCAL_CALLER);
      }
    }
    // Widget and Slack routes check their own credentials; every route shares the per-IP budget.
    if (policy !== 'slack') {
      const decision = await perIp.take(options.clientIp(c));
      if (!decision.ok) throw new RateLimitedError(decision.retryAfter);
    }
    await next();
  };
}
