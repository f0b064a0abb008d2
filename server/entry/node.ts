// Node runtime glue: opens the configured database and deps, and serves the app with graceful shutdown.
import { serve, type ServerType } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApp } from '../app';
import { bootstrap } from '../bootstrap';
import { buildDeps, type AppDeps } from '../deps';
import { createBackgroundTasks } from '../background';
import { type Background } from '../../core/deps';
import type { AppConfig } from '../../core/config';
import type { Logger } from '../../core/log';
import { openDb } from '../db/open';
import { createLlm } from '../llm';
import { createEmbedder } from '../../knowledge/embeddings/embedder';
import { buildKeyRing } from '../security/keys';
import type { WidgetScriptProvider } from '../surfaces/web/web-routes';
import { defaultRegistry } from '../../tools/index';
import { localUrl, writeServerRecord } from '../server-record';

export interface OpenOptions {
  migrate?: boolean;
  firstRun?: boolean;
  /** Where to tell the user what first-run steps did (stderr for the CLI, the log for the server). */
  note?: (text: string) => void;
  /** Where work after a response goes (the server tracks it so shutdown can wait for it). */
  background?: Background;
}

export async function openNodeDeps(
  config: AppConfig,
  log: Logger,
  options: OpenOptions = {},
): Promise<AppDeps> {
  const db = await openDb(config);
  const deps = buildDeps({
    config,
    log,
    db,
    registry: defaultRegistry(),
    llm: createLlm(config),
    embedder: createEmbedder(config),
    background: options.background,
  });
  try {
    if (options.migrate !== false) {
      const result = await bootstrap(deps, options.firstRun === false ? [] : undefined);
      for (const note of result.notes) (options.note ?? ((t) => log.info(t)))(note);
    }
    return deps;
  } catch (err) {
    await db.close();
    throw err;
  }
}

export interface RunningServer {
  deps: AppDeps;
  server: ServerType;
  port: number;
  /** Resolves when the server has shut down. */
  closed: Promise<void>;
  shutdown(reason?: string): Promise<void>;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/;

export class UnsafeBindError extends Error {
  override name = 'UnsafeBindError';
}

/** Without admin keys the API is open, so it may only listen on loopback. */
export function assertSafeBind(config: AppConfig): void {
  if (config.TRADEPILOT_API_KEYS.length === 0 && !LOOPBACK.test(config.HOST)) {
    throw new UnsafeBindError(
      `Refusing to listen on ${config.HOST} without API keys: anyone who can reach it could read your ` +
        'inventory and call every tool. Set TRADEPILOT_API_KEYS (and TRADEPILOT_PUBLIC_KEYS for the widget), ' +
        'or keep HOST=127.0.0.1.',
    );
  }
}

/** `widgetScript`: the built widget.js (the compiled program reads its prebuilt copy; from source, esbuild builds it). */
export async function startNodeServer(
  config: AppConfig,
  log: Logger,
  widgetScript: WidgetScriptProvider,
): Promise<RunningServer> {
  assertSafeBind(config);
  const keys = await buildKeyRing(config.TRADEPILOT_API_KEYS, config.TRADEPILOT_PUBLIC_KEYS);
  const tasks = createBackgroundTasks(log);
  const deps = await openNodeDeps(config, log, { background: tasks.run });
  const app = createApp(deps, {
    keys,
    clientIp: (c) => getConnInfo(c).remote.address ?? 'unknown',
    widgetScript,
  });
  let resolveClosed!: () => void;
  const closed = new Promise<void>((r) => (resolveClosed = r));
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: config.HOST, port: config.PORT }, () =>
      resolve(s),
    );
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  log.info('tradepilot listening', {
    url: `http://${LOOPBACK.test(config.HOST) ? 'localhost' : config.HOST}:${port}`,
    db: deps.db.kind,
  });
  // CLI commands on the same PGlite directory go through this server while it runs.
  const forgetRecord = config.DATABASE_URL
    ? () => undefined
    : writeServerRecord(config.DATA_DIR, localUrl(config.HOST, port));

  let shuttingDown: Promise<void> | undefined;
  const shutdown = (reason = 'shutdown') =>
    (shuttingDown ??= (async () => {
      log.info('shutting down', { reason });
      forgetRecord();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive sockets would hold close() open; in-flight requests get a grace period.
        (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
        setTimeout(() => {
          (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
          resolve();
        }, 10_000).unref();
      });
      if (tasks.pending() > 0 && !(await tasks.drain()))
        log.warn('background tasks still running at shutdown', { pending: tasks.pending() });
      await deps.db.close();
      resolveClosed();
    })());
  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    process.once(signal, () => void shutdown(signal));
  return { deps, server, port, closed, shutdown };
}
