// Reads one file into Markdown-ish text plus whatever metadata the file itself carries (front-matter, <title>, PDF info).
import fs from 'node:fs/promises';
import path from 'node:path';
import { parse as parseHtml, type HTMLElement, type Node } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { InvalidInputError } from '../../core/errors';

export interface LoadedFile {
  /** The document body as Markdown (headings with #) or plain text. */
  body: string;
  /** Metadata found in the file (front-matter keys, a title). */
  meta: Record<string, unknown>;
  format: 'markdown' | 'text' | 'html' | 'pdf';
  /** The file's bytes, for the content hash. */
  raw: Buffer;
}

export const SUPPORTED_EXTENSIONS = ['.md', '.markdown', '.txt', '.html', '.htm', '.pdf'];

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function parseMarkdown(
  source: string,
  file = 'document',
): { body: string; meta: Record<string, unknown> } {
  const match = FRONT_MATTER.exec(source);
  if (!match) return { body: source, meta: {} };
  let meta: unknown;
  try {
    meta = parseYaml(match[1]) ?? {};
  } catch (err) {
    throw new InvalidInputError(
      `${file}: the front-matter is not valid YAML (${(err as Error).message.split('\n')[0]}).`,
    );
  }
  if (typeof meta !== 'object' || Array.isArray(meta))
    throw new InvalidInputError(
      `${file}: the front-matter must be a YAML mapping of keys to values.`,
    );
  return { body: source.slice(match[0].length), meta: meta as Record<string, unknown> };
}

const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'ul',
  'ol',
  'table',
  'tr',
  'br',
  'blockquote',
  'pre',
]);
const SKIP = new Set(['script', 'style', 'nav', 'footer', 'header', 'noscript', 'svg', 'head']);

/** HTML to Markdown-ish text: headings become #, list items "- ", blocks are separated by blank lines. */
export function htmlToMarkdown(html: string): { body: string; title: string | null } {
  const root = parseHtml(html);
  const title =
    root.querySelector('title')?.text.trim() || root.querySelector('h1')?.text.trim() || null;
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      out.push(node.text.replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as HTMLElement;
    const tag = el.tagName?.toLowerCase() ?? '';
    if (SKIP.has(tag)) return;
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      out.push(`\n\n${'#'.repeat(Number(heading[1]))} ${el.text.trim().replace(/\s+/g, ' ')}\n\n`);
      return;
    }
    if (tag === 'li') out.push('\n- ');
    else if (BLOCK.has(tag)) out.push('\n\n');
    for (const child of el.childNodes) walk(child);
    if (BLOCK.has(tag)) out.push('\n\n');
  };
  walk(root.querySelector('body') ?? root);
  const body = out
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { body, title };
}

async function pdfToText(
  raw: Buffer,
  file: string,
): Promise<{ body: string; title: string | null }> {
  const { extractText, getDocumentProxy, getMeta } = await import('unpdf');
  try {
    const pdf = await getDocumentProxy(new Uint8Array(raw));
    const { text } = await extractText(pdf, { mergePages: false });
    const meta = await getMeta(pdf).catch(() => ({ info: {} as Record<string, unknown> }));
    const title =
      typeof meta.info?.Title === 'string' && meta.info.Title.trim()
        ? meta.info.Title.trim()
        : null;
    return { body: (text as string[]).map((page) => page.trim()).join('\n\n'), title };
  } catch (err) {
    throw new InvalidInputError(`${file}: could not read the PDF (${(err as Error).message}).`);
  }
}

export async function loadFile(file: string): Promise<LoadedFile> {
  const ext = path.extname(file).toLowerCase();
  if (!SUPPORTED_EXTENSIONS.includes(ext))
    throw new InvalidInputError(
      `${file}: unsupported file type "${ext}" (use ${SUPPORTED_EXTENSIONS.join(', ')}).`,
    );
  const raw = await fs.readFile(file);
  if (ext === '.pdf') {
    const { body, title } = await pdfToText(raw, file);
    return { body, meta: title ? { title } : {}, format: 'pdf', raw };
  }
  const source = raw.toString('utf8');
  if (ext === '.html' || ext === '.htm') {
    const { body, title } = htmlToMarkdown(source);
    return { body, meta: title ? { title } : {}, format: 'html', raw };
  }
  if (ext === '.txt') return { body: source, meta: {}, format: 'text', raw };
  const { body, meta } = parseMarkdown(source, file);
  return { body, meta, format: 'markdown', raw };
}
