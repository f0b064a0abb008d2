// A knowledge document written straight into the store, so MCP resource tests do not depend on ingestion.
import type { Queryable } from '../../core/db';
import { upsertDocument, type StoredDocument } from '../../knowledge/store/documents';

export const FIXTURE_DOCUMENT: StoredDocument = {
  id: 'de-test-weee-registration',
  title: 'WEEE registration with stiftung ear (test fixture)',
  market: 'DE',
  topic: 'epr',
  categories: ['electronics'],
  status: 'in force',
  status_note: null,
  effective: '2005-08-13',
  as_of: '2026-01-15',
  confidence: 'high',
  source_kind: 'official',
  source_title: 'ElektroG (test)',
  source_url: 'https://www.gesetze-im-internet.de/elektrog_2015/',
  secondary_source_title: null,
  secondary_source_url: null,
  source_note: null,
  history: [],
  milestones: [],
  path: null,
  text: 'Producers must register with stiftung ear before placing electrical equipment on the German market.',
  keywords: ['weee'],
  origin: 'user',
  content_hash: 'fixture',
};

export function insertFixtureDocument(db: Queryable): Promise<void> {
  return upsertDocument(db, FIXTURE_DOCUMENT);
}
