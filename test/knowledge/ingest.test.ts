// Ingestion: idempotency, changed documents, pruning, user metadata, HTML/text/PDF loaders, model switch, errors.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeps, type AppDeps } from '../../server/deps';
import { InvalidInputError } from '../../core/errors';
import { ingestPaths } from '../../knowledge/ingest/bundled';
import { chunkBody, CHUNK_SIZE } from '../../knowledge/ingest/chunk';
import { createOpenAiEmbedder } from '../../knowledge/embeddings/openai-embedder';
import { LOCAL_MODEL } from '../../knowledge/embeddings/local-embedder';
import { readDocument, listDocuments } from '../../knowledge/store/documents';
import { embeddingColumnDimensions } from '../../knowledge/store/embedding-space';
import { searchKnowledge } from '../../knowledge/search/search-knowledge';
import { createTestDeps, testConfig } from '../helpers/test-deps';
import { fakeEmbeddingsServer, markdownDoc, tempDocs, tinyPdf, writeDoc } from './fixtures';

let deps: AppDeps;

const policy = (extra = '') =>
  markdownDoc(
    {
      id: 'acme-returns-policy',
      title: 'Acme marketplace returns policy',
      market: 'DE',
      topic: 'consumer-rights',
      categories: ['all'],
      status: 'in force',
      source_title: 'Acme seller handbook',
      source_url: 'https://acme.example/returns',
      keywords: ['returns', 'refund window'],
    },
    `# Acme marketplace returns policy\n\nSellers on Acme must accept returns within 30 days and refund within 5 days.${extra}\n\n## Exceptions\n\nPerishable goods are exempt from the refund window.`,
  );

async function chunkRows(id: string) {
  const { rows } = await deps.db.query<{
    id: number;
    heading_path: string;
    embedding_model: string;
  }>(
    'SELECT id::int AS id, heading_path, embedding_model FROM chunks WHERE document_id = $1 ORDER BY ordinal',
    [id],
  );
  return rows;
}

beforeAll(async () => {
  deps = await createTestDeps();
});
afterAll(async () => {
  await deps.db.close();
});

describe('chunking', () => {
  it('splits long Markdown with overlap and records the heading path of each chunk', async () => {
    const words = (word: string, n: number) =>
      Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');
    const body = `# Guide\n\n## Labels\n\n${words('label', 300)}\n\n## Batteries\n\n### Air freight\n\n${words('air', 100)}`;
    const chunks = await chunkBody(body, 'Guide');
    expect(chunks.every((c) => c.text.length <= CHUNK_SIZE)).toBe(true);
    expect(chunks[0].headingPath).toBe('Guide');
    expect(chunks.at(-1)?.headingPath).toBe('Guide > Batteries > Air freight');
    const labels = chunks.filter((c) => c.text.includes('label'));
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(labels.slice(1).every((c) => c.headingPath === 'Guide > Labels')).toBe(true);
    // Overlap: each label chunk starts with words the previous one ended with.
    for (let i = 1; i < labels.length; i++) {
      const firstWord = labels[i].text.split(' ')[0];
      expect(labels[i - 1].text.split(' ').slice(-40)).toContain(firstWord);
    }
  });
});

