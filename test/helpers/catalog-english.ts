// The English sentences of a message catalog as fragments to look for: a Chinese answer must contain none of them.
import type { MessageTexts } from '../../core/message-catalog';

/** Each English template's longest fixed part (between placeholders), when it is long enough to be a sentence. */
export function englishFragments(texts: Record<string, MessageTexts>): string[] {
  return Object.values(texts)
    .map((t) =>
      t.en
        .split(/\{\w+\}/)
        .sort((a, b) => b.length - a.length)[0]
        .trim(),
    )
    .filter((part) => part.length >= 16 && /[a-z]{3}/.test(part));
}
