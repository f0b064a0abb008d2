// GET / (demo page) and GET /widget.js: content, headers, the size budget, and a clear 503 without a built script.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import type { AppDeps } from '../../server/deps';
import { buildWidgetScript } from '../../server/surfaces/web/widget-bundle';
import { createTestDeps } from '../helpers/test-deps';

let deps: AppDeps;
beforeAll(async () => {
  deps = await createTestDeps();
});
afterAll(async () => {
  await deps.db.close();
});

describe('GET /', () => {
  it('explains the assistant, offers example questions in English and Chinese, and embeds the widget', async () => {
    const res = await createApp(deps).request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const page = await res.text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<script src="/widget.js" async></script>');
    for (const topic of ['Compliance', 'Listing localization', 'Ad copy', 'Inventory'])
      expect(page).toContain(`<h2>${topic}</h2>`);
    expect(page).toContain('data-tradepilot-ask="What certification do toys need in the EU?"');
    expect(page).toContain('data-tradepilot-ask="玩具出口欧盟需要什么认证？"');
    expect(page).toContain('runs without a language model');
    // Quotes in questions are escaped inside the attribute, not breaking out of it.
    expect(page).toContain('data-tradepilot-ask="Localize my listing &quot;Insulated');
  });

  it('is in Chinese with ?lang=zh, so the widget follows the page language', async () => {
    const page = await (await createApp(deps).request('/?lang=zh')).text();
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain('跨境电商运营助手');
  });
});

describe('GET /widget.js', () => {
  it('serves the built script, cacheable, with an ETag', async () => {
    const app = createApp(deps, { widgetScript: buildWidgetScript });
    const res = await app.request('/widget.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toContain('max-age');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const script = await res.text();
    expect(script).toContain('data-tradepilot-ask');
    expect(gzipSync(script).length).toBeLessThan(60 * 1024);
    const again = await app.request('/widget.js', {
      headers: { 'If-None-Match': res.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
  });

  it('answers 503 with a clear message when this runtime has no built script', async () => {
    const res = await createApp(deps).request('/widget.js');
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain(
      'widget',
    );
  });
});
