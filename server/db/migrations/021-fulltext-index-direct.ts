// The full-text index takes new chunks directly instead of queuing them in GIN's pending list: PGlite has no
// autovacuum to flush that list, and every search scans it linearly, so reads stay fast at the cost of slower inserts.
export default {
  id: '021-fulltext-index-direct',
  sql: `
ALTER INDEX chunks_tsv_idx SET (fastupdate = off);
SELECT gin_clean_pending_list('chunks_tsv_idx'::regclass);
`,
};
