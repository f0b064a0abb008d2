// Knowledge base schema: documents with their metadata, and chunks with full-text and embedding columns.
// The embedding column gets its dimension and HNSW index from knowledge/store/embedding-space.ts, because the
// dimension depends on the configured embedding model.
export default {
  id: '002-knowledge',
  sql: `
CREATE TABLE IF NOT EXISTS documents (
  id            text PRIMARY KEY,
  title         text NOT NULL,
  market        text NOT NULL,
  topic         text NOT NULL,
  categories    text[] NOT NULL DEFAULT '{all}',
  status        text NOT NULL DEFAULT 'in force',
  status_note   text,
  effective     text,
  as_of         text,
  confidence    text,
  source_title  text,
  source_url    text,
  keywords      text[] NOT NULL DEFAULT '{}',
  origin        text NOT NULL CHECK (origin IN ('bundled', 'user')),
  path          text,
  content_hash  text NOT NULL,
  text          text NOT NULL,
  ingested_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS documents_market_topic_idx ON documents (market, topic);
CREATE INDEX IF NOT EXISTS documents_path_idx ON documents (path);

CREATE TABLE IF NOT EXISTS chunks (
  id               bigserial PRIMARY KEY,
  document_id      text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ordinal          integer NOT NULL,
  heading_path     text NOT NULL DEFAULT '',
  text             text NOT NULL,
  market           text NOT NULL,
  topic            text NOT NULL,
  categories       text[] NOT NULL,
  status           text NOT NULL,
  tsv              tsvector NOT NULL,
  embedding        vector,
  embedding_model  text NOT NULL,
  embedding_dim    integer NOT NULL,
  UNIQUE (document_id, ordinal)
);
CREATE INDEX IF NOT EXISTS chunks_tsv_idx ON chunks USING gin (tsv);
CREATE INDEX IF NOT EXISTS chunks_market_idx ON chunks (market);
`,
};
