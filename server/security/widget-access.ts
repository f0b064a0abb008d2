// Widget access for /api/chat and /api/conversations/*: admin key, or publishable key + Origin (CORS for allowed
// origins, per-key limits), or local development on loopback with no keys. No header is trusted beyond that.
import type { Context, MiddlewareHandler } from 'hono';
import { ForbiddenError } from '../../core/errors';
import type { AppEnv } from '../surfaces/http/app-env';
import { RateLimitedError } from './access';
import { adminCaller, LOCAL_CALLER } from './caller';
import { bearerToken, matchKey, type KeyEntry, type PublicKeyEntry } from './keys';
import { perSecondLimiter, type RateLimiter } from './rate-limit';

/** The header the widget sends its publishable key in (from the script tag's data-key). */
export const WIDGET_KEY_HEADER = 'X-Tradepilot-Key';
/** The header a widget visitor sends the token it received with a conversation's first answer in. */
export const VISITOR_HEADER = 'X-Tradepilot-Visitor';

export interface WidgetAccessOptions {
  /** Publishable keys with their allowed origins. */
  keys: PublicKeyEntry[];
  /** Admin keys also open the chat (server-to-server clients); with admin keys set the server is public. */
  adminKeys: KeyEntry[];
  /** Sustained requests per second per widget key; a burst of five seconds' worth is allowed. */
  perKeyPerSecond: number;
  /** The tools chats opened with a publishable key may reach (TRADEPILOT_WIDGET_TOOLS). */
  widgetTools: ReadonlySet<string>;
  /** The per-key limiter (default: in memory); the per-IP budget is applied to every route by accessControl. */
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
  // No keys at all: local development, which assertSafeBind keeps on loopback.
  const local = options.keys.length === 0 && options.adminKeys.length === 0;
  const keyOrigins = new Map(options.keys.map((k) => [k, new Set(k.origins.map(normalise))]));
  const anyKeyOrigin = new Set([...keyOrigins.values()].flatMap((s) => [...s]));
  const perKey = options.limiter ?? perSecondLimiter(options.perKeyPerSecond);
  const originAllowed = (origin: string) =>
    local ? isLoopbackOrigin(origin) : anyKeyOrigin.has(origin);

  return async (c, next) => {
    const origin = requestOrigin(c);
    // Origins some key allows get CORS headers even on a 403/429, so the widget can read and explain it.
    if (origin !== null && originAllowed(origin)) setCorsHeaders(c, origin);

    if (c.req.method === 'OPTIONS') {
      // A preflight carries no key: answer it for origins some key (or local development) allows.
      if (origin === null || !originAllowed(origin))
        throw new ForbiddenError('This origin may not use the assistant.');
      c.header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      c.header(
        'Access-Control-Allow-Headers',
        `Content-Type, Accept, ${WIDGET_KEY_HEADER}, ${VISITOR_HEADER}`,
      );
      c.header('Access-Control-Max-Age', '600');
      return c.body(null, 204);
    }

    const admin = await matchKey(options.adminKeys, bearerToken(c.req.header('authorization')));
    if (admin) {
      c.set('principal', admin.id);
      c.set('caller', adminCaller(admin.id));
      return next();
    }

    if (local) {
      if (origin !== null && !isLoopbackOrigin(origin))
        throw new ForbiddenError(
          'No widget keys are configured, so only localhost pages may chat. Set TRADEPILOT_PUBLIC_KEYS.',
        );
      c.set('principal', 'local');
      c.set('caller', LOCAL_CALLER);
      return next();
    }

    const presented = c.req.header(WIDGET_KEY_HEADER);
    if (!presented)
      throw new ForbiddenError(
        options.keys.length
          ? `This route needs a publishable widget key in the ${WIDGET_KEY_HEADER} header, or an admin key.`
          : 'Chat needs an admin key (Authorization: Bearer) or a publishable widget key; set TRADEPILOT_PUBLIC_KEYS for web pages.',
      );
    const key = await matchKey(options.keys, presented);
    if (!key || origin === null || !keyOrigins.get(key)!.has(origin))
      throw new ForbiddenError('This widget key is unknown or not allowed on this website.');
    c.set('principal', key.id);
    c.set('caller', {
      owner: `widget:${key.id}`,
      readsAll: false,
      visitorToken: c.req.header(VISITOR_HEADER) || undefined,
      tools: options.widgetTools,
    });
    const decision = await perKey.take(key.id);
    if (!decision.ok) throw new RateLimitedError(decision.retryAfter);
    return next();
  };
}
