// Reads the parts of a knowledge document's Markdown that checklists show: the summary and the seller actions.
const ACTIONS_HEADING = /^\**(#+\s*)?what sellers should do:?\**:?\s*$/im;

/** The first paragraph of prose (after the title heading). */
export function summaryOf(text: string): string {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith('#') && !p.startsWith('-') && !p.startsWith('**'));
  return paragraphs[0] ?? '';
}

/** The bullet points under "What sellers should do": the list ends at its first blank line, so the status notes
 *  that follow as bullets ("**Changed:** ...", "**Confidence: medium** ...") are not read as actions. */
export function sellerActions(text: string): string[] {
  const match = ACTIONS_HEADING.exec(text);
  if (!match) return [];
  const after = text.slice((match.index ?? 0) + match[0].length).split('\n');
  const out: string[] = [];
  for (const line of after) {
    const bullet = /^\s*[-*]\s+(.+)$/.exec(line);
    if (bullet) out.push(bullet[1].trim());
    else if (out.length) break;
  }
  return out;
}
