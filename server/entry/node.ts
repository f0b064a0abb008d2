// Node runtime glue: opens the configured database and deps, and serves the app with graceful shutdown.
import net from 'node:net';
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
import { startDigestScheduler } from '../surfaces/slack/digest-scheduler';
import { createSlackApi } from '../surfaces/slack/slack-api';

/** A start-up failure whose message is one line naming the fix (the CLI prints it without a stack). */
export class StartupError extends Error {
  override name = 'StartupError';
}

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
]);

/** A database that cannot be reached, said without the connection string (it may hold a password). */
function databaseError(config: AppConfig, err: unknown): unknown {
  const code = (err as { code?: string } | null)?.code;
  const timedOut = /timeout/i.test((err as Error | null)?.message ?? '');
  if (!config.DATABASE_URL || !(timedOut || (code && UNREACHABLE.has(code)))) return err;
  const url = new URL(config.DATABASE_URL);
  return new StartupError(
    `Cannot reach the Postgres server at ${url.hostname}:${url.port || 5432} (${code ?? 'timeout'}): ` +
      'start it, or fix DATABASE_URL, or unset it to use the embedded database.',
  );
}

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
    await db.close().catch(() => undefined);
    throw databaseError(config, err);
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

/** Why listening failed, as one line naming the fix. */
function listenError(err: NodeJS.ErrnoException, host: string, port: number): Error {
  switch (err.code) {
    case 'EADDRINUSE':
      return new StartupError(
        `Port ${port} on ${host} is already in use (another tradepilot?): stop that process or set PORT to a free port.`,
      );
    case 'EACCES':
      return new StartupError(
        `This user may not listen on port ${port}: set PORT to 1024 or above.`,
      );
    case 'EADDRNOTAVAIL':
      return new StartupError(
        `HOST ${host} is not an address of this machine: set HOST to 127.0.0.1 or one of its addresses.`,
      );
    default:
      return new StartupError(`Cannot listen on ${host}:${port} (${err.code ?? err.message}).`);
  }
}

/** Fails fast on a port that cannot be had, before the database and knowledge base are loaded. */
function assertCanListen(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (err) => reject(listenError(err, host, port)));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** `widgetScript`: the built widget.js (the compiled program reads its prebuilt copy; from source, esbuild builds it). */
export async function startNodeServer(
  config: AppConfig,
  log: Logger,
  widgetScript: WidgetScriptProvider,
): Promise<RunningServer> {
  assertSafeBind(config);
  if (config.PORT !== 0) await assertCanListen(config.HOST, config.PORT);
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
  let server: ServerType;
  try {
    server = await new Promise<ServerType>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, hostname: config.HOST, port: config.PORT }, () =>
        resolve(s),
      );
      // Taken between the check and now: still one line, not an unhandled 'error' event.
      s.once('error', (err) => reject(listenError(err, config.HOST, config.PORT)));
    });
  } catch (err) {
    await deps.db.close();
    throw err;
  }
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
  // Slack digests go out from the server while it runs (only with a bot token to post them).
  const stopDigests = config.SLACK_BOT_TOKEN
    ? startDigestScheduler(deps, createSlackApi(deps))
    : async () => undefined;

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
      await stopDigests();
      if (tasks.pending() > 0 && !(await tasks.drain()))
        log.warn('background tasks still running at shutdown', { pending: tasks.pending() });
      await deps.db.close();
      resolveClosed();
    })());
  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    process.once(signal, () => void shutdown(signal));
  return { deps, server, port, closed, shutdown };
}
