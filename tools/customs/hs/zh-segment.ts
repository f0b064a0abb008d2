// Splits a product title into words: Chinese by the fewest known words (the product-word dictionary, the glossary's
// names, the material and wearer words) with the fewest unknown characters, Latin by whole words; so 扳手套装 reads
// 扳手|套装 and a name is only found where the title's own words begin and end (never 手套 inside 扳手套装).
import { HS_GLOSSARY } from './glossary';
import { TRAITS } from './traits';
import { ZH_WORDS } from './zh-words';

export interface Segment {
  text: string;
  start: number;
  end: number;
  /** word: a dictionary or glossary word; latin: letters and digits; unknown: a Chinese character no word covers. */
  kind: 'word' | 'latin' | 'unknown';
}

const CJK = /[\u3400-\u9fff]/;
const LATIN = /[a-z0-9]/;

let vocabulary: { words: Set<string>; longest: number } | null = null;

function loadVocabulary() {
  if (vocabulary) return vocabulary;
  const words = new Set(
    [
      ...Object.keys(ZH_WORDS),
      ...HS_GLOSSARY.flatMap((e) => e.zh),
      ...TRAITS.flatMap((t) => t.zh),
    ].map((w) => w.normalize('NFKC').toLowerCase()),
  );
  vocabulary = { words, longest: Math.max(...[...words].map((w) => w.length)) };
  return vocabulary;
}

/** A word may start or end on a Latin character only where a Latin word starts or ends. */
const latinEdge = (text: string, at: number) =>
  !LATIN.test(text[at - 1] ?? '') || !LATIN.test(text[at] ?? '');

/** The words of a normalised (NFKC, lower-case) title, in order; spaces and punctuation are not segments. */
export function segmentTitle(text: string): Segment[] {
  const { words, longest } = loadVocabulary();
  const n = text.length;
  // cost[i]: the cheapest split of text[0..i): a word costs 1, an unknown Chinese character 3, a Latin word 1.
  const cost = new Array<number>(n + 1).fill(Infinity);
  const back = new Array<{ from: number; kind: Segment['kind'] | null }>(n + 1);
  cost[0] = 0;
  const relax = (from: number, to: number, add: number, kind: Segment['kind'] | null) => {
    if (cost[from] + add < cost[to]) {
      cost[to] = cost[from] + add;
      back[to] = { from, kind };
    }
  };
  for (let i = 0; i < n; i++) {
    if (cost[i] === Infinity) continue;
    const ch = text[i];
    if (CJK.test(ch) || (LATIN.test(ch) && latinEdge(text, i))) {
      for (let len = Math.min(longest, n - i); len >= 1; len--) {
        const word = text.slice(i, i + len);
        if (words.has(word) && latinEdge(text, i + len)) relax(i, i + len, 1, 'word');
      }
    }
    if (CJK.test(ch)) relax(i, i + 1, 3, 'unknown');
    else if (LATIN.test(ch)) {
      let end = i;
      while (end < n && LATIN.test(text[end])) end++;
      if (latinEdge(text, i)) relax(i, end, 1, 'latin');
    } else relax(i, i + 1, 0, null);
  }
  const segments: Segment[] = [];
  for (let end = n; end > 0; end = back[end].from) {
    const { from, kind } = back[end];
    if (kind) segments.push({ text: text.slice(from, end), start: from, end, kind });
  }
  return segments.reverse();
}

/** Where the title's words begin and end: a name matched inside the title must start and end on these. */
export function wordEdges(segments: Segment[]): Set<number> {
  return new Set(segments.flatMap((s) => [s.start, s.end]));
}
