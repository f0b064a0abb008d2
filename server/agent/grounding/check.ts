// The grounding check of one sentence: every figure must be supported by the turn's sources, and every citation
// marker [n] must name one of the turn's sources.
import { citedNumbers } from '../citations';
import { extractFigures } from './figures';
import type { SupportIndex } from './support';

export interface SentenceCheck {
  /** Figures and citation markers checked. */
  checked: number;
  /** What failed, as written ("99 million yen", "[7]"). */
  unsupported: string[];
}

export function checkSentence(
  sentence: string,
  index: SupportIndex,
  hasSource: (n: number) => boolean,
): SentenceCheck {
  const figures = extractFigures(sentence);
  const markers = [...citedNumbers(sentence)];
  return {
    checked: figures.length + markers.length,
    unsupported: [
      ...figures.filter((f) => !index.supports(f)).map((f) => f.text),
      ...markers.filter((n) => !hasSource(n)).map((n) => `[${n}]`),
    ],
  };
}
