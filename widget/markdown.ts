// A small, safe Markdown parser: text in, a plain block/inline tree out (no HTML is ever produced or passed through).
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'break' }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'cite'; n: number };

export type Align = 'left' | 'center' | 'right' | null;

export interface ListItem {
  children: Inline[];
  sublist?: Extract<Block, { type: 'list' }>;
}

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; level: number; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: ListItem[] }
  | { type: 'table'; align: Align[]; head: Inline[][]; rows: Inline[][][] }
  | { type: 'code'; text: string }
  | { type: 'quote'; children: Block[] }
  | { type: 'rule' };

/** Only absolute http(s) links are kept; anything else (javascript:, data:, relative) becomes plain text. */
export function safeHref(raw: string): string | null {
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const LIST_ITEM = /^(\s*)([-*+]|\d{1,9}[.)])\s+(.*)$/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const FENCE = /^\s{0,3}(```|~~~)/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const QUOTE = /^\s{0,3}>\s?(.*)$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

function splitRow(line: string): string[] {
  let text = line.trim();
  if (text.startsWith('|')) text = text.slice(1);
  if (text.endsWith('|') && !text.endsWith('\\|')) text = text.slice(0, -1);
  const cells: string[] = [];
  let cell = '';
  let inCode = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && text[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (ch === '`') {
      inCode = !inCode;
      cell += ch;
    } else if (ch === '|' && !inCode) {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

const isTableStart = (lines: string[], i: number) =>
  lines[i].includes('|') &&
  i + 1 < lines.length &&
  TABLE_SEPARATOR.test(lines[i + 1]) &&
  lines[i + 1].includes('-');

function startsBlock(lines: string[], i: number): boolean {
  const l = lines[i];
  return (
    HEADING.test(l) ||
    FENCE.test(l) ||
    RULE.test(l) ||
    QUOTE.test(l) ||
    LIST_ITEM.test(l) ||
    isTableStart(lines, i)
  );
}

function parseList(
  lines: string[],
  i: number,
): { block: Extract<Block, { type: 'list' }>; next: number } {
  const first = LIST_ITEM.exec(lines[i])!;
  const indent = first[1].length;
  const ordered = /\d/.test(first[2]);
  const block: Extract<Block, { type: 'list' }> = {
    type: 'list',
    ordered,
    start: ordered ? parseInt(first[2], 10) : 1,
    items: [],
  };
  let textLines: string[] = [];
  const flush = () => {
    if (block.items.length)
      block.items[block.items.length - 1].children = parseInline(textLines.join('\n'));
  };
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === '') {
      // A blank line ends the list unless the next line continues it.
      const next = lines[i + 1];
      const m = next === undefined ? null : LIST_ITEM.exec(next);
      if (m && m[1].length >= indent) {
        i++;
        continue;
      }
      break;
    }
    const m = LIST_ITEM.exec(line);
    if (m && m[1].length > indent && block.items.length) {
      const nested = parseList(lines, i);
      block.items[block.items.length - 1].sublist = nested.block;
      i = nested.next;
      continue;
    }
    if (m && m[1].length <= indent) {
      if (m[1].length < indent || /\d/.test(m[2]) !== ordered) break;
      flush();
      block.items.push({ children: [] });
      textLines = [m[3]];
      i++;
      continue;
    }
    if (startsBlock(lines, i) || line.length - line.trimStart().length <= indent - 1) break;
    textLines.push(line.trim());
    i++;
  }
  flush();
  return { block, next: i };
}

/** Parses Markdown into blocks. Unknown constructs fall back to plain text; nothing is interpreted as HTML. */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === '') {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i].trimStart().startsWith(fence[1])) body.push(lines[i++]);
      i++;
      blocks.push({ type: 'code', text: body.join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ type: 'heading', level: heading[1].length, children: parseInline(heading[2]) });
      i++;
      continue;
    }
    if (RULE.test(line)) {
      blocks.push({ type: 'rule' });
      i++;
      continue;
    }
    if (QUOTE.test(line)) {
      const body: string[] = [];
      while (i < lines.length && QUOTE.test(lines[i])) body.push(QUOTE.exec(lines[i++])![1]);
      blocks.push({ type: 'quote', children: parseMarkdown(body.join('\n')) });
      continue;
    }
    if (isTableStart(lines, i)) {
      const head = splitRow(line);
      const align = splitRow(lines[i + 1]).map((c): Align => {
        const left = c.startsWith(':');
        const right = c.endsWith(':');
        return left && right ? 'center' : right ? 'right' : left ? 'left' : null;
      });
      i += 2;
      const rows: Inline[][][] = [];
      while (i < lines.length && lines[i].trim() !== '' && lines[i].includes('|')) {
        const cells = splitRow(lines[i++]);
        rows.push(head.map((_, c) => parseInline(cells[c] ?? '')));
      }
      blocks.push({
        type: 'table',
        align: head.map((_, c) => align[c] ?? null),
        head: head.map((h) => parseInline(h)),
        rows,
      });
      continue;
    }
    if (LIST_ITEM.test(line)) {
      const { block, next } = parseList(lines, i);
      blocks.push(block);
      i = next;
      continue;
    }
    const body: string[] = [];
    while (
      i < lines.length &&
      lines[i].trim() !== '' &&
      (body.length === 0 || !startsBlock(lines, i))
    )
      body.push(lines[i++].trim());
    blocks.push({ type: 'paragraph', children: parseInline(body.join('\n')) });
  }
  return blocks;
}

