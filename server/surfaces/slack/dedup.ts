// SQL for Slack deliveries already handled: the first delivery of an event claims its keys, later ones are duplicates.
import type { Queryable } from '../../../core/db';

/** How long handled keys are kept; Slack retries within minutes. */
export const DEDUP_RETENTION_DAYS = 3;

/**
 * Claims every key of one delivery (its event_id and the message it carries). Returns true when all were
 * new (answer it), false when any was seen before (a retry, or the same message delivered as another event).
 */
export async function claimSlackEvent(db: Queryable, keys: string[]): Promise<boolean> {
  // Sorted, so two instances claiming overlapping keys at once take the row locks in one order (no deadlock).
  const unique = [...new Set(keys)].sort();
  const { rows } = await db.query<{ key: string }>(
    `INSERT INTO slack_events (key) SELECT unnest($1::text[]) ON CONFLICT (key) DO NOTHING RETURNING key`,
    [unique],
  );
  return rows.length === unique.length;
}

/** Forgets keys older than the retention window. */
export async function pruneSlackEvents(db: Queryable): Promise<void> {
  await db.query(
    `DELETE FROM slack_events WHERE received_at < now() - make_interval(days => $1::int)`,
    [DEDUP_RETENTION_DAYS],
  );
}
