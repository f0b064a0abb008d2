// GET /openapi.json: an OpenAPI 3.1 document generated from the tool registry, plus the chat, import and ingest
// routes, for clients that import HTTP APIs (GPT Actions, Dify, Coze, n8n, Postman).
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../../deps';
import type { ToolRegistry } from '../../../tools/registry';
import { toolJsonSchemas, type AnyTool } from '../../../tools/define-tool';
import { ingestRequestSchema } from '../../../knowledge/ingest/json-sources';
import { chatBody } from '../chat/chat-routes';
import { WIDGET_KEY_HEADER } from '../../security/widget-access';
import { importBody } from './inventory-routes';
import pkg from '../../../package.json';

export const OPENAPI_PATH = '/openapi.json';

const ERROR_STATUSES = {
  400: 'Invalid input: the body is not JSON or a field is wrong (`issues` names each field).',
  401: 'Missing or unknown API key.',
  404: 'No such tool or route.',
  413: 'The request body is larger than the server accepts.',
  429: 'Too many requests; retry after the `Retry-After` header.',
  500: 'Something went wrong on the server (the message holds no internals).',
} as const;

const errorBody = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', description: 'Stable error code, e.g. invalid_input, not_found.' },
        message: { type: 'string', description: 'What went wrong, for a person.' },
        issues: {
          type: 'array',
          description: 'One entry per bad field.',
          items: {
            type: 'object',
            required: ['path', 'message'],
            properties: { path: { type: 'string' }, message: { type: 'string' } },
          },
        },
        request_id: { type: 'string', description: 'Quote it when reporting a problem.' },
      },
    },
  },
};

const jsonContent = (schema: object) => ({ 'application/json': { schema } });

/** The error responses every JSON route may answer with, all carrying the same error body. */
function errorResponses() {
  return Object.fromEntries(
    Object.entries(ERROR_STATUSES).map(([status, description]) => [
      status,
      { description, content: jsonContent({ $ref: '#/components/schemas/Error' }) },
    ]),
  );
}

const requestSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });

function toolOperation(tool: AnyTool) {
  const schemas = toolJsonSchemas(tool);
  return {
    post: {
      operationId: tool.name,
      summary: tool.title,
      description: tool.description,
      tags: ['tools'],
      // GPT Actions ask the user before calling a consequential operation.
      'x-openai-isConsequential': !tool.annotations.readOnly,
      requestBody: { required: true, content: jsonContent(schemas.input) },
      responses: {
        200: { description: `The ${tool.name} output.`, content: jsonContent(schemas.output) },
        ...errorResponses(),
      },
    },
  };
}

const chatOperation = {
  post: {
    operationId: 'chat',
    summary: 'Ask tradepilot',
    description:
      'One chat turn, answered as Server-Sent Events: `start`, then `token`, `tool_call`, `tool_result`, ' +
      '`citation` (and `grounding` with a model), then `answer` with the whole answer as blocks and citations, ' +
      'and `done`; a failure is an `error` event before `done`.',
    tags: ['chat'],
    security: [{ bearer: [] }, { widgetKey: [] }],
    'x-openai-isConsequential': false,
    requestBody: { required: true, content: jsonContent(requestSchema(chatBody)) },
    responses: {
      200: {
        description: 'The turn as a stream of events; each `data` line is a JSON object.',
        content: { 'text/event-stream': { schema: { type: 'string' } } },
      },
      ...errorResponses(),
    },
  },
};

const importOperation = {
  post: {
    operationId: 'import_inventory',
    summary: 'Import inventory CSV files',
    description:
      'Replaces the inventory with the CSV files sent, all or nothing; bad rows come back as `file:line` issues.',
    tags: ['data'],
    'x-openai-isConsequential': true,
    requestBody: { required: true, content: jsonContent(requestSchema(importBody)) },
    responses: {
      200: {
        description: 'The files read and the rows imported per table.',
        content: jsonContent({
          type: 'object',
          required: ['ok', 'files', 'counts'],
          properties: {
            ok: { type: 'boolean' },
            files: { type: 'array', items: { type: 'string' } },
            counts: { type: 'object', additionalProperties: { type: 'integer' } },
          },
        }),
      },
      ...errorResponses(),
    },
  },
};

