// GET / (the demo page) and GET /widget.js (the embeddable widget, from a runtime-specific provider).
import { Hono } from 'hono';
import { etag } from 'hono/etag';
import type { AppDeps } from '../../deps';
import { hasLlm } from '../../../core/config';
import { UnavailableError } from '../../../core/errors';
import type { AppEnv } from '../http/app-env';
import { demoPage } from './demo-page';
import { parsePublicKeys } from '../../security/keys';

/** Returns the built widget.js text: built in memory on Node, bundled as a string on Workers. */
export type WidgetScriptProvider = () => Promise<string>;

const DEMO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The page embeds what a real site would: the publishable key listing its own origin (keys are public). On a
 * server with keys and none for this origin the page says chat is off; local development needs no key. */
function demoWidgetKey(deps: AppDeps, origin: string): string | null | undefined {
  const publicKeys = parsePublicKeys(deps.config.TRADEPILOT_PUBLIC_KEYS);
  if (!publicKeys.length && !deps.config.TRADEPILOT_API_KEYS.length) return undefined;
  return publicKeys.find((k) => k.origins.includes(origin))?.key ?? null;
}

export function webRoutes(deps: AppDeps, widgetScript: WidgetScriptProvider | undefined) {
  return new Hono<AppEnv>()
    .get('/', (c) => {
      const lang = c.req.query('lang')?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
      const origin = new URL(c.req.url).origin;
      c.header('Content-Security-Policy', DEMO_CSP);
      return c.html(
        demoPage({
          lang,
          origin,
          noLlm: !hasLlm(deps.config),
          widgetKey: demoWidgetKey(deps, origin),
        }),
      );
    })
    .get('/widget.js', etag(), async (c) => {
      if (!widgetScript)
        throw new UnavailableError('The chat widget is not available on this server.');
      let script: string;
      try {
        script = await widgetScript();
      } catch (err) {
        throw new UnavailableError('The chat widget could not be built; see the server log.', err);
      }
      c.header('Content-Type', 'text/javascript; charset=utf-8');
      c.header('Cache-Control', 'public, max-age=300');
      return c.body(script);
    });
}
