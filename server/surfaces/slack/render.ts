// The one place Slack output is rendered: Markdown to mrkdwn and Block Kit (sections, aligned tables, citations,
// the "show sources" button), split under Slack's limits (50 blocks a message, 3,000 characters a section).
import type { Citation } from '../../agent/events';

export const MAX_BLOCKS = 50;
export const MAX_SECTION_CHARS = 3000;
const MAX_CONTEXT_ELEMENTS = 10;
const MAX_BUTTON_VALUE = 2000;
const MAX_FALLBACK_CHARS = 300;
/** Tables wider than this (in monospace columns) are rendered row by row instead of as a code block. */
export const MAX_TABLE_WIDTH = 72;

export const SHOW_SOURCES_ACTION = 'show_sources';

export interface TextObject {
  type: 'mrkdwn' | 'plain_text';
  text: string;
}

export type Block =
  | { type: 'section'; text: TextObject }
  | { type: 'divider' }
  | { type: 'context'; elements: TextObject[] }
  | {
      type: 'actions';
      elements: Array<{
        type: 'button';
        text: TextObject;
        action_id: string;
        value: string;
      }>;
    };

/** One Slack message: `text` is the notification fallback, `blocks` what people see. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

// ---------------------------------------------------------------------------------------------------------------
// Inline Markdown to mrkdwn

const escapeMrkdwn = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A link Slack renders: the label cannot contain `|` or `>`; the URL must not contain spaces or `>`. */
export function slackLink(url: string, label: string): string {
  const safeUrl = url.replace(/[\s<>|]/g, (ch) => encodeURIComponent(ch));
  const safeLabel = escapeMrkdwn(label.replace(/\|/g, '/')).trim();
  return safeLabel ? `<${safeUrl}|${safeLabel}>` : `<${safeUrl}>`;
}

const HOLD_START = '\uE000';
const HOLD_END = '\uE001';

/** Converts one line of Markdown inline syntax (bold, italics, strike, code, links) to Slack mrkdwn. */
export function inlineMarkdownToMrkdwn(line: string): string {
  const held: string[] = [];
  const hold = (text: string) => `${HOLD_START}${held.push(text) - 1}${HOLD_END}`;
  let s = line
    .replace(/`([^`]+)`/g, (_m, code: string) => hold('`' + escapeMrkdwn(code) + '`'))
    .replace(
      /!?\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g,
      (_m, label: string, url: string) => hold(slackLink(url, stripInlineMarkdown(label))),
    )
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, (_m, url: string) => hold(slackLink(url, url)));
  s = escapeMrkdwn(s)
    .replace(
      /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g,
      (_m, _d, inner: string) => `${HOLD_START}b${inner}${HOLD_START}b`,
    )
    .replace(/(^|[^*\w])\*(?=\S)([^*]+?)(?<=\S)\*(?!\*)/g, '$1_$2_')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '~$1~')
    .replaceAll(`${HOLD_START}b`, '*');
  return s.replace(
    new RegExp(`${HOLD_START}(\\d+)${HOLD_END}`, 'g'),
    (_m, i: string) => held[Number(i)],
  );
}

/** Plain text of inline Markdown (for code-block table cells and link labels). */
export function stripInlineMarkdown(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|\W)[*_](\S(?:.*?\S)?)[*_](?=\W|$)/g, '$1$2')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/`([^`]+)`/g, '$1');
}

// ---------------------------------------------------------------------------------------------------------------
// Block-level Markdown

type Align = 'left' | 'right' | 'center';

interface Table {
  header: string[];
  align: Align[];
  rows: string[][];
}

type Segment =
  | { kind: 'text'; lines: string[] }
  | { kind: 'code'; text: string }
  | { kind: 'table'; table: Table }
  | { kind: 'divider' };

