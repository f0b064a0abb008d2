// Detects the language a user wrote in (English, simplified or traditional Chinese) to pick answer templates.
import type { AnswerLang } from './answer';
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from './script-chars';
export type Lang = AnswerLang;

/** The two character sets, built on the first Chinese message (a few ms, kept off start-up). */
let sets: { traditional: Set<string>; simplified: Set<string> } | null = null;

/**
 * zh-Hant when more of the message's Chinese characters exist only in Traditional than only in Simplified, else
 * zh-Hans (also when none is script-specific, e.g. 我想在台 or 公里); en without Chinese characters.
 */
export function detectLanguage(text: string): Lang {
  const cjk = text.match(/[\u3400-\u9fff]/g);
  if (!cjk) return 'en';
  sets ??= { traditional: new Set(TRADITIONAL_ONLY), simplified: new Set(SIMPLIFIED_ONLY) };
  let trad = 0;
  let simp = 0;
  for (const ch of cjk) {
    if (sets.traditional.has(ch)) trad++;
    else if (sets.simplified.has(ch)) simp++;
  }
  return trad > simp ? 'zh-Hant' : 'zh-Hans';
}
