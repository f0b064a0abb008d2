// Posts due Slack digests: a tick claims each subscription's current period (digest_runs) under a Postgres advisory
// lock, so one instance posts it once; on Node an interval runs ticks, on Workers the Cron Trigger does.
import type { AppDeps } from '../../deps';
import { digestAnswer } from './digest-message';
import { periodKey } from './digest-period';
import { claimRun, listSubscriptions, releaseRun } from './digest-store';
import { renderAnswer } from './render';
import type { SlackApi } from './slack-api';

/** How often the Node scheduler looks for due digests. */
export const DIGEST_CHECK_MS = 5 * 60_000;

/** Posts every digest whose period has not been posted yet; returns how many were posted. */
export async function runDigestTick(deps: AppDeps, api: SlackApi): Promise<number> {
  if (!api.canPost) return 0;
  return deps.db.exclusive('tradepilot:digests', async () => {
    let posted = 0;
    for (const sub of await listSubscriptions(deps.db)) {
      const period = periodKey(sub.cadence, deps.now());
      if (!(await claimRun(deps.db, sub.id, period))) continue;
      try {
        const messages = renderAnswer({ answer: await digestAnswer(deps, sub) });
        for (const message of messages) await api.postMessage(sub.channel, undefined, message);
        posted += 1;
        deps.log.info('slack digest posted', { channel: sub.channel, period });
      } catch (err) {
        await releaseRun(deps.db, sub.id, period);
        deps.log.warn('slack digest not posted; retried on the next tick', {
          channel: sub.channel,
          period,
          err,
        });
      }
    }
    return posted;
  });
}

/** Starts the in-process scheduler (Node); the returned function stops it and waits for a tick under way. */
export function startDigestScheduler(
  deps: AppDeps,
  api: SlackApi,
  everyMs = DIGEST_CHECK_MS,
): () => Promise<void> {
  let running: Promise<unknown> | undefined;
  const tick = () => {
    running ??= runDigestTick(deps, api)
      .catch((err) => deps.log.error('slack digest tick failed', { err }))
      .finally(() => (running = undefined));
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  tick();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
