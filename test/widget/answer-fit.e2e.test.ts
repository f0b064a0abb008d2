// Answers rendered from blocks in Chromium: at 1280 px, in a 344 px panel and on a 375 px phone, no table is wider
// than its message and every row's key figures (priority-1 cells) stay visible; screenshots go to test/artifacts/.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  browserAvailability,
  launchChromium,
  openDemoDeps,
  serveApp,
  type Served,
} from './harness';

const availability = browserAvailability();

const QUESTIONS = [
  ['stockout', 'Which SKUs will run out in Germany?'],
  ['earbuds', 'What do I need to sell Bluetooth earbuds in Germany?'],
  ['stockout-zh', '德国哪些SKU会断货？'],
] as const;

const VIEWS = [
  { name: '1280', width: 1280, height: 900, panel: null },
  { name: 'panel-344', width: 1280, height: 900, panel: 344 },
  { name: '375', width: 375, height: 800, panel: null },
] as const;

interface Fit {
  tables: number;
  rows: number;
  /** Tables whose box leaves the message, or that scroll sideways. */
  overflowing: string[];
  /** Priority-1 cells that are hidden or outside the message. */
  hiddenKeys: number;
  modes: string[];
}

/** Measures every table of the last answer against its message. */
function measure(page: Page): Promise<Fit> {
  return page
    .locator('.tp-assistant')
    .last()
    .evaluate((msg) => {
      const box = msg.getBoundingClientRect();
      const tables = [...msg.querySelectorAll<HTMLElement>('.tp-table')];
      const overflowing = tables
        .filter((t) => {
          const r = t.getBoundingClientRect();
          return (
            r.left < box.left - 0.5 ||
            r.right > box.right + 0.5 ||
            t.scrollWidth > t.clientWidth + 1
          );
        })
        .map(
          (t) =>
            `${t.dataset.fit}: ${Math.round(t.getBoundingClientRect().width)} > ${Math.round(box.width)}`,
        );
      const keys = [...msg.querySelectorAll<HTMLElement>('.tp-row > td[data-priority="1"]')];
      const hiddenKeys = keys.filter((td) => {
        const r = td.getBoundingClientRect();
        return r.width === 0 || r.left < box.left - 0.5 || r.right > box.right + 0.5;
      }).length;
      return {
        tables: tables.length,
        rows: msg.querySelectorAll('.tp-row').length,
        overflowing,
        hiddenKeys,
        modes: tables.map((t) => t.dataset.fit ?? ''),
      };
    });
}

/** Sends a question and waits until the widget is idle with an answer rendered. */
async function ask(page: Page, question: string) {
  await page.locator('.tp-input').fill(question);
  await page.keyboard.press('Enter');
  await page.locator('.tp-log[aria-busy="false"]').waitFor({ timeout: 60_000 });
  await page.locator('.tp-assistant').last().locator('.tp-body > *').first().waitFor();
}

/** The panel with the last answer scrolled to its top. */
async function shoot(page: Page, name: string) {
  await page
    .locator('.tp-assistant')
    .last()
    .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.locator('.tp-panel').screenshot({ path: path.join(ARTIFACTS, name) });
}

describe.skipIf(!availability.run)('answer tables that fit, in Chromium', () => {
  let closeDeps: () => Promise<void>;
  let app: Served;
  let browser: Browser;

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    const demo = await openDemoDeps();
    closeDeps = demo.close;
    app = await serveApp(demo.deps);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await closeDeps?.();
  });

  for (const view of VIEWS)
    it(`keeps every table inside its message at ${view.name}`, async () => {
      const context = await browser.newContext({
        viewport: { width: view.width, height: view.height },
      });
      const page = await context.newPage();
      await page.goto(`${app.url}/`);
      await page.locator('.tp-launcher').click();
      if (view.panel)
        await page.locator('.tp-panel').evaluate((el, w) => {
          el.style.width = `${w}px`;
        }, view.panel);
      for (const [name, question] of QUESTIONS) {
        await ask(page, question);
        const fit = await measure(page);
        if (name !== 'earbuds') {
          expect(fit.tables, name).toBeGreaterThan(0);
          expect(fit.rows, name).toBeGreaterThan(0);
        }
        expect(fit.overflowing, `${name} at ${view.name}`).toEqual([]);
        expect(fit.hiddenKeys, `${name} at ${view.name}`).toBe(0);
        await shoot(page, `answer-${name}-${view.name}.png`);
      }
      await context.close();
    });

  it('opens a folded row to show its other figures', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    await page.locator('.tp-launcher').click();
    await ask(page, QUESTIONS[0][1]);
    const answer = page.locator('.tp-assistant').last();
    const detail = answer.locator('.tp-detail').first();
    await expect(detail.isVisible()).resolves.toBe(false);
    await answer.locator('.tp-toggle').first().click();
    await expect(detail.isVisible()).resolves.toBe(true);
    await expect(detail.textContent()).resolves.toMatch(/Lead time/);
    await shoot(page, 'answer-stockout-375-open.png');
    await context.close();
  });
});
