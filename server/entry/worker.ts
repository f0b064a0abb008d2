// Cloudflare Workers runtime glue: one app per isolate over the same registry, Postgres through `pg` (Hyperdrive
// binding or DATABASE_URL) on one connection per request, closed once the body has streamed and background work ended.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createApp, type App } from '../app';
import { createBackgroundTasks, type BackgroundTasks } from '../background';
import { buildDeps, type AppDeps } from '../deps';
import type { Db } from '../../core/db';
import { migrate } from '../db/migrate';
import { openPgDb } from '../db/pg-db';
import { configuredSecrets } from '../../core/config';
import { loadConfig } from '../env';
import { AppError, httpErrorBody, UnavailableError } from '../../core/errors';
import { createLlm } from '../llm';
import { createLogger, type Logger } from '../../core/log';
import { buildKeyRing } from '../security/keys';
import { bindingLimiter, type RateLimitBinding } from '../security/rate-limit';
import { defaultRegistry } from '../../tools/index';
import { runDigestTick } from '../surfaces/slack/digest-scheduler';
import { createSlackApi } from '../surfaces/slack/slack-api';
// Built by wrangler.toml's [build] command (npm run build:widget) and bundled as text ([[rules]] type "Text").
import widgetScript from '../../widget/dist/widget.js';
// Built by the same [build] command (npm run build:translations): Workers cannot read the YAML files.
import actionsZh from '../../knowledge/translations/dist/actions-zh.json';
import { useActionTranslations } from '../../knowledge/translations/actions-zh';

interface WorkerEnv {
  HYPERDRIVE?: { connectionString: string };
  /** Optional Cloudflare rate-limiting binding for the per-IP limit across isolates. */
  IP_RATE_LIMITER?: RateLimitBinding;
  [name: string]: unknown;
}

interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void;
}

/** What one request owns: its database connection (opened on first use) and its background tasks. */
interface RequestScope {
  db(): Db;
  tasks: BackgroundTasks;
  waitUntil(promise: Promise<unknown>): void;
}

interface Isolate {
  app: App;
  deps: AppDeps;
  log: Logger;
  databaseUrl: string;
  /** Without admin keys only loopback requests are answered (`wrangler dev`), as the Node server binds loopback only. */
  loopbackOnly: boolean;
}

/** Settings that need a filesystem, which Workers do not have. */
const NODE_ONLY_SETTINGS = {
  FX_RATES_FILE:
    'it names a file and Workers have no filesystem; unset it to use the bundled indicative FX table, or serve ' +
    'from Node to price with your own rates',
} as const;

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

/** Workers Logs files console output by method, so each JSON line goes out at its own level. */
const LEVEL_OF = /^\{"time":"[^"]*","level":"(\w+)"/;
const LEVEL_WRITERS: Record<string, (line: string) => void> = {
  debug: (line) => console.debug(line),
  info: (line) => console.log(line),
  warn: (line) => console.warn(line),
  error: (line) => console.error(line),
};

useActionTranslations(actionsZh);

const scope = new AsyncLocalStorage<RequestScope>();
let isolate: Promise<Isolate> | undefined;

class MisconfiguredError extends AppError {
  constructor(message: string) {
    super('misconfigured', 503, message);
  }
}

function currentScope(): RequestScope {
  const current = scope.getStore();
  if (!current)
    throw new Error('The database was used outside a request; Workers open it per request.');
  return current;
}

/** The Db every surface sees: each call goes to the calling request's own connection, schema migrated first. */
function requestDb(ready: () => Promise<void>): Db {
  const connection = async () => {
    const db = currentScope().db();
    await ready();
    return db;
  };
  return {
    kind: 'pg',
    query: async <T>(sql: string, params?: unknown[]) => (await connection()).query<T>(sql, params),
    exec: async (sql) => (await connection()).exec(sql),
    transaction: async (fn) => (await connection()).transaction(fn),
    exclusive: async (name, fn) => (await connection()).exclusive(name, fn),
    // Each request's connection is closed by the entry once its response and background work are done.
    close: async () => {},
  };
}

