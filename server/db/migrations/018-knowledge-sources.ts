// Knowledge sources and versions: whether a document's source is official, its second link and corrections
// history, its dated milestones, the day ingestion last changed it, and every version ingestion wrote.
export default {
  id: '018-knowledge-sources',
  sql: `
ALTER TABLE documents ADD COLUMN IF NOT EXISTS source_kind text NOT NULL DEFAULT 'secondary'
  CHECK (source_kind IN ('official', 'secondary'));
ALTER TABLE documents ADD COLUMN IF NOT EXISTS secondary_source_title text;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS secondary_source_url text;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS source_note text;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS history jsonb NOT NULL DEFAULT '[]';
ALTER TABLE documents ADD COLUMN IF NOT EXISTS milestones jsonb NOT NULL DEFAULT '[]';
-- The day ingestion last replaced the document after its first load (null: never changed since).
ALTER TABLE documents ADD COLUMN IF NOT EXISTS updated_on text;

CREATE TABLE IF NOT EXISTS document_versions (
  document_id    text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  version        integer NOT NULL,
  content_hash   text NOT NULL,
  -- The version this one replaced: its metadata and text (null for the first version).
  previous       jsonb,
  changed_fields text[] NOT NULL DEFAULT '{}',
  changed_by     text NOT NULL,
  changed_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (document_id, version)
);

-- Documents stored before versions were kept start at version 1.
INSERT INTO document_versions (document_id, version, content_hash, changed_by, changed_at)
SELECT id, 1, content_hash, CASE WHEN origin = 'bundled' THEN 'bundled' ELSE 'unknown' END, ingested_at
FROM documents
ON CONFLICT DO NOTHING;
`,
};
