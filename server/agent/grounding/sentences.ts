// Cuts streamed model text into complete sentences (or lines) that can be checked one at a time; a sentence
// ends at . ! ? once the next one has begun (so "1." of "1.5" waits), at 。！？；, or at a line break. Abbreviations like "Art." do not end one.

const ABBREVIATION =
  /(?:^|[\s(])(?:Art|No|Nos|Sec|Para|para|e\.g|i\.e|vs|approx|Dr|Mr|Ms|St|Inc|Ltd|Co|U\.S|U\.K|cf|p|pp|ca|incl|max|min|Reg|Dir|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\.$/;

/** Where each complete sentence in `text` ends (after its trailing spaces and line breaks). */
function completeSentenceEnds(text: string): number[] {
  const ends: number[] = [];
  const re = /[.!?]+["')\]*_]*(?=[ \t]+\S|[ \t]*\n)|[。！？；]+["'」』）)*_]*|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && ABBREVIATION.test(text.slice(Math.max(0, m.index - 8), m.index + 1)))
      continue;
    let stop = end;
    while (stop < text.length && /[ \t\n]/.test(text[stop])) stop++;
    ends.push(stop);
  }
  return ends;
}

/** Splits off the complete sentences at the start of `buffer`; the rest waits for more text. */
export function takeSentences(
  buffer: string,
  final = false,
): { sentences: string[]; rest: string } {
  const ends = completeSentenceEnds(buffer);
  const sentences: string[] = [];
  let start = 0;
  for (const end of ends) {
    if (end > start) sentences.push(buffer.slice(start, end));
    start = end;
  }
  const rest = buffer.slice(start);
  if (final && rest) return { sentences: [...sentences, rest], rest: '' };
  return { sentences, rest };
}
