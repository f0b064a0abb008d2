// A product as a seller types it ("Insulated water bottle, 750 ml, keeps drinks cold 24 h") split into a name and
// features, and the shorter names an ad can use (the head noun phrase: "Trail Running Shoes" of a longer name).

/** The name before the first comma, semicolon, " with " or " - "; the rest are features. */
export function parseProductText(text: string): { name: string; features: string[] } {
  const parts = text
    .replace(/\s+/g, ' ')
    .split(/\s*[,;，；、]\s*|\s+(?:with|featuring)\s+|\s+[-–—|]\s+/i)
    .map((p) => p.trim())
    .filter(Boolean);
  return { name: parts[0] ?? text.trim(), features: parts.slice(1) };
}

const LATIN = /^[\p{Script=Latin}\p{N}\s'&.-]+$/u;

/**
 * Shorter names ending in the head noun, longest first ("waterproof trail running shoes" → "trail running shoes",
 * "running shoes"), and the leading words left out ("waterproof"). Only for names in Latin script; a "for ..."
 * phrase stays out of the head ("Dog bed for large dogs" → "Dog bed").
 */
export function headNames(name: string): { shorter: string[]; modifiers: string[] } {
  const head = name.split(/\s+for\s+/i)[0].trim();
  if (!LATIN.test(head)) return { shorter: [], modifiers: [] };
  const words = head.split(/\s+/);
  const shorter: string[] = [];
  for (let n = Math.min(3, words.length - 1); n >= 2; n -= 1)
    shorter.push(words.slice(-n).join(' '));
  if (head !== name.trim() && words.length <= 3) shorter.unshift(head);
  const kept = Math.min(3, words.length);
  return { shorter, modifiers: words.length > kept ? words.slice(0, -kept) : [] };
}

/** Drops a word already used earlier in the text ("Waterproof Trail Shoes, Waterproof" → "Waterproof Trail Shoes,"). */
export function dropRepeatedWords(text: string): string {
  const seen = new Set<string>();
  return text
    .split(' ')
    .filter((token) => {
      const key = token.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
      if (key.length < 3 || /^\d/.test(key)) return true;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .join(' ');
}
