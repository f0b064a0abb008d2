// Detects the language a user wrote in (English, simplified or traditional Chinese) to pick answer templates.
import type { AnswerLang } from './answer';
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from './script-chars';
export type Lang = AnswerLang;

const TRADITIONAL = new Set(TRADITIONAL_ONLY);
const SIMPLIFIED = new Set(SIMPLIFIED_ONLY);

/**
 * zh-Hant when more of the message's Chinese characters exist only in Traditional than only in Simplified, else
 * zh-Hans (also when none is script-specific, e.g. 我想在台 or 公里); en without Chinese characters.
 */
export function detectLanguage(text: string): Lang {
  const cjk = text.match(/[\u3400-\u9fff]/g);
  if (!cjk) return 'en';
  let trad = 0;
  let simp = 0;
  for (const ch of cjk) {
    if (TRADITIONAL.has(ch)) trad++;
    else if (SIMPLIFIED.has(ch)) simp++;
  }
  return trad > simp ? 'zh-Hant' : 'zh-Hans';
}
