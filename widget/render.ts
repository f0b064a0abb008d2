// Builds DOM nodes from the parsed Markdown tree with createElement and text nodes only (never innerHTML).
import { fitTable } from './fit-table';
import { parseMarkdown, safeHref, type Block, type Inline } from './markdown';

export interface CitationRef {
  n: number;
  title: string;
  url: string;
  /** The source's standing in words (official or secondary, updated on, check for updates). */
  standing?: string;
}

type Attrs = Record<string, string>;

/** Creates an element with attributes and children; strings become text nodes. */
export function h(
  tag: string,
  attrs: Attrs = {},
  children: Array<Node | string> = [],
): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  for (const child of children) el.append(child);
  return el;
}

function externalLink(href: string, children: Array<Node | string>, attrs: Attrs = {}) {
  return h(
    'a',
    { href, target: '_blank', rel: 'noopener noreferrer nofollow', ...attrs },
    children,
  );
}

function renderInline(nodes: Inline[], citations: Map<number, CitationRef>): Node[] {
  return nodes.map((node): Node => {
    switch (node.type) {
      case 'text':
        return document.createTextNode(node.text);
      case 'break':
        return h('br');
      case 'code':
        return h('code', {}, [node.text]);
      case 'strong':
        return h('strong', {}, renderInline(node.children, citations));
      case 'em':
        return h('em', {}, renderInline(node.children, citations));
      case 'link':
        return externalLink(node.href, renderInline(node.children, citations));
      case 'cite':
        return citeLink(node.n, citations);
    }
  });
}

/** A citation marker [n]: a link to its source when known. */
export function citeLink(n: number, citations: Map<number, CitationRef>): HTMLElement {
  const ref = citations.get(n);
  const href = ref && safeHref(ref.url);
  const label = `[${n}]`;
  if (!ref) return h('span', { class: 'tp-cite' }, [label]);
  return href
    ? externalLink(href, [label], { class: 'tp-cite', title: ref.title })
    : h('span', { class: 'tp-cite', title: ref.title }, [label]);
}

function renderBlock(block: Block, citations: Map<number, CitationRef>): HTMLElement {
  const inl = (nodes: Inline[]) => renderInline(nodes, citations);
  switch (block.type) {
    case 'paragraph':
      return h('p', {}, inl(block.children));
    case 'heading':
      return h(`h${Math.min(6, block.level + 2)}`, {}, inl(block.children));
    case 'rule':
      return h('hr');
    case 'code':
      return h('pre', {}, [h('code', {}, [block.text])]);
    case 'quote':
      return h(
        'blockquote',
        {},
        block.children.map((b) => renderBlock(b, citations)),
      );
    case 'list': {
      const attrs: Attrs = block.ordered && block.start !== 1 ? { start: String(block.start) } : {};
      return h(
        block.ordered ? 'ol' : 'ul',
        attrs,
        block.items.map((item) =>
          h('li', {}, [
            ...inl(item.children),
            ...(item.sublist ? [renderBlock(item.sublist, citations)] : []),
          ]),
        ),
      );
    }
    case 'table':
      // The model's tables fit like the application's: every column counts, rows become cards when too wide.
      return fitTable(
        block.head.map((c, i) => ({
          label: inl(c),
          priority: 1,
          numeric: block.align[i] === 'right',
        })),
        block.rows.map((row) => block.head.map((_c, i) => inl(row[i] ?? []))),
        { details: '' },
      );
  }
}

/** Renders a Markdown answer into a fragment; [n] markers link to the citations known so far. */
export function renderMarkdown(
  text: string,
  citations: Map<number, CitationRef>,
): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const block of parseMarkdown(text)) fragment.append(renderBlock(block, citations));
  return fragment;
}
