// Turns documents sent as JSON (POST /api/ingest) into validated source documents, all or nothing, with the
// same metadata rules as files: front-matter in Markdown text, then the request's metadata on top.
import { z } from 'zod';
import { InvalidInputError, invalidInputFromZod, type IssueDetail } from '../../core/errors';
import { htmlToMarkdown, parseMarkdown } from './loaders';
import {
  assertIngestible,
  contentHash,
  firstHeading,
  resolveMeta,
  slug,
  type SourceDocument,
} from './sources';

export const ingestRequestSchema = z.object({
  documents: z
    .array(
      z.object({
        id: z
          .string()
          .optional()
          .describe('Stable document id; re-sending it replaces the document'),
        title: z.string().optional().describe('Title; defaults to the first # heading'),
        text: z
          .string()
          .min(1)
          .describe('The document: Markdown (front-matter allowed), plain text or HTML'),
        format: z.enum(['markdown', 'text', 'html']).default('markdown'),
        metadata: z
          .record(z.string(), z.unknown())
          .optional()
          .describe(
            'market, topic, categories, source_url, source_title, effective, status, as_of ...',
          ),
      }),
    )
    .min(1)
    .max(500),
});

export function sourcesFromJson(body: unknown): SourceDocument[] {
  const parsed = ingestRequestSchema.safeParse(body);
  if (!parsed.success) throw invalidInputFromZod(parsed.error, 'ingest request');
  const docs: SourceDocument[] = [];
  const problems: IssueDetail[] = [];
  parsed.data.documents.forEach((item, index) => {
    const label = `documents.${index}`;
    try {
      const loaded =
        item.format === 'html'
          ? (({ body, title }) => ({ body, meta: title ? { title } : {} }))(
              htmlToMarkdown(item.text),
            )
          : item.format === 'text'
            ? { body: item.text, meta: {} }
            : parseMarkdown(item.text, label);
      const overrides = {
        ...item.metadata,
        ...(item.id ? { id: item.id } : {}),
        ...(item.title ? { title: item.title } : {}),
      };
      const title = firstHeading(loaded.body) ?? `Document ${index + 1}`;
      const meta = resolveMeta(
        loaded.meta,
        overrides,
        {
          id: slug(item.title ?? title) || `document-${contentHash(item.text).slice(0, 12)}`,
          title,
        },
        label,
      );
      docs.push({
        meta,
        body: loaded.body,
        path: null,
        origin: 'user',
        contentHash: contentHash(item.text, overrides),
      });
    } catch (err) {
      if (!(err instanceof InvalidInputError)) throw err;
      problems.push(
        ...(err.details.issues?.length
          ? err.details.issues
          : [{ path: label, message: err.message }]),
      );
    }
  });
  assertIngestible(docs, problems);
  return docs;
}
