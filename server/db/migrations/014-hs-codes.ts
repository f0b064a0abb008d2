// HS 2022 nomenclature index for classify_hs: one row per chapter, heading and subheading with its full-text vector
// and embedding (dimension and HNSW index set by knowledge/store/embedding-space.ts, like chunks), and the content
// hash of the bundled data and glossary the rows were built from.
export default {
  id: '014-hs-codes',
  sql: `
CREATE TABLE IF NOT EXISTS hs_codes (
  code             text PRIMARY KEY,
  level            smallint NOT NULL CHECK (level IN (2, 4, 6)),
  description      text NOT NULL,
  heading          text,
  chapter          text NOT NULL,
  section          text NOT NULL,
  tsv              tsvector NOT NULL,
  embedding        vector,
  embedding_model  text NOT NULL,
  embedding_dim    integer NOT NULL
);
CREATE INDEX IF NOT EXISTS hs_codes_tsv_idx ON hs_codes USING gin (tsv);

CREATE TABLE IF NOT EXISTS hs_index_state (
  id            boolean PRIMARY KEY DEFAULT true CHECK (id),
  content_hash  text NOT NULL,
  built_at      timestamptz NOT NULL DEFAULT now()
);
`,
};