const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function splitRow(line: string): string[] {
  const trimmed = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return trimmed.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

function parseSegments(markdown: string): Segment[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const segments: Segment[] = [];
  const text = (line: string) => {
    const last = segments.at(-1);
    if (last?.kind === 'text') last.lines.push(line);
    else segments.push({ kind: 'text', lines: [line] });
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = /^\s*(```|~~~)/.exec(line);
    if (fence) {
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i].trim().startsWith(fence[1]); i++) body.push(lines[i]);
      segments.push({ kind: 'code', text: body.join('\n') });
      continue;
    }
    if (line.includes('|') && i + 1 < lines.length && TABLE_SEPARATOR.test(lines[i + 1])) {
      const header = splitRow(line);
      const align = splitRow(lines[i + 1]).map((cell): Align =>
        cell.startsWith(':') && cell.endsWith(':')
          ? 'center'
          : cell.endsWith(':')
            ? 'right'
            : 'left',
      );
      const rows: string[][] = [];
      for (i += 2; i < lines.length && lines[i].includes('|') && lines[i].trim() !== ''; i++)
        rows.push(splitRow(lines[i]));
      i--;
      segments.push({ kind: 'table', table: { header, align, rows } });
      continue;
    }
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      segments.push({ kind: 'divider' });
      continue;
    }
    text(line);
  }
  return segments;
}

function textLineToMrkdwn(line: string): string {
  const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
  if (heading) return `*${stripInlineMarkdown(heading[1]).replace(/\*/g, '')}*`;
  const quote = /^\s*>\s?(.*)$/.exec(line);
  if (quote) return `>${inlineMarkdownToMrkdwn(quote[1])}`;
  const bullet = /^(\s*)[-*+]\s+(?:\[( |x|X)\]\s+)?(.*)$/.exec(line);
  if (bullet) {
    const depth = Math.floor(bullet[1].replace(/\t/g, '  ').length / 2);
    const mark = bullet[2] === undefined ? '•' : bullet[2] === ' ' ? '☐' : '☑';
    return `${'    '.repeat(depth)}${mark} ${inlineMarkdownToMrkdwn(bullet[3])}`;
  }
  return inlineMarkdownToMrkdwn(line);
}

/** Converts a whole Markdown text to Slack mrkdwn (tables become aligned code blocks). */
export function markdownToMrkdwn(markdown: string): string {
  return segmentsToSections(parseSegments(markdown))
    .map((b) => (b.type === 'section' ? b.text.text : ''))
    .filter(Boolean)
    .join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Tables

/** Monospace columns a string takes: East Asian wide characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    width +=
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x1f300 && cp <= 0x1faff) ||
      (cp >= 0x20000 && cp <= 0x3fffd)
        ? 2
        : 1;
  }
  return width;
}

function pad(text: string, width: number, align: Align): string {
  const gap = Math.max(0, width - displayWidth(text));
  if (align === 'right') return ' '.repeat(gap) + text;
  if (align === 'center')
    return ' '.repeat(Math.floor(gap / 2)) + text + ' '.repeat(gap - Math.floor(gap / 2));
  return text + ' '.repeat(gap);
}

const hasLink = (cell: string) => /\[[^\]]*\]\([^)]*\)|<https?:/.test(cell);

/** Aligned code-block sections, repeating the header when the table is split. */
function tableAsCode(table: Table): Block[] {
  const columns = table.header.length;
  const cells = [table.header, ...table.rows].map((row) =>
    Array.from({ length: columns }, (_v, c) => stripInlineMarkdown(row[c] ?? '')),
  );
  const widths = Array.from({ length: columns }, (_v, c) =>
    Math.max(...cells.map((row) => displayWidth(row[c]))),
  );
  const format = (row: string[]) =>
    row
      .map((cell, c) => pad(cell, widths[c], table.align[c] ?? 'left'))
      .join('  ')
      .trimEnd();
  const head = [format(cells[0]), widths.map((w) => '-'.repeat(w)).join('  ')].join('\n');
  const chunks: string[][] = [[]];
  for (const row of cells.slice(1)) {
    const line = format(row);
    const current = chunks.at(-1) as string[];
    const size = head.length + current.join('\n').length + line.length + 10;
    if (current.length > 0 && size > MAX_SECTION_CHARS) chunks.push([line]);
    else current.push(line);
  }
  return chunks.map((rows) =>
    section(
      '```\n' + escapeMrkdwn([head, ...rows].join('\n')).slice(0, MAX_SECTION_CHARS - 8) + '\n```',
    ),
  );
}

/** One line per row (first cell bold, the others as "Header: value"), keeping links clickable. */
function tableAsLines(table: Table): Block[] {
  const lines = table.rows.map((row) => {
    const [first, ...rest] = row;
    const parts = rest
      .map((cell, c) => ({ cell, name: table.header[c + 1] ?? '' }))
      .filter((p) => p.cell !== '')
      .map(
        (p) =>
          `${p.name ? escapeMrkdwn(stripInlineMarkdown(p.name)) + ': ' : ''}${inlineMarkdownToMrkdwn(p.cell)}`,
      );
    return [`*${escapeMrkdwn(stripInlineMarkdown(first ?? ''))}*`, ...parts].join(' · ');
  });
  return packLines(lines);
}

function tableToBlocks(table: Table): Block[] {
  const cells = [table.header, ...table.rows];
  const width =
    table.header.reduce(
      (sum, _h, c) =>
        sum + Math.max(...cells.map((row) => displayWidth(stripInlineMarkdown(row[c] ?? '')))),
      0,
    ) +
    2 * (table.header.length - 1);
  const linked = table.rows.some((row) => row.some(hasLink));
  return width <= MAX_TABLE_WIDTH && !linked ? tableAsCode(table) : tableAsLines(table);
}

// ---------------------------------------------------------------------------------------------------------------
// Sections and messages

const section = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text } });

/** Packs lines into as few sections as fit (each under the section limit); cuts a single over-long line. */
function packLines(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let current = '';
  const flush = () => {
    if (current.trim() !== '') blocks.push(section(current.replace(/^\n+|\n+$/g, '')));
    current = '';
  };
  for (const raw of lines) {
    let line = raw;
    while (line.length > MAX_SECTION_CHARS) {
      flush();
      let cut = line.lastIndexOf(' ', MAX_SECTION_CHARS);
      if (cut < MAX_SECTION_CHARS / 2) cut = MAX_SECTION_CHARS;
      blocks.push(section(line.slice(0, cut)));
      line = line.slice(cut).trimStart();
    }
    const candidate = current === '' ? line : `${current}\n${line}`;
    if (candidate.length > MAX_SECTION_CHARS) {
      flush();
      current = line;
    } else current = candidate;
  }
  flush();
  return blocks;
}

function codeToBlocks(code: string): Block[] {
  const room = MAX_SECTION_CHARS - 8;
  const escaped = escapeMrkdwn(code);
  const blocks: Block[] = [];
  let rest = escaped;
  while (rest.length > 0) {
    let cut = rest.length <= room ? rest.length : rest.lastIndexOf('\n', room);
    if (cut <= 0) cut = room;
    blocks.push(section('```\n' + rest.slice(0, cut) + '\n```'));
    rest = rest.slice(cut).replace(/^\n/, '');
  }
  return blocks.length ? blocks : [];
}

function segmentsToSections(segments: Segment[]): Block[] {
  return segments.flatMap((seg): Block[] => {
    if (seg.kind === 'divider') return [{ type: 'divider' }];
    if (seg.kind === 'code') return codeToBlocks(seg.text);
    if (seg.kind === 'table') return tableToBlocks(seg.table);
    const lines = seg.lines.map(textLineToMrkdwn);
    // Collapse runs of blank lines; keep one as a paragraph break.
    const compact = lines.filter(
      (l, i) => l.trim() !== '' || (i > 0 && lines[i - 1].trim() !== ''),
    );
    return packLines(compact);
  });
}

const SOURCES_HEADING = /^\s*(\*\*|__)?(sources|来源|來源)(\*\*|__)?\s*[:：]?\s*$/i;
const SOURCE_LINE = /^\s*\[(\d{1,3})\]\s+(.+?)(?:\s*(?:—|–|:|：)\s*(https?:\/\/\S+))?\s*$/;

/**
 * Takes the plain numbered source list ("Sources" then "[1] title — url" lines) out of an answer or a tool's
 * text, so Slack shows the sources as links and a button instead of repeating them as text.
 */
export function splitSourceList(markdown: string): { markdown: string; citations: Citation[] } {
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!SOURCES_HEADING.test(lines[i])) continue;
    const citations: Citation[] = [];
    let end = i + 1;
    for (let m; end < lines.length && (m = SOURCE_LINE.exec(lines[end])); end++)
      citations.push({ n: Number(m[1]), title: m[2].trim(), url: m[3] ?? '' });
    if (citations.length === 0) continue;
    lines.splice(i, end - i);
    return { markdown: lines.join('\n'), citations };
  }
  return { markdown, citations: [] };
}

function citationLine(c: Citation): TextObject {
  const title = c.title.length > 150 ? c.title.slice(0, 149) + '…' : c.title;
  return {
    type: 'mrkdwn',
    text: `[${c.n}] ${c.url ? slackLink(c.url, title) : escapeMrkdwn(title)}`,
  };
}

/** Citations compacted into a button value (`[[n,title,url],...]`), titles shortened until it fits. */
export function encodeSources(citations: Citation[]): string {
  for (const titleLimit of [200, 80, 40, 0]) {
    const items: Array<[number, string, string]> = [];
    for (const c of citations) {
      const next = [
        ...items,
        [c.n, c.title.slice(0, titleLimit), c.url] as [number, string, string],
      ];
      if (JSON.stringify(next).length > MAX_BUTTON_VALUE) break;
      items.push(next.at(-1) as [number, string, string]);
    }
    if (items.length === citations.length || titleLimit === 0) return JSON.stringify(items);
  }
  return '[]';
}

/** The citations a "show sources" button carries; malformed values give an empty list. */
export function decodeSources(value: string): Citation[] {
  try {
    const parsed: unknown = JSON.parse(value);
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter(
        (item): item is [number, string, string] =>
          Array.isArray(item) &&
          typeof item[0] === 'number' &&
          typeof item[1] === 'string' &&
          typeof item[2] === 'string' &&
          (item[2] === '' || /^https?:\/\//.test(item[2])),
      )
      .map(([n, title, url]) => ({ n, title: title || url || `Source ${n}`, url }));
  } catch {
    return [];
  }
}

function plainFallback(blocks: Block[]): string {
  const first = blocks.find((b) => b.type === 'section');
  const text = first && first.type === 'section' ? first.text.text.replace(/```/g, '').trim() : '';
  return text.length > MAX_FALLBACK_CHARS ? text.slice(0, MAX_FALLBACK_CHARS - 1) + '…' : text;
}

/** Splits blocks into messages of at most MAX_BLOCKS, keeping the trailing citation blocks together. */
function toMessages(content: Block[], trailer: Block[]): SlackMessage[] {
  const messages: Block[][] = [];
  for (let i = 0; i < content.length; i += MAX_BLOCKS)
    messages.push(content.slice(i, i + MAX_BLOCKS));
  if (messages.length === 0) messages.push([]);
  const last = messages.at(-1) as Block[];
  if (last.length + trailer.length <= MAX_BLOCKS) last.push(...trailer);
  else messages.push(trailer);
  return messages
    .filter((blocks) => blocks.length > 0)
    .map((blocks) => ({ text: plainFallback(blocks) || 'tradepilot', blocks }));
}

export interface AnswerInput {
  /** The answer in Markdown (the agent's text or a tool's toText). */
  markdown: string;
  citations?: Citation[];
  /** The slash command that asked, shown above the answer so the channel sees the question. */
  asked?: { command: string; text: string; userId: string };
}

/** An answer as Slack messages: sections, aligned tables, linked citations and a "show sources" button. */
export function renderAnswer(input: AnswerInput): SlackMessage[] {
  const content = segmentsToSections(parseSegments(input.markdown.trim() || '(no answer)'));
  if (input.asked) {
    const asked = `${input.asked.command} ${input.asked.text}`.trim().replace(/`/g, "'");
    const who = /^[UW][A-Z0-9]+$/.test(input.asked.userId) ? `<@${input.asked.userId}>` : 'Someone';
    content.unshift({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `${who} asked \`${escapeMrkdwn(asked)}\`` }],
    });
  }
  const citations = input.citations ?? [];
  const trailer: Block[] = [];
  for (let i = 0; i < citations.length; i += MAX_CONTEXT_ELEMENTS)
    trailer.push({
      type: 'context',
      elements: citations.slice(i, i + MAX_CONTEXT_ELEMENTS).map(citationLine),
    });
  if (citations.length > 0)
    trailer.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          text: { type: 'plain_text', text: 'Show sources' },
          action_id: SHOW_SOURCES_ACTION,
          value: encodeSources(citations),
        },
      ],
    });
  return toMessages(content, trailer);
}

/** The list a "show sources" click shows: every source with its title and full address. */
export function renderSources(citations: Citation[]): SlackMessage[] {
  if (citations.length === 0) return renderNotice('No sources are attached to this answer.');
  const lines = citations.map(
    (c) => `*[${c.n}]* ${slackLink(c.url, c.title)}\n${escapeMrkdwn(c.url)}`,
  );
  return toMessages([section('*Sources*'), ...packLines(lines)], []);
}

/** A short plain notice (errors, "working on it", usage hints). */
export function renderNotice(markdown: string): SlackMessage[] {
  return toMessages(segmentsToSections(parseSegments(markdown)), []);
}
