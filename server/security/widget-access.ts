// Widget access for /api/chat and /api/conversations/*: publishable key + Origin check, CORS for allowed origins, per-key limits.
import type { Context, MiddlewareHandler } from 'hono';
import { ForbiddenError } from '../../core/errors';
import type { AppEnv } from '../surfaces/http/app-env';
import { RateLimitedError } from './access';
import { bearerToken, matchKey, type KeyEntry, type PublicKeyEntry } from './keys';
import { perSecondLimiter, type RateLimiter } from './rate-limit';

/** The header the widget sends its publishable key in (from the script tag's data-key). */
export const WIDGET_KEY_HEADER = 'X-Tradepilot-Key';

export interface WidgetAccessOptions {
  /** Publishable keys with their allowed origins; none configured = local development. */
  keys: PublicKeyEntry[];
  /** Admin keys also open the chat (server-to-server clients); with admin keys set the server is public. */
  adminKeys: KeyEntry[];
  /** Sustained requests per second per widget key; a burst of five seconds' worth is allowed. */
  perKeyPerSecond: number;
  /** Replace the per-key limiter (tests). The per-IP budget is applied to every route by accessControl. */
  limiter?: RateLimiter;
}

const LOOPBACK_HOST = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** The request's Origin normalised to scheme://host[:port], or null when absent or not a web origin. */
function requestOrigin(c: Context): string | null {
  const origin = c.req.header('origin');
  if (!origin || origin === 'null') return null;
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** A request from a page served by this server: same host as Origin, or the browser says same-origin. */
function isSameOrigin(c: Context, origin: string | null): boolean {
  if (origin) return new URL(origin).host === (c.req.header('host') ?? new URL(c.req.url).host);
  return c.req.header('sec-fetch-site') === 'same-origin';
}

const isLoopbackOrigin = (origin: string) => LOOPBACK_HOST.test(new URL(origin).hostname);

const normalise = (origin: string) => {
  try {
    return new URL(origin).origin;
  } catch {
    return origin.toLowerCase();
  }
};

function setCorsHeaders(c: Context, origin: string) {
  c.header('Access-Control-Allow-Origin', origin);
  c.header('Vary', 'Origin', { append: true });
  c.header('Access-Control-Expose-Headers', 'Retry-After, X-Request-Id');
}

export function widgetAccess(options: WidgetAccessOptions): MiddlewareHandler<AppEnv> {
  const configured = options.keys.length > 0;
  const keyOrigins = new Map(options.keys.map((k) => [k, new Set(k.origins.map(normalise))]));
  const anyKeyOrigin = new Set([...keyOrigins.values()].flatMap((s) => [...s]));
  const perKey = options.limiter ?? perSecondLimiter(options.perKeyPerSecond);

  /** Without keys, only this server's own pages and loopback origins (local development). */
  const localAllowed = (c: Context, origin: string | null) =>
    origin === null || isSameOrigin(c, origin) || isLoopbackOrigin(origin);

  return async (c, next) => {
    const origin = requestOrigin(c);
    const sameOrigin = isSameOrigin(c, origin);
    const crossOrigin = origin !== null && !sameOrigin;

    if (c.req.method === 'OPTIONS') {
      // A preflight carries no key: answer it for origins some key (or local development) allows.
      const allowed =
        origin !== null && (configured ? anyKeyOrigin.has(origin) : localAllowed(c, origin));
      if (!allowed) throw new ForbiddenError('This origin may not use the assistant.');
      setCorsHeaders(c, origin);
      c.header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      c.header('Access-Control-Allow-Headers', `Content-Type, Accept, ${WIDGET_KEY_HEADER}`);
      c.header('Access-Control-Max-Age', '600');
      return c.body(null, 204);
    }

    const admin = await matchKey(options.adminKeys, bearerToken(c.req.header('authorization')));
    if (admin) {
      if (crossOrigin && anyKeyOrigin.has(origin)) setCorsHeaders(c, origin);
      c.set('principal', admin.id);
      return next();
    }

    if (!configured && options.adminKeys.length > 0)
      // A public server (admin keys set) without widget keys: pages cannot prove where they come from.
      throw new ForbiddenError(
        'Chat needs an admin key (Authorization: Bearer) or a publishable widget key; set TRADEPILOT_PUBLIC_KEYS for web pages.',
      );

    if (!configured) {
      if (!localAllowed(c, origin))
        throw new ForbiddenError(
          'No widget keys are configured, so only this server and localhost pages may chat. Set TRADEPILOT_PUBLIC_KEYS.',
        );
      if (crossOrigin) setCorsHeaders(c, origin);
      c.set('principal', 'local');
      return next();
    }

    // Origins some key allows get CORS headers even on a 403/429, so the widget can read and explain it.
    if (crossOrigin && anyKeyOrigin.has(origin)) setCorsHeaders(c, origin);
    const presented = c.req.header(WIDGET_KEY_HEADER);
    if (!presented) {
      if (!sameOrigin)
        throw new ForbiddenError(
          `This route needs a publishable widget key in the ${WIDGET_KEY_HEADER} header.`,
        );
      c.set('principal', 'same-origin');
      return next();
    }
    const key = await matchKey(options.keys, presented);
    const allowedHere =
      key !== null && (sameOrigin || (origin !== null && keyOrigins.get(key)!.has(origin)));
    if (!allowedHere)
      throw new ForbiddenError('This widget key is unknown or not allowed on this website.');
    c.set('principal', key.id);
    const decision = perKey.take(key.id);
    if (!decision.ok) throw new RateLimitedError(decision.retryAfter);
    return next();
  };
}
