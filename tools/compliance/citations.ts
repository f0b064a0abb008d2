// Rendering shared by the compliance tools: status badges and numbered source citations in Markdown.
export interface Citation {
  title: string;
  url: string | null;
}

/** Collects citations in order of first use and numbers them [1], [2], ... */
export function citationList() {
  const entries: Citation[] = [];
  const keys = new Map<string, number>();
  return {
    ref(citation: Citation): string {
      const key = `${citation.title}\n${citation.url ?? ''}`;
      let n = keys.get(key);
      if (!n) {
        entries.push(citation);
        n = entries.length;
        keys.set(key, n);
      }
      return `[${n}]`;
    },
    render(): string {
      if (!entries.length) return '';
      return [
        '**Sources**',
        ...entries.map((c, i) => `[${i + 1}] ${c.title}${c.url ? ` — ${c.url}` : ''}`),
      ].join('\n');
    },
  };
}

/** "in force since 2024-12-13", "scheduled: 2027-07-01", "changed: ..." with the as-of date and confidence. */
export function statusLine(item: {
  status: string;
  effective: string | null;
  as_of: string | null;
  confidence: string | null;
}): string {
  const parts = [item.effective ? `${item.status}, effective ${item.effective}` : item.status];
  if (item.as_of) parts.push(`as of ${item.as_of}`);
  if (item.confidence && item.confidence !== 'high') parts.push(`confidence ${item.confidence}`);
  return parts.join('; ');
}
