// Building regular expressions from text: the one escape every pattern made of words, aliases or symbols uses.

/** `text` with every regular-expression metacharacter escaped, so it matches itself. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
