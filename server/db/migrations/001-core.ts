// Core schema: pgvector and the audit log of every tool call.
export default {
  id: '001-core',
  sql: `
CREATE EXTENSION IF NOT EXISTS vector;

CREATE TABLE IF NOT EXISTS tool_calls (
  id          bigserial PRIMARY KEY,
  at          timestamptz NOT NULL DEFAULT now(),
  tool        text NOT NULL,
  surface     text NOT NULL,
  principal   text,
  arguments   jsonb,
  ok          boolean NOT NULL,
  error_code  text,
  duration_ms double precision NOT NULL
);
CREATE INDEX IF NOT EXISTS tool_calls_at_idx ON tool_calls (at DESC);
CREATE INDEX IF NOT EXISTS tool_calls_tool_idx ON tool_calls (tool, at DESC);
`,
};
