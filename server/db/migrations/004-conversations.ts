// Chat conversations and their messages (user, assistant, tool calls and results) with token usage and latency.
export default {
  id: '004-conversations',
  sql: `
CREATE TABLE IF NOT EXISTS conversations (
  id                uuid PRIMARY KEY,
  external_key      text UNIQUE,
  surface           text NOT NULL,
  principal         text,
  notices           text[] NOT NULL DEFAULT '{}',
  prompt_tokens     integer NOT NULL DEFAULT 0 CHECK (prompt_tokens >= 0),
  completion_tokens integer NOT NULL DEFAULT 0 CHECK (completion_tokens >= 0),
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS messages (
  id                bigserial PRIMARY KEY,
  conversation_id   uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  turn              integer NOT NULL,
  role              text NOT NULL CHECK (role IN ('user', 'assistant', 'tool')),
  content           text NOT NULL DEFAULT '',
  tool_calls        jsonb,
  tool_call_id      text,
  tool_name         text,
  tool_result       jsonb,
  citations         jsonb,
  cited             boolean NOT NULL DEFAULT false,
  mode              text CHECK (mode IN ('llm', 'no-llm')),
  model             text,
  prompt_tokens     integer NOT NULL DEFAULT 0 CHECK (prompt_tokens >= 0),
  completion_tokens integer NOT NULL DEFAULT 0 CHECK (completion_tokens >= 0),
  latency_ms        double precision,
  created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS messages_conversation_idx ON messages (conversation_id, id);
`,
};
