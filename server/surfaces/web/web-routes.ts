// GET / (the demo page) and GET /widget.js (the embeddable widget, from a runtime-specific provider).
import { Hono } from 'hono';
import { etag } from 'hono/etag';
import type { AppDeps } from '../../deps';
import { hasLlm } from '../../../core/config';
import { UnavailableError } from '../../../core/errors';
import type { AppEnv } from '../http/app-env';
import { demoPage } from './demo-page';

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

export function webRoutes(deps: AppDeps, widgetScript: WidgetScriptProvider | undefined) {
  return new Hono<AppEnv>()
    .get('/', (c) => {
      const lang = c.req.query('lang')?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
      c.header('Content-Security-Policy', DEMO_CSP);
      return c.html(
        demoPage({ lang, origin: new URL(c.req.url).origin, noLlm: !hasLlm(deps.config) }),
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
