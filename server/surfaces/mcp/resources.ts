// The knowledge documents as MCP resources (knowledge://{market}/{id}): listing with metadata, and reading
// a document as Markdown that starts with its source, status and dates, so a client can check a citation.
import {
  McpError,
  type ReadResourceResult,
  type Resource,
  type ResourceTemplate,
} from '@modelcontextprotocol/sdk/types.js';
import type { AppDeps } from '../../deps';
import { toAppError } from '../../../core/errors';
import {
  listDocuments,
  readDocument,
  type KnowledgeDocument,
} from '../../../knowledge/store/documents';

export const KNOWLEDGE_URI_TEMPLATE = 'knowledge://{market}/{id}';
const URI = /^knowledge:\/\/([^/]+)\/(.+)$/;
/** The JSON-RPC error code MCP specifies for an unknown resource. */
const RESOURCE_NOT_FOUND = -32002;

export function knowledgeUri(doc: Pick<KnowledgeDocument, 'market' | 'id'>): string {
  return `knowledge://${doc.market.toLowerCase()}/${encodeURIComponent(doc.id)}`;
}

type DocumentSummary = Omit<KnowledgeDocument, 'text'>;

function metadata(doc: DocumentSummary) {
  return {
    id: doc.id,
    market: doc.market,
    topic: doc.topic,
    categories: doc.categories,
    status: doc.status,
    status_note: doc.status_note,
    effective: doc.effective,
    as_of: doc.as_of,
    confidence: doc.confidence,
    source_kind: doc.source_kind,
    source_title: doc.source_title,
    source_url: doc.source_url,
    secondary_source_url: doc.secondary_source_url,
    updated_on: doc.updated_on,
  };
}

function summary(doc: DocumentSummary): string {
  return [
    `${doc.market} · ${doc.topic} · ${doc.status}`,
    doc.effective ? `effective ${doc.effective}` : null,
    doc.as_of ? `as of ${doc.as_of}` : null,
    doc.source_title ? `source: ${doc.source_title}` : null,
  ]
    .filter(Boolean)
    .join('; ');
}

export const knowledgeTemplate: ResourceTemplate = {
  uriTemplate: KNOWLEDGE_URI_TEMPLATE,
  name: 'knowledge-document',
  title: 'Knowledge document',
  description:
    'A regulation or policy document from the knowledge base, by market code (lower case) and document id, ' +
    'with its source, status and dates.',
  mimeType: 'text/markdown',
};

export async function listKnowledgeResources(deps: AppDeps): Promise<Resource[]> {
  const docs = await listDocuments(deps.db);
  return docs.map((doc) => ({
    uri: knowledgeUri(doc),
    name: doc.id,
    title: doc.title,
    description: summary(doc),
    mimeType: 'text/markdown',
    _meta: metadata(doc),
  }));
}

/** The Markdown a client reads: title, a source line with status and dates, then the document text. */
export function renderDocument(doc: KnowledgeDocument): string {
  const source = doc.source_url
    ? `[${doc.source_title ?? doc.source_url}](${doc.source_url})`
    : (doc.source_title ?? 'not recorded');
  const facts = [
    `status: ${doc.status}${doc.status_note ? ` (${doc.status_note})` : ''}`,
    doc.effective ? `effective: ${doc.effective}` : null,
    doc.as_of ? `as of: ${doc.as_of}` : null,
    doc.confidence ? `confidence: ${doc.confidence}` : null,
    `source: ${doc.source_kind}${doc.source_note ? ` (${doc.source_note})` : ''}`,
    doc.secondary_source_url ? `also: ${doc.secondary_source_url}` : null,
    doc.updated_on ? `updated on: ${doc.updated_on}` : null,
  ].filter(Boolean);
  const body = doc.text.trim();
  return [
    ...(body.startsWith('# ') ? [] : [`# ${doc.title}`, '']),
    `> Source: ${source} · ${facts.join(' · ')}`,
    `> Market: ${doc.market} · topic: ${doc.topic} · categories: ${doc.categories.join(', ')}`,
    '',
    body,
    '',
  ].join('\n');
}

export async function readKnowledgeResource(
  deps: AppDeps,
  uri: string,
): Promise<ReadResourceResult> {
  const match = URI.exec(uri);
  const notFound = () =>
    new McpError(RESOURCE_NOT_FOUND, `No knowledge document at ${uri}.`, { uri });
  if (!match) throw notFound();
  let id: string;
  try {
    id = decodeURIComponent(match[2]);
  } catch {
    throw notFound();
  }
  const doc = await readDocument(deps.db, id).catch((err: unknown) => {
    if (toAppError(err).status === 404) return null;
    throw err;
  });
  if (!doc || doc.market.toLowerCase() !== match[1].toLowerCase()) throw notFound();
  return {
    contents: [
      {
        uri: knowledgeUri(doc),
        mimeType: 'text/markdown',
        text: renderDocument(doc),
        _meta: metadata(doc),
      },
    ],
  };
}

const MAX_COMPLETIONS = 100;

/** Completions for the template's variables: market codes that have documents, then ids in that market. */
export async function completeKnowledgeVariable(
  deps: AppDeps,
  variable: string,
  typed: string,
  context: Record<string, string> = {},
) {
  const docs = await listDocuments(deps.db, {
    market: variable === 'id' ? context.market : undefined,
  });
  const prefix = typed.trim().toLowerCase();
  const pool =
    variable === 'market'
      ? [...new Set(docs.map((d) => d.market.toLowerCase()))]
      : variable === 'id'
        ? docs.map((d) => d.id)
        : [];
  const values = pool.filter((v) => v.toLowerCase().startsWith(prefix)).sort();
  return {
    values: values.slice(0, MAX_COMPLETIONS),
    total: values.length,
    hasMore: values.length > MAX_COMPLETIONS,
  };
}