const ids = { type: 'array', items: { type: 'string' } };
const ingestOperation = {
  post: {
    operationId: 'ingest_documents',
    summary: 'Add knowledge documents',
    description:
      'Adds or replaces knowledge documents (Markdown, text or HTML) in one transaction; the same id replaces a document.',
    tags: ['data'],
    'x-openai-isConsequential': true,
    requestBody: { required: true, content: jsonContent(requestSchema(ingestRequestSchema)) },
    responses: {
      200: {
        description:
          'Which documents were added, updated, unchanged or removed, and the chunks written.',
        content: jsonContent({
          type: 'object',
          required: ['added', 'updated', 'unchanged', 'removed', 'chunks', 'reembedded'],
          properties: {
            added: ids,
            updated: ids,
            unchanged: ids,
            removed: ids,
            chunks: { type: 'integer' },
            reembedded: { type: 'integer' },
          },
        }),
      },
      ...errorResponses(),
    },
  },
};

const staleOperation = {
  get: {
    operationId: 'list_stale_knowledge',
    summary: 'Knowledge documents due for an update check',
    description:
      'Documents whose information was last checked (as_of) more than 12 months ago, oldest first.',
    tags: ['data'],
    responses: {
      200: {
        description: 'The stale documents.',
        content: jsonContent({
          type: 'object',
          required: ['documents'],
          properties: {
            documents: {
              type: 'array',
              items: {
                type: 'object',
                required: ['id', 'title', 'market', 'as_of', 'age_months', 'source_url'],
                properties: {
                  id: { type: 'string' },
                  title: { type: 'string' },
                  market: { type: 'string' },
                  as_of: { type: 'string' },
                  age_months: { type: 'integer' },
                  source_url: { type: ['string', 'null'] },
                },
              },
            },
          },
        }),
      },
      ...errorResponses(),
    },
  },
};

const versionsOperation = {
  get: {
    operationId: 'list_document_versions',
    summary: "A knowledge document's versions",
    description:
      'Every version ingestion wrote, newest first: who changed the document, when, which fields, and the version it replaced.',
    tags: ['data'],
    parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
    responses: {
      200: {
        description: 'The versions.',
        content: jsonContent({
          type: 'object',
          required: ['document_id', 'versions'],
          properties: {
            document_id: { type: 'string' },
            versions: {
              type: 'array',
              items: {
                type: 'object',
                required: ['version', 'content_hash', 'changed_fields', 'changed_by', 'changed_at'],
                properties: {
                  version: { type: 'integer' },
                  content_hash: { type: 'string' },
                  changed_fields: { type: 'array', items: { type: 'string' } },
                  changed_by: { type: 'string' },
                  changed_at: { type: 'string', format: 'date-time' },
                  previous: { type: ['object', 'null'] },
                },
              },
            },
          },
        }),
      },
      ...errorResponses(),
    },
  },
};

/** The document for a server reached at `serverUrl` (scheme://host[:port]). */
export function openApiDocument(registry: ToolRegistry, serverUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'tradepilot',
      version: pkg.version,
      description:
        'Operations tools for cross-border e-commerce sellers: compliance rules with their sources, listing ' +
        'localization, ad copy within platform limits, and inventory. Numbers and limits come from the tools.',
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }],
    tags: [
      { name: 'tools', description: 'One operation per tool.' },
      { name: 'chat', description: 'Questions in natural language.' },
      { name: 'data', description: 'Your inventory and knowledge documents.' },
    ],
    paths: {
      ...Object.fromEntries(registry.list().map((t) => [`/api/tools/${t.name}`, toolOperation(t)])),
      '/api/chat': chatOperation,
      '/api/inventory/import': importOperation,
      '/api/ingest': ingestOperation,
      '/api/knowledge/stale': staleOperation,
      '/api/knowledge/documents/{id}/versions': versionsOperation,
    },
    components: {
      schemas: { Error: errorBody },
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description:
            'An admin API key from TRADEPILOT_API_KEYS (not needed when the server has no keys).',
        },
        widgetKey: {
          type: 'apiKey',
          in: 'header',
          name: WIDGET_KEY_HEADER,
          description: 'A publishable widget key (chat only, from an allowed Origin).',
        },
      },
    },
  };
}

/** Where clients reach this server: the request's origin, or the proxy's forwarded one with TRUST_PROXY. */
export function publicOrigin(request: Request, trustProxy: boolean): string {
  const url = new URL(request.url);
  if (!trustProxy) return url.origin;
  const first = (name: string) => request.headers.get(name)?.split(',')[0].trim() || undefined;
  const proto = first('x-forwarded-proto') ?? url.protocol.slice(0, -1);
  const host = first('x-forwarded-host') ?? url.host;
  return /^https?$/.test(proto) ? `${proto}://${host}` : url.origin;
}

export function openApiRoutes(deps: AppDeps) {
  return new Hono().get(OPENAPI_PATH, (c) =>
    c.json(openApiDocument(deps.registry, publicOrigin(c.req.raw, deps.config.TRUST_PROXY))),
  );
}