const ESCAPABLE = /[\\`*_{}[\]()#+\-.!|<>~]/;
const URL_TAIL = /[.,;:!?)\]'"»。，；：！？）]+$/;

function pushText(out: Inline[], text: string) {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.type === 'text') last.text += text;
  else out.push({ type: 'text', text });
}

/** Finds the closing delimiter for emphasis starting at `from`, or -1. */
function findClose(text: string, delim: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const at = text.indexOf(delim, i);
    if (at < 0) return -1;
    if (text[at - 1] === '\\') {
      i = at + 1;
      continue;
    }
    const before = text[at - 1];
    const after = text[at + delim.length];
    const flanking = before !== undefined && !/\s/.test(before);
    // Underscores only close at a word boundary, so snake_case names stay as they are.
    if (flanking && (delim[0] !== '_' || after === undefined || !/[\p{L}\p{N}]/u.test(after)))
      return at;
    i = at + delim.length;
  }
  return -1;
}

/** Parses inline Markdown: code, bold, italics, links, bare URLs, line breaks and citation markers [n]. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const rest = text.slice(i);
    if (ch === '\\' && ESCAPABLE.test(text[i + 1] ?? '')) {
      pushText(out, text[i + 1]);
      i += 2;
      continue;
    }
    if (ch === '\n') {
      out.push({ type: 'break' });
      i++;
      continue;
    }
    if (ch === '`') {
      const ticks = /^`+/.exec(rest)![0];
      const close = text.indexOf(ticks, i + ticks.length);
      if (close > 0) {
        out.push({ type: 'code', text: text.slice(i + ticks.length, close).trim() });
        i = close + ticks.length;
        continue;
      }
      pushText(out, ticks);
      i += ticks.length;
      continue;
    }
    if (
      (ch === '*' || ch === '_') &&
      text[i + 1] === ch &&
      text[i + 2] &&
      !/\s/.test(text[i + 2])
    ) {
      const wordBefore = ch === '_' && i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1]);
      const close = wordBefore ? -1 : findClose(text, ch + ch, i + 2);
      if (close > 0) {
        out.push({ type: 'strong', children: parseInline(text.slice(i + 2, close)) });
        i = close + 2;
        continue;
      }
    }
    if (
      (ch === '*' || ch === '_') &&
      text[i + 1] &&
      !/\s/.test(text[i + 1]) &&
      text[i + 1] !== ch
    ) {
      const wordBefore = ch === '_' && i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1]);
      const close = wordBefore ? -1 : findClose(text, ch, i + 1);
      if (close > 0) {
        out.push({ type: 'em', children: parseInline(text.slice(i + 1, close)) });
        i = close + 1;
        continue;
      }
    }
    if (ch === '[') {
      const cite = /^\[(\d{1,3})\]/.exec(rest);
      if (cite && rest[cite[0].length] !== '(') {
        out.push({ type: 'cite', n: Number(cite[1]) });
        i += cite[0].length;
        continue;
      }
      const link =
        /^\[([^\]\n]+)\]\(\s*<?([^()\s<>]+(?:\([^()\s]*\))?[^()\s<>]*)>?(?:\s+"[^"]*")?\s*\)/.exec(
          rest,
        );
      if (link) {
        const href = safeHref(link[2]);
        const children = parseInline(link[1]);
        if (href) out.push({ type: 'link', href, children });
        else out.push(...children);
        i += link[0].length;
        continue;
      }
    }
    if (ch === '<') {
      const auto = /^<(https?:\/\/[^\s<>]+)>/i.exec(rest);
      if (auto && safeHref(auto[1])) {
        out.push({
          type: 'link',
          href: safeHref(auto[1])!,
          children: [{ type: 'text', text: auto[1] }],
        });
        i += auto[0].length;
        continue;
      }
    }
    if ((ch === 'h' || ch === 'H') && (i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1]))) {
      const bare = /^https?:\/\/[^\s<>]+/i.exec(rest);
      if (bare) {
        const url = bare[0].replace(URL_TAIL, '');
        const href = safeHref(url);
        if (href) {
          out.push({ type: 'link', href, children: [{ type: 'text', text: url }] });
          i += url.length;
          continue;
        }
      }
    }
    pushText(out, ch);
    i++;
  }
  return out;
}

/** The plain text of inline nodes (for labels and tests). */
export function inlineText(nodes: Inline[]): string {
  return nodes
    .map((n) =>
      n.type === 'text' || n.type === 'code'
        ? n.text
        : n.type === 'break'
          ? '\n'
          : n.type === 'cite'
            ? `[${n.n}]`
            : inlineText(n.children),
    )
    .join('');
}