describe('ingestion', () => {
  it('ingests a Markdown document with its metadata and heading path, and does nothing when re-ingested unchanged', async () => {
    const dir = tempDocs({ 'returns.md': policy() });
    const first = await ingestPaths(deps, [dir]);
    expect(first.added).toEqual(['acme-returns-policy']);
    const doc = await readDocument(deps.db, 'acme-returns-policy');
    expect(doc).toMatchObject({
      market: 'DE',
      topic: 'consumer-rights',
      source_url: 'https://acme.example/returns',
      path: path.join(fs.realpathSync(dir), 'returns.md'),
    });
    const chunks = await chunkRows('acme-returns-policy');
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks[0].embedding_model).toBe(LOCAL_MODEL);
    const ids = chunks.map((c) => c.id);

    const again = await ingestPaths(deps, [dir]);
    expect(again).toMatchObject({
      added: [],
      updated: [],
      unchanged: ['acme-returns-policy'],
      chunks: 0,
    });
    expect((await chunkRows('acme-returns-policy')).map((c) => c.id)).toEqual(ids);
  });

  it('replaces the chunks of a changed document', async () => {
    const dir = tempDocs({ 'returns.md': policy() });
    await ingestPaths(deps, [dir]);
    const before = (await chunkRows('acme-returns-policy')).map((c) => c.id);
    writeDoc(dir, 'returns.md', policy(' Return shipping labels are prepaid by the seller.'));
    const report = await ingestPaths(deps, [dir]);
    expect(report.updated).toEqual(['acme-returns-policy']);
    const after = await chunkRows('acme-returns-policy');
    expect(after.map((c) => c.id).some((id) => before.includes(id))).toBe(false);
    expect((await readDocument(deps.db, 'acme-returns-policy'))?.text).toContain('prepaid');
    const found = await searchKnowledge(deps, {
      query: 'prepaid return shipping labels',
      markets: ['DE'],
    });
    expect(found.passages[0]?.documentId).toBe('acme-returns-policy');
  });

  it('prunes documents whose files are gone, only with --prune', async () => {
    const dir = tempDocs({
      'keep.md': markdownDoc(
        { id: 'prune-keep', title: 'Keep me', market: 'FR' },
        'Keep this SOP.',
      ),
      'drop.md': markdownDoc(
        { id: 'prune-drop', title: 'Drop me', market: 'FR' },
        'Drop this SOP.',
      ),
    });
    await ingestPaths(deps, [dir]);
    fs.unlinkSync(path.join(dir, 'drop.md'));
    await ingestPaths(deps, [dir]);
    expect(await readDocument(deps.db, 'prune-drop')).not.toBeNull();
    const report = await ingestPaths(deps, [dir], { prune: true });
    expect(report.removed).toEqual(['prune-drop']);
    expect(await readDocument(deps.db, 'prune-drop')).toBeNull();
    expect(await readDocument(deps.db, 'prune-keep')).not.toBeNull();
    expect(await chunkRows('prune-drop')).toEqual([]);
  });

  it('gives user documents the metadata from flags, and reads text, HTML and PDF files', async () => {
    const dir = tempDocs({
      'sop.txt':
        'Internal SOP: every battery shipment needs a UN38.3 test summary before booking air freight.',
      'policy.html':
        '<html><head><title>Shipping policy</title><script>x()</script></head><body><h1>Shipping policy</h1><h2>Batteries</h2><p>Lithium batteries ship by sea only.</p><ul><li>No air freight</li></ul></body></html>',
      'certificate.pdf': tinyPdf(
        [
          'Supplier certificate of conformity',
          'Model TP-EARBUD-7 complies with EN 300 328 radio tests.',
        ],
        'Supplier certificate TP-EARBUD-7',
      ),
    });
    const report = await ingestPaths(deps, [dir], {
      overrides: {
        market: 'US',
        topic: 'restricted-goods',
        categories: ['batteries'],
        source_url: 'https://intranet.example/sop',
      },
    });
    expect(report.added).toHaveLength(3);
    const docs = (await listDocuments(deps.db, { market: 'US', topic: 'restricted-goods' })).filter(
      (d) => d.path?.startsWith(fs.realpathSync(dir)),
    );
    expect(docs).toHaveLength(3);
    for (const d of docs)
      expect(d).toMatchObject({
        categories: ['batteries'],
        source_url: 'https://intranet.example/sop',
      });

    const html = docs.find((d) => d.path?.endsWith('policy.html'));
    expect(html?.title).toBe('Shipping policy');
    const htmlDoc = await readDocument(deps.db, html!.id);
    expect(htmlDoc?.text).toContain('## Batteries');
    expect(htmlDoc?.text).not.toContain('x()');
    expect((await chunkRows(html!.id))[0].heading_path).toBe('Shipping policy > Batteries');

    const pdf = docs.find((d) => d.path?.endsWith('certificate.pdf'));
    expect(pdf?.title).toBe('Supplier certificate TP-EARBUD-7');
    expect((await readDocument(deps.db, pdf!.id))?.text).toContain('EN 300 328');
    const found = await searchKnowledge(deps, {
      query: 'TP-EARBUD-7 radio test certificate',
      markets: ['US'],
    });
    expect(found.passages[0]?.documentId).toBe(pdf!.id);
  });

  it('ingests nothing when any file is invalid, and names the file and field', async () => {
    const dir = tempDocs({
      'good.md': markdownDoc({ id: 'batch-good', title: 'Good', market: 'DE' }, 'Fine.'),
      'bad.md': markdownDoc(
        { id: 'batch-bad', title: 'Bad', market: 'Atlantis' },
        'Unknown market.',
      ),
      'broken.md': '---\nid: [unclosed\n---\nBody',
    });
    const error = await ingestPaths(deps, [dir]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    const message = (error as InvalidInputError).message;
    expect(message).toMatch(/bad\.md.*market/);
    expect(message).toMatch(/broken\.md.*YAML/);
    expect(await readDocument(deps.db, 'batch-good')).toBeNull();
  });

  it('re-embeds every chunk when the embedding model changes, never mixing models', async () => {
    const server = await fakeEmbeddingsServer(8);
    try {
      const config = testConfig({
        EMBEDDINGS_PROVIDER: 'openai',
        OPENAI_BASE_URL: server.baseURL,
        EMBEDDINGS_MODEL: 'fake-embed',
      });
      const switched: AppDeps = buildDeps({
        ...deps,
        config,
        embedder: createOpenAiEmbedder(config),
      });
      const total = (await deps.db.query<{ n: number }>('SELECT count(*)::int AS n FROM chunks'))
        .rows[0].n;
      const dir = tempDocs({ 'returns.md': policy() });
      const report = await ingestPaths(switched, [dir]);
      expect(report.reembedded).toBe(total);
      expect(server.requests()).toBeGreaterThan(0);
      const models = await deps.db.query<{ model: string; dim: number }>(
        'SELECT DISTINCT embedding_model AS model, embedding_dim AS dim FROM chunks',
      );
      expect(models.rows).toEqual([{ model: 'openai:fake-embed', dim: 8 }]);
      expect(await embeddingColumnDimensions(deps.db)).toBe(8);
      const found = await searchKnowledge(switched, {
        query: 'Acme returns refund window',
        markets: ['DE'],
      });
      expect(found.passages[0]?.documentId).toBe('acme-returns-policy');

      // Back to the local model: everything is re-embedded again.
      const back = await ingestPaths(deps, [dir]);
      expect(back.reembedded).toBe(total);
      expect(await embeddingColumnDimensions(deps.db)).toBe(deps.embedder.dimensions);
    } finally {
      await server.close();
    }
  });
});
