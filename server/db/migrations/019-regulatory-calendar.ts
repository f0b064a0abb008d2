// Slack digests of the regulatory calendar (documents' milestones come with migration 018): the channels subscribed to a digest,
// and the periods already posted (one row per subscription and period, so a period is posted once).
export default {
  id: '019-regulatory-calendar',
  sql: `
CREATE TABLE IF NOT EXISTS digest_subscriptions (
  id          bigserial PRIMARY KEY,
  team        text NOT NULL,
  channel     text NOT NULL,
  cadence     text NOT NULL CHECK (cadence IN ('daily', 'weekly', 'monthly')),
  markets     text[] NOT NULL,
  categories  text[] NOT NULL DEFAULT '{}',
  created_by  text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (team, channel)
);

CREATE TABLE IF NOT EXISTS digest_runs (
  subscription  bigint NOT NULL REFERENCES digest_subscriptions (id) ON DELETE CASCADE,
  period        text NOT NULL,
  posted_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (subscription, period)
);
`,
};