function stringVars(env: WorkerEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

async function createIsolate(env: WorkerEnv): Promise<Isolate> {
  const vars = stringVars(env);
  const databaseUrl = env.HYPERDRIVE?.connectionString ?? vars.DATABASE_URL;
  if (!databaseUrl)
    throw new MisconfiguredError(
      'No database: add a Hyperdrive binding named HYPERDRIVE in wrangler.toml (or DATABASE_URL in .dev.vars for wrangler dev).',
    );
  for (const [name, why] of Object.entries(NODE_ONLY_SETTINGS))
    if (vars[name]?.trim())
      throw new MisconfiguredError(`${name} is not supported on Workers: ${why}.`);
  const config = loadConfig({ ...vars, DATABASE_URL: databaseUrl });
  const log = createLogger({
    level: config.LOG_LEVEL,
    secrets: configuredSecrets(config),
    write: (line) => (LEVEL_WRITERS[LEVEL_OF.exec(line)?.[1] ?? ''] ?? console.error)(line),
  });
  // Migrations run once per isolate, on the first request that touches the database; a failure is retried.
  let schema: Promise<void> | undefined;
  const ready = () =>
    (schema ??= migrate(currentScope().db()).then(
      () => undefined,
      (err: unknown) => {
        schema = undefined;
        throw err;
      },
    ));
  const deps = buildDeps({
    config,
    log,
    db: requestDb(ready),
    registry: defaultRegistry(),
    llm: createLlm(config),
    background: (task) => {
      const current = currentScope();
      current.tasks.run(task);
      current.waitUntil(task.catch(() => undefined));
    },
  });
  if (!env.IP_RATE_LIMITER)
    log.warn(
      'No rate-limiting binding IP_RATE_LIMITER is configured: the per-IP limit (RATE_LIMIT_RPS_PER_IP) holds ' +
        'within one isolate only. Add a ratelimit binding named IP_RATE_LIMITER in wrangler.toml.',
    );
  const app = createApp(deps, {
    keys: await buildKeyRing(config.TRADEPILOT_API_KEYS, config.TRADEPILOT_PUBLIC_KEYS),
    clientIp: (c) => c.req.header('cf-connecting-ip') ?? 'unknown',
    perIpLimiter: env.IP_RATE_LIMITER && bindingLimiter(env.IP_RATE_LIMITER),
    widgetScript: async () => widgetScript,
  });
  return {
    app,
    deps,
    log,
    databaseUrl,
    loopbackOnly: config.TRADEPILOT_API_KEYS.length === 0,
  };
}

/** A request's (or a cron run's) scope, and what closes it: background work drained, then its connection. */
function openScope(state: Isolate, ctx: ExecutionContext) {
  let db: Db | undefined;
  const tasks = createBackgroundTasks(state.log);
  const requestScope: RequestScope = {
    // Workers cannot share sockets between requests: one connection per request (pglite-socket and Hyperdrive
    // both serve many such short-lived clients).
    db: () => (db ??= openPgDb(state.databaseUrl, { max: 1 })),
    tasks,
    waitUntil: (promise) => ctx.waitUntil(promise),
  };
  const release = async () => {
    if (tasks.pending() > 0 && !(await tasks.drain()))
      state.log.warn('background tasks still running when the request ended', {
        pending: tasks.pending(),
      });
    await db
      ?.close()
      .catch((err: unknown) => state.log.warn('closing the database failed', { err }));
  };
  return { requestScope, release };
}

function errorResponse(error: AppError): Response {
  return Response.json(httpErrorBody(error), { status: error.status });
}

/** Hands the response on, running `after` once its body has been fully sent (or the client went away). */
function afterBody(
  response: Response,
  after: () => Promise<void>,
  ctx: ExecutionContext,
): Response {
  if (!response.body) {
    ctx.waitUntil(after());
    return response;
  }
  const { readable, writable } = new TransformStream();
  ctx.waitUntil(
    response.body
      .pipeTo(writable)
      .catch(() => undefined)
      .then(after),
  );
  return new Response(readable, response);
}

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Promise<Response> {
    let state: Isolate;
    try {
      state = await (isolate ??= createIsolate(env));
    } catch (err) {
      isolate = undefined;
      console.error(
        JSON.stringify({ level: 'error', msg: 'worker configuration failed', error: String(err) }),
      );
      return errorResponse(
        err instanceof MisconfiguredError
          ? err
          : new MisconfiguredError(
              'The server is not configured; see the Worker logs (wrangler tail).',
            ),
      );
    }
    if (state.loopbackOnly && !LOOPBACK.test(new URL(request.url).hostname))
      return errorResponse(
        new MisconfiguredError(
          'This server has no admin API keys, so it only answers on localhost. Set them with `npx wrangler secret put TRADEPILOT_API_KEYS`.',
        ),
      );

    const { requestScope, release } = openScope(state, ctx);
    let response: Response;
    try {
      response = await scope.run(requestScope, () => state.app.fetch(request));
    } catch (err) {
      ctx.waitUntil(release());
      state.log.error('request failed outside the app', { err });
      return errorResponse(new UnavailableError('The server could not answer; try again shortly.'));
    }
    return afterBody(response, release, ctx);
  },

  /** The Cron Trigger ([triggers] crons in wrangler.toml): posts the Slack digests that are due. */
  async scheduled(_event: unknown, env: WorkerEnv, ctx: ExecutionContext): Promise<void> {
    const state = await (isolate ??= createIsolate(env)).catch((err: unknown) => {
      isolate = undefined;
      throw err;
    });
    const { requestScope, release } = openScope(state, ctx);
    try {
      const posted = await scope.run(requestScope, () =>
        runDigestTick(state.deps, createSlackApi(state.deps)),
      );
      state.log.info('digest cron run', { posted });
    } finally {
      await release();
    }
  },
};
