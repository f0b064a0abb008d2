// Slack: the delivery keys already handled (event ids and message keys), so retries and duplicates are answered once.
export default {
  id: '005-slack',
  sql: `
CREATE TABLE IF NOT EXISTS slack_events (
  key         text PRIMARY KEY,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS slack_events_received_at_idx ON slack_events (received_at);
`,
};
