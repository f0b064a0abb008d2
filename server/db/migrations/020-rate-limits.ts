// Rate-limit buckets shared by every instance on one database (RATE_LIMIT_STORE=postgres): one row per bucket.
export default {
  id: '020-rate-limits',
  sql: `
CREATE UNLOGGED TABLE IF NOT EXISTS rate_limit_buckets (
  bucket  text PRIMARY KEY,
  tokens  double precision NOT NULL,
  at      timestamptz NOT NULL,
  last_ok boolean NOT NULL
);
`,
};
