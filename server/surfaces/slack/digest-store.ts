// SQL for Slack digests: one subscription per channel (cadence, markets, categories) and the periods already
// posted, claimed before posting so each period goes out once however many instances tick.
import type { Queryable } from '../../../core/db';

export const CADENCES = ['daily', 'weekly', 'monthly'] as const;
export type Cadence = (typeof CADENCES)[number];

export interface DigestSubscription {
  id: number;
  team: string;
  channel: string;
  cadence: Cadence;
  markets: string[];
  categories: string[];
  created_by: string;
}

const COLUMNS = 'id, team, channel, cadence, markets, categories, created_by';

/** Subscribes a channel, replacing its previous subscription (its posted periods go with it). */
export async function saveSubscription(
  db: Queryable,
  sub: Omit<DigestSubscription, 'id'>,
): Promise<DigestSubscription> {
  await db.query('DELETE FROM digest_subscriptions WHERE team = $1 AND channel = $2', [
    sub.team,
    sub.channel,
  ]);
  const { rows } = await db.query<DigestSubscription>(
    `INSERT INTO digest_subscriptions (team, channel, cadence, markets, categories, created_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
    [sub.team, sub.channel, sub.cadence, sub.markets, sub.categories, sub.created_by],
  );
  return rows[0];
}

/** Unsubscribes a channel; false when it had no subscription. */
export async function deleteSubscription(
  db: Queryable,
  team: string,
  channel: string,
): Promise<boolean> {
  const { rows } = await db.query(
    'DELETE FROM digest_subscriptions WHERE team = $1 AND channel = $2 RETURNING id',
    [team, channel],
  );
  return rows.length > 0;
}

export async function findSubscription(
  db: Queryable,
  team: string,
  channel: string,
): Promise<DigestSubscription | null> {
  const { rows } = await db.query<DigestSubscription>(
    `SELECT ${COLUMNS} FROM digest_subscriptions WHERE team = $1 AND channel = $2`,
    [team, channel],
  );
  return rows[0] ?? null;
}

export async function listSubscriptions(db: Queryable): Promise<DigestSubscription[]> {
  const { rows } = await db.query<DigestSubscription>(
    `SELECT ${COLUMNS} FROM digest_subscriptions ORDER BY id`,
  );
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/** Claims a period for a subscription; false when it was already posted (or is being posted). */
export async function claimRun(
  db: Queryable,
  subscription: number,
  period: string,
): Promise<boolean> {
  const { rows } = await db.query(
    `INSERT INTO digest_runs (subscription, period) VALUES ($1, $2)
     ON CONFLICT (subscription, period) DO NOTHING RETURNING period`,
    [subscription, period],
  );
  return rows.length > 0;
}

/** Gives a claimed period back after posting failed, so the next tick tries again. */
export async function releaseRun(
  db: Queryable,
  subscription: number,
  period: string,
): Promise<void> {
  await db.query('DELETE FROM digest_runs WHERE subscription = $1 AND period = $2', [
    subscription,
    period,
  ]);
}
