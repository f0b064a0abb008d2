// The widget in Debian's Chromium: demo page answers (citations, tables), history on reload, keyboard, 375 px,
// foreign-origin embedding with allowed and refused keys, and isolation from the host page's CSS.
import { mkdir } from 'node:fs/promises';
import type http from 'node:http';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildKeyRing } from '../../server/security/keys';
import {
  ARTIFACTS,
  browserAvailability,
  hostileHostPage,
  launchChromium,
  openDemoDeps,
  serveApp,
  serveHostPages,
  type Served,
} from './harness';

const availability = browserAvailability();
const COMPLIANCE_Q = 'What certification do toys need in the EU?';
const INVENTORY_Q = 'Which SKUs will run out in Germany?';

if (!availability.run) {
  if (availability.mustFail)
    it('needs Chromium (TRADEPILOT_REQUIRE_BROWSER=1)', () => {
      throw new Error(availability.reason);
    });
  else console.warn(`skipping the widget browser tests: ${availability.reason}`);
}

describe.skipIf(!availability.run)('the widget in Chromium', () => {
  let closeDeps: () => Promise<void>;
  let local: Served; // no keys configured: local development
  let keyed: Served; // TRADEPILOT_PUBLIC_KEYS with the host page's origin
  let host: Served; // another origin embedding the widget
  const pages: Record<string, string> = {};
  let browser: Browser;
  let desktop: BrowserContext;
  let page: Page;

  /** A scripted /api/chat on the host server: first a 503, then a stream that never finishes. */
  const chatRequests: string[] = [];
  const scriptedChat = (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!req.url?.startsWith('/scripted/api/chat')) return false;
    chatRequests.push(req.method ?? '');
    if (chatRequests.length === 1) {
      res.writeHead(503, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify({ error: { code: 'unavailable', message: 'The database is unavailable.' } }),
      );
      return true;
    }
    res.writeHead(200, { 'Content-Type': 'text/event-stream' });
    // Events split across chunks and CRLF line ends, as proxies may deliver them.
    res.write('event: start\r\ndata: {"conversation_id":"c-1","mode":"llm"}\r\n\r\nevent: tok');
    const hostile =
      'Partial **answer** <img src=x onerror="window.__xss=1"> [go](javascript:window.__xss=2)';
    res.write(`en\ndata: ${JSON.stringify({ text: hostile })}\n\n`);
    res.write(
      'event: tool_call\ndata: {"name":"compliance_lookup","arguments":{"markets":["de"]}}\n\n',
    );
    return true; // never ends: the user stops it
  };
  const lastAnswer = (p: Page) => p.locator('.tp-assistant:not(.tp-welcome)').last();
  /** Waits until the widget is idle again (the send button is back). */
  const idle = (p: Page) => p.locator('.tp-log[aria-busy="false"]').waitFor({ timeout: 30_000 });
  const shot = (p: Page, name: string, fullPage = false) =>
    p.screenshot({ path: path.join(ARTIFACTS, name), fullPage });

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    const demo = await openDemoDeps();
    closeDeps = demo.close;
    local = await serveApp(demo.deps);
    host = await serveHostPages(pages, scriptedChat);
    const keys = await buildKeyRing(
      [],
      `pk_shop_allowed=${host.url};pk_other_site=https://other-shop.example.com`,
    );
    keyed = await serveApp(demo.deps, keys);
    const tag = (key: string, extra = '') =>
      `<script src="${keyed.url}/widget.js" data-key="${key}" ${extra} async></script>`;
    pages.allowed = hostileHostPage(
      tag('pk_shop_allowed', 'data-theme="dark" data-color="#e11d48"'),
    );
    pages['wrong-key'] = hostileHostPage(tag('pk_other_site'));
    pages.scripted = hostileHostPage(
      `<script src="${keyed.url}/widget.js" data-api="${host.url}/scripted" data-lang="en" async></script>`,
    );
    browser = await launchChromium();
    desktop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await desktop.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all([local?.close(), keyed?.close(), host?.close()]);
    await closeDeps?.();
  });

  it('answers a compliance question from the demo page with streamed text and citation links', async () => {
    await page.goto(`${local.url}/`);
    await expect(page.title()).resolves.toContain('tradepilot');
    await page.locator('.tp-launcher').waitFor();
    await shot(page, 'demo-page-1280.png', true);
    await page.locator(`button[data-tradepilot-ask="${COMPLIANCE_Q}"]`).click();
    await expect(page.locator('.tp-panel').isVisible()).resolves.toBe(true);
    await expect(page.locator('.tp-user').last().textContent()).resolves.toContain(COMPLIANCE_Q);
    await idle(page);
    const answer = lastAnswer(page);
    await expect(answer.textContent()).resolves.toMatch(/EN 71/);
    await expect(answer.locator('.tp-activity').textContent()).resolves.toContain(
      'Checking EU rules',
    );
    const cite = answer.locator('a.tp-cite').first();
    await expect(cite.getAttribute('href')).resolves.toMatch(/^https?:\/\//);
    await expect(cite.getAttribute('rel')).resolves.toContain('noopener');
    // Each listed source says whether it is official or secondary (and when to check it for updates).
    await expect(answer.locator('.tp-sources .tp-standing').first().textContent()).resolves.toMatch(
      /^ — (official|secondary)/,
    );
    await expect(page.locator('.tp-mode').isVisible()).resolves.toBe(true); // says it runs without a model
  });

  it('answers an inventory question with a table', async () => {
    await page.locator('.tp-input').fill(INVENTORY_Q);
    await page.keyboard.press('Enter');
    await idle(page);
    const answer = lastAnswer(page);
    await expect(answer.locator('.tp-activity').textContent()).resolves.toContain('stockout risk');
    const table = answer.locator('.tp-table table');
    await expect(table.locator('th').count()).resolves.toBeGreaterThan(2);
    await expect(table.locator('tbody tr').count()).resolves.toBeGreaterThan(0);
    const headers = (await table.locator('th').allTextContents()).map((t) => t.toLowerCase());
    expect(headers).toContain('sku');
    await shot(page, 'widget-demo-1280.png');
  });

  it('restores the conversation after a reload', async () => {
    await page.reload();
    await page.locator('.tp-panel').waitFor({ state: 'visible' }); // it stays open across reloads
    await expect
      .poll(() => page.locator('.tp-user').allTextContents(), { timeout: 10_000 })
      .toEqual([expect.stringContaining(COMPLIANCE_Q), expect.stringContaining(INVENTORY_Q)]);
    await expect(page.locator('.tp-assistant a.tp-cite').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.tp-assistant .tp-table table').count()).resolves.toBe(1);
  });

  it('is keyboard accessible with dialog, log and live-region roles', async () => {
    const p = await desktop.newPage();
    await p.goto(`${local.url}/`);
    await p.evaluate(() => sessionStorage.clear());
    await p.reload();
    const launcher = p.locator('.tp-launcher');
    await launcher.focus();
    await expect(launcher.getAttribute('aria-expanded')).resolves.toBe('false');
    await p.keyboard.press('Enter');
    await expect(launcher.getAttribute('aria-expanded')).resolves.toBe('true');
    const active = () =>
      p.evaluate(
        () =>
          document.querySelector('[data-tradepilot-widget]')?.shadowRoot?.activeElement?.className,
      );
    await expect(active()).resolves.toContain('tp-input');
    await expect(p.locator('[role="dialog"]').getAttribute('aria-labelledby')).resolves.toBe(
      'tp-title',
    );
    await expect(p.locator('[role="log"]').getAttribute('aria-live')).resolves.toBe('polite');
    await expect(p.locator('[role="status"]').count()).resolves.toBe(1);
    await p.keyboard.press('Escape');
    await expect(p.locator('.tp-panel').isVisible()).resolves.toBe(false);
    await expect(active()).resolves.toContain('tp-launcher');
    await p.close();
  });

  it('works on a 375 px wide phone, in Chinese on a Chinese page', async () => {
    const phone = await browser.newContext({
      viewport: { width: 375, height: 740 },
      hasTouch: true,
    });
    const p = await phone.newPage();
    await p.goto(`${local.url}/?lang=zh`);
    await p.locator('button[data-tradepilot-ask="德国哪些SKU会断货？"]').click();
    await expect(p.locator('.tp-title').textContent()).resolves.toBe('tradepilot 助手');
    await idle(p);
    const box = await p.locator('.tp-panel').boundingBox();
    expect(box?.width).toBe(375);
    await expect(lastAnswer(p).locator('.tp-table table').count()).resolves.toBe(1);
    // The table scrolls inside its own box; the conversation itself never scrolls sideways.
    const overflow = await p.locator('.tp-log').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(p, 'widget-demo-375.png');
    await phone.close();
  });

  it('embeds on another origin with an allowed key, untouched by the host page CSS', async () => {
    const p = await desktop.newPage();
    await p.goto(`${host.url}/allowed`);
    const hostColor = await p.locator('#host-text').evaluate((el) => getComputedStyle(el).color);
    expect(hostColor).toBe('rgb(255, 0, 0)'); // the host's rules are live on its own content
    const launcher = p.locator('.tp-launcher');
    await expect(launcher.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe(
      'rgb(225, 29, 72)', // data-color
    );
    await launcher.click();
    await p.locator('.tp-input').fill(COMPLIANCE_Q);
    await p.keyboard.press('Enter');
    await idle(p);
    const answer = lastAnswer(p);
    await expect(answer.locator('a.tp-cite').count()).resolves.toBeGreaterThan(0);
    const style = await answer
      .locator('.tp-body p:not(.tp-notice)')
      .first()
      .evaluate((el) => {
        const s = getComputedStyle(el);
        return {
          color: s.color,
          fontSize: s.fontSize,
          fontFamily: s.fontFamily,
          padding: s.padding,
        };
      });
    expect(style.fontSize).toBe('14px');
    expect(style.color).not.toBe('rgb(255, 0, 0)');
    expect(style.fontFamily).not.toBe('serif');
    expect(style.padding).toBe('0px');
    await expect(launcher.evaluate((el) => getComputedStyle(el).width)).resolves.toBe('56px');
    await shot(p, 'widget-foreign-dark-1280.png');
    await p.close();
  });

  it('refuses a key bound to another site, and a site no key allows, with a clear message', async () => {
    const p = await desktop.newPage();
    await p.goto(`${host.url}/wrong-key`);
    await p.locator('.tp-launcher').click();
    await p.locator('.tp-input').fill(COMPLIANCE_Q);
    await p.keyboard.press('Enter');
    await idle(p);
    await expect(lastAnswer(p).locator('.tp-error').textContent()).resolves.toContain(
      'not allowed to use this assistant',
    );
    await expect(lastAnswer(p).locator('.tp-error button').textContent()).resolves.toBe('Retry');
    await expect(lastAnswer(p).locator('.tp-body').textContent()).resolves.toBe('');

    // localhost is another origin than 127.0.0.1: no key allows it, so the browser gets no CORS answer.
    await p.goto(`${host.url.replace('127.0.0.1', 'localhost')}/allowed`);
    await p.locator('.tp-launcher').click();
    await p.locator('.tp-input').fill(COMPLIANCE_Q);
    await p.keyboard.press('Enter');
    await idle(p);
    await expect(lastAnswer(p).locator('.tp-error').textContent()).resolves.toContain(
      'Could not reach the assistant',
    );
    await p.close();
  });

  it('explains a server error, retries, shows tool activity while streaming, and stops on request', async () => {
    const p = await desktop.newPage();
    await p.goto(`${host.url}/scripted`);
    await p.locator('.tp-launcher').click();
    await p.locator('.tp-input').fill(COMPLIANCE_Q);
    await p.locator('.tp-send:not(.tp-stop)').click();
    const error = lastAnswer(p).locator('.tp-error');
    await expect(error.textContent()).resolves.toContain('The database is unavailable.');
    await error.locator('button').click(); // Retry
    await lastAnswer(p).locator('.tp-body strong').waitFor();
    const body = lastAnswer(p).locator('.tp-body');
    await expect(body.textContent()).resolves.toContain('Partial answer <img src=x'); // shown as text
    await expect(body.locator('img, a').count()).resolves.toBe(0); // no HTML, no javascript: link
    await expect(lastAnswer(p).locator('.tp-activity').textContent()).resolves.toContain(
      'Checking DE rules',
    );
    await expect(p.locator('.tp-user').count()).resolves.toBe(1); // a retry does not repeat the question
    await p.locator('.tp-stop').click();
    await idle(p);
    await expect(lastAnswer(p).locator('.tp-note').textContent()).resolves.toContain('Stopped');
    await expect(p.locator('.tp-send:not(.tp-stop)').isVisible()).resolves.toBe(true);
    expect(chatRequests).toEqual(['POST', 'POST']);
    await expect(p.evaluate(() => (window as { __xss?: number }).__xss)).resolves.toBeUndefined();
    await p.close();
  });
});
