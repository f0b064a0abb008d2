// createApp(deps): mounts every surface on one Hono app with request ids, logging, body limits and one error handler.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { Context } from 'hono';
import type { AppDeps } from './deps';
import type { AppEnv } from './surfaces/http/app-env';
import { AppError, httpErrorBody, toAppError } from '../core/errors';
import { healthRoutes } from './surfaces/http/health';
import { toolRoutes } from './surfaces/http/tool-routes';
import { inventoryRoutes } from './surfaces/http/inventory-routes';
import { ingestRoutes } from './surfaces/http/ingest-routes';
import { knowledgeRoutes } from './surfaces/http/knowledge-routes';
import { openApiRoutes } from './surfaces/http/openapi';
import { chatRoutes } from './surfaces/chat/chat-routes';
import { openaiRoutes } from './surfaces/chat/openai-routes';
import { mcpRoutes } from './surfaces/mcp/http';
import { slackRoutes } from './surfaces/slack/routes';
import { accessControl } from './security/access';
import { widgetAccess } from './security/widget-access';
import { webRoutes, type WidgetScriptProvider } from './surfaces/web/web-routes';
import { bearerToken, matchKey, type KeyRing } from './security/keys';
import { clientIpResolver } from './security/client-ip';
import type { RateLimiter } from './security/rate-limit';
import { limiterFactory } from './security/rate-limit-store';
import { resolveWidgetTools } from './security/widget-tools';

export const MAX_BODY_BYTES = 1024 * 1024;

export interface AppOptions {
  /** Hashed admin and widget keys (server/security/keys.ts buildKeyRing); none = local development. */
  keys?: KeyRing;
  /** The caller's socket IP from the runtime; with TRUST_PROXY the proxy's forwarding headers take precedence. */
  clientIp?: (c: Context) => string;
  /** The per-IP limiter; default: RATE_LIMIT_RPS_PER_IP in RATE_LIMIT_STORE (Workers pass their rate-limiting binding). */
  perIpLimiter?: RateLimiter;
  /** The built widget.js (server/surfaces/web/widget-bundle.ts on Node); without it /widget.js answers 503. */
  widgetScript?: WidgetScriptProvider;
}

export function createApp(deps: AppDeps, options: AppOptions = {}) {
  const app = new Hono<AppEnv>();
  app.use('*', requestId({ headerName: 'X-Request-Id' }));
  // widget.js is loaded by other sites' pages, so resources may be read cross-origin; CORS still guards the API.
  app.use('*', secureHeaders({ crossOriginResourcePolicy: 'cross-origin' }));
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    deps.log.info('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
      request_id: c.get('requestId'),
    });
  });
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        c.json(
          httpErrorBody(
            new AppError(
              'payload_too_large',
              413,
              `The request body is larger than ${MAX_BODY_BYTES} bytes.`,
            ),
            c.get('requestId'),
          ),
          413,
        ),
    }),
  );

  // Widget key, Origin and CORS first, so preflights and 403/429 answers carry CORS headers for allowed sites.
  const limiter = limiterFactory(deps.config, deps.db);
  const widget = widgetAccess({
    keys: options.keys?.widget ?? [],
    adminKeys: options.keys?.admin ?? [],
    perKeyPerSecond: deps.config.RATE_LIMIT_RPS_PER_KEY,
    limiter: limiter('widget', deps.config.RATE_LIMIT_RPS_PER_KEY),
    widgetTools: resolveWidgetTools(deps.registry, deps.config.TRADEPILOT_WIDGET_TOOLS),
  });
  app.use('/api/chat', widget);
  app.use('/api/conversations/*', widget);

  app.use(
    '*',
    accessControl({
      keys: options.keys ?? { admin: [], widget: [] },
      clientIp: clientIpResolver(deps.config.TRUST_PROXY, options.clientIp ?? (() => 'unknown')),
      limits: {
        perKeyPerSecond: deps.config.RATE_LIMIT_RPS_PER_KEY,
        perIpPerSecond: deps.config.RATE_LIMIT_RPS_PER_IP,
      },
      limiters: {
        perKey: limiter('key', deps.config.RATE_LIMIT_RPS_PER_KEY),
        perIp: options.perIpLimiter ?? limiter('ip', deps.config.RATE_LIMIT_RPS_PER_IP),
      },
    }),
  );

  app.route('/', webRoutes(deps, options.widgetScript));
  const adminKeys = options.keys?.admin ?? [];
  app.route(
    '/',
    healthRoutes(
      deps,
      async (c) =>
        adminKeys.length === 0 ||
        (await matchKey(adminKeys, bearerToken(c.req.header('authorization')))) !== null,
    ),
  );
  app.route('/', openApiRoutes(deps));
  app.route('/', toolRoutes(deps));
  app.route('/', inventoryRoutes(deps));
  app.route('/', ingestRoutes(deps));
  app.route('/', knowledgeRoutes(deps));
  app.route('/', chatRoutes(deps));
  app.route('/', openaiRoutes(deps));
  app.route('/', mcpRoutes(deps, { maxBodyBytes: MAX_BODY_BYTES }));
  app.route('/', slackRoutes(deps));

  app.notFound((c) =>
    c.json(
      httpErrorBody(new AppError('not_found', 404, `No route for ${c.req.method} ${c.req.path}.`)),
      404,
    ),
  );
  app.onError((err, c) => {
    const error = toAppError(err);
    const id = c.get('requestId');
    if (error.status >= 500)
      deps.log.error('request failed', { request_id: id, path: c.req.path, err });
    if (error.details.retryAfter) c.header('Retry-After', String(error.details.retryAfter));
    return c.json(httpErrorBody(error, id), error.status as 400);
  });
  return app;
}

export type App = ReturnType<typeof createApp>;
