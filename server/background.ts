// Work that runs after a response was sent (Slack answers): tracked so failures are logged and shutdown can wait.
import type { Logger } from '../core/log';
import type { Background } from '../core/deps';

export interface BackgroundTasks {
  run: Background;
  /** How many tasks are still running. */
  pending(): number;
  /** Resolves when every pending task has settled, or after timeoutMs (returns false then). */
  drain(timeoutMs?: number): Promise<boolean>;
}

export function createBackgroundTasks(log: Logger): BackgroundTasks {
  const tasks = new Set<Promise<unknown>>();
  return {
    run(task) {
      const tracked = task.then(
        () => undefined,
        (err) => log.error('background task failed', { err }),
      );
      tasks.add(tracked);
      void tracked.finally(() => tasks.delete(tracked));
    },
    pending: () => tasks.size,
    async drain(timeoutMs = 25_000) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timedOut = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      try {
        while (tasks.size > 0) {
          const settled = await Promise.race([
            Promise.allSettled([...tasks]).then(() => true),
            timedOut,
          ]);
          if (!settled) return false;
        }
        return true;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
