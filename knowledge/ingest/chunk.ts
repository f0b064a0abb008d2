// Splits a document body into overlapping, Markdown-aware chunks and records each chunk's heading path.
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import type { ChunkInput } from '../store/chunks';

export const CHUNK_SIZE = 1000;
export const CHUNK_OVERLAP = 150;
/** Part of every content hash: changing how documents are chunked re-ingests them. */
export const CHUNKER_VERSION = `md-${CHUNK_SIZE}-${CHUNK_OVERLAP}-v2`;

const splitter = RecursiveCharacterTextSplitter.fromLanguage('markdown', {
  chunkSize: CHUNK_SIZE,
  chunkOverlap: CHUNK_OVERLAP,
});

interface Heading {
  at: number;
  level: number;
  text: string;
}

function headings(body: string): Heading[] {
  return [...body.matchAll(/^(#{1,6})[ \t]+(.+?)[ \t#]*$/gm)].map((m) => ({
    at: m.index ?? 0,
    level: m[1].length,
    text: m[2].trim(),
  }));
}

/** The headings in force at a position: "Title > Section > Subsection". */
function headingPathAt(all: Heading[], position: number, title: string): string {
  const stack: Heading[] = [];
  for (const h of all) {
    if (h.at > position) break;
    while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop();
    stack.push(h);
  }
  const names = stack.map((h) => h.text);
  if (names[0] !== title) names.unshift(title);
  return names.join(' > ');
}

export async function chunkBody(body: string, title: string): Promise<ChunkInput[]> {
  const clean = body.replace(/\r\n/g, '\n').trim();
  if (!clean) return [];
  const parts = await splitter.splitText(clean);
  const marks = headings(clean);
  let searchFrom = 0;
  return parts
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const found = clean.indexOf(part.slice(0, 40), searchFrom);
      const at = found >= 0 ? found : searchFrom;
      searchFrom = Math.max(searchFrom, at + 1);
      // A chunk that opens with headings belongs under them: its path is taken where its prose starts.
      const prose = /^(?!#)\S/m.exec(part);
      return { headingPath: headingPathAt(marks, at + (prose?.index ?? 0), title), text: part };
    });
}
