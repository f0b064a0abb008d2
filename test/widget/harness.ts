// E2E harness: the real app on @hono/node-server (no-LLM mode, a temp PGlite with knowledge and demo inventory),
// a foreign-origin host page server, and Debian's Chromium through playwright-core.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Browser } from 'playwright-core';
import { createApp } from '../../server/app';
import type { AppDeps } from '../../server/deps';
import { openNodeDeps } from '../../server/entry/node';
import { loadConfig } from '../../server/env';
import { createLogger } from '../../core/log';
import type { KeyRing } from '../../server/security/keys';
import { cachedWidgetScript } from '../../server/surfaces/web/widget-bundle';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(import.meta.dirname, '../artifacts');

/** Whether the browser tests run; without Chromium they skip, unless CI requires the browser. */
export function browserAvailability(): { run: boolean; reason?: string; mustFail: boolean } {
  if (existsSync(CHROMIUM)) return { run: true, mustFail: false };
  const reason = `${CHROMIUM} is missing: install Debian's chromium package (apt-get install -y chromium) to run the widget's browser tests`;
  return { run: false, reason, mustFail: process.env.TRADEPILOT_REQUIRE_BROWSER === '1' };
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Opens deps the way `npm start` does (migrations, bundled knowledge, demo inventory) on a temp PGlite. */
export async function openDemoDeps(): Promise<{ deps: AppDeps; close(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tradepilot-widget-'));
  const config = loadConfig({ DATA_DIR: dir, DEMO_DATA: '1', LOG_LEVEL: 'silent' });
  const deps = await openNodeDeps(config, createLogger({ level: 'silent' }));
  return {
    deps,
    close: async () => {
      await deps.db.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface Served {
  url: string;
  port: number;
  close(): Promise<void>;
}

function closeServer(server: http.Server | ServerType): Promise<void> {
  return new Promise((resolve) => {
    (server as http.Server).closeAllConnections?.();
    server.close(() => resolve());
  });
}

/** Serves the real app on a free loopback port. */
export async function serveApp(deps: AppDeps, keys?: KeyRing): Promise<Served> {
  const app = createApp(deps, {
    keys,
    clientIp: (c) => getConnInfo(c).remote.address ?? 'unknown',
    widgetScript: cachedWidgetScript,
  });
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}`, port, close: () => closeServer(server) };
}

/** A tiny HTTP server for host pages on another origin: GET /<name> returns pages[name]; `api` may answer first. */
export async function serveHostPages(
  pages: Record<string, string>,
  api?: (req: http.IncomingMessage, res: http.ServerResponse) => boolean,
): Promise<Served> {
  const server = http.createServer((req, res) => {
    if (api?.(req, res)) return;
    const page = pages[(req.url ?? '/').split('?')[0].slice(1)];
    res.writeHead(page ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(page ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}`, port, close: () => closeServer(server) };
}

/** A host page whose CSS tries hard to leak into the widget. */
export function hostileHostPage(scriptTag: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
<style>
  * { color: red !important; font-size: 40px !important; font-family: serif !important; line-height: 3 !important; }
  div, section, button, p { padding: 30px !important; margin: 25px !important; border: 5px dashed lime !important; }
  button { background: yellow !important; }
</style></head>
<body><h1>Someone else's shop</h1><p id="host-text">Host page text</p>${scriptTag}</body></html>`;
}
