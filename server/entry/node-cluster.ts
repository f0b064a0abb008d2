// `serve --workers N` / WEB_CONCURRENCY: N Node processes sharing one port (node:cluster) when a Postgres server
// holds the data; PGlite belongs to one process, so without DATABASE_URL one process serves and says so.
import cluster, { type Worker } from 'node:cluster';
import type { AppConfig } from '../../core/config';
import type { Logger } from '../../core/log';
import type { ServeOptions } from '../surfaces/cli/context';
import { startNodeServer } from './node';
import type { WidgetScriptProvider } from '../surfaces/web/web-routes';

export async function serveNode(
  config: AppConfig,
  log: Logger,
  widgetScript: WidgetScriptProvider,
  options: ServeOptions = {},
): Promise<{ closed: Promise<unknown> }> {
  const workers = options.workers ?? config.WEB_CONCURRENCY;
  if (cluster.isWorker) {
    const server = await startNodeServer(config, log, widgetScript);
    // The IPC channel to the primary keeps a worker alive; let go of it once the server has shut down.
    return { closed: server.closed.then(() => cluster.worker?.disconnect()) };
  }
  if (workers <= 1) return startNodeServer(config, log, widgetScript);
  if (!config.DATABASE_URL) {
    log.warn(
      'The embedded database (PGlite) belongs to one process, so one process serves. Set DATABASE_URL to a ' +
        'Postgres server with pgvector to run several workers.',
      { workers_requested: workers },
    );
    return startNodeServer(config, log, widgetScript);
  }
  return { closed: runPrimary(workers, log) };
}

/**
 * Forks the workers (each migrates under the shared lock, then listens), replaces one that dies after it was
 * listening, forwards SIGTERM/SIGINT for a graceful stop, and settles when all are gone. A worker that exits
 * before listening (bad configuration, database down) stops the others: restarting it would only loop.
 */
function runPrimary(workers: number, log: Logger): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const listening = new WeakSet<Worker>();
    let stopping = false;
    let failure: Error | undefined;
    const live = () => Object.keys(cluster.workers ?? {}).length;
    const stopAll = (signal: NodeJS.Signals) => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    };
    cluster.on('listening', (worker) => listening.add(worker));
    cluster.on('exit', (worker, code, signal) => {
      if (!stopping && listening.has(worker)) {
        log.error('worker exited; starting another', { pid: worker.process.pid, code, signal });
        cluster.fork();
        return;
      }
      if (!stopping) {
        failure = new Error(
          `a worker exited with code ${code ?? signal} before it served (see the log above)`,
        );
        stopAll('SIGTERM');
      }
      if (live() > 0) return;
      if (failure) reject(failure);
      else resolve();
    });
    for (const signal of ['SIGTERM', 'SIGINT'] as const)
      process.once(signal, () => {
        log.info('shutting down workers', { reason: signal });
        stopAll('SIGTERM');
      });
    log.info('starting workers', { workers });
    for (let i = 0; i < workers; i++) cluster.fork();
  });
}
