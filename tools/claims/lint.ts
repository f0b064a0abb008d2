// Runs text through the claim rules: findings with rule id, severity, offending text and suggestion, and the
// rewrite that removes blocking claims (the phrase or its clause) so they are never passed on silently.
import { CLAIM_RULES, type ClaimContext, type ClaimRule, type Severity } from './rules';

export interface Finding {
  rule_id: string;
  title: string;
  severity: Severity;
  field: string;
  /** The offending words as written. */
  text: string;
  reason: string;
  suggestion: string;
  documents: string[];
}

interface Match {
  rule: ClaimRule;
  severity: Severity;
  start: number;
  end: number;
}

function applies(rule: ClaimRule, field: string, ctx: ClaimContext): boolean {
  if (rule.markets && !rule.markets.some((m) => ctx.markets.includes(m))) return false;
  if (rule.categories && (!ctx.category || !rule.categories.includes(ctx.category))) return false;
  if (rule.platforms && (!ctx.platform || !rule.platforms.includes(ctx.platform))) return false;
  if (rule.fields && !rule.fields.includes(field)) return false;
  return true;
}

function matches(text: string, field: string, ctx: ClaimContext): Match[] {
  const proven = (ctx.substantiated ?? []).map((s) => s.toLowerCase());
  const out: Match[] = [];
  for (const rule of CLAIM_RULES) {
    if (!applies(rule, field, ctx)) continue;
    for (const pattern of rule.patterns) {
      for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
        const word = m[0].trim();
        const start = (m.index ?? 0) + m[0].indexOf(word);
        const substantiated = proven.some((p) => p.includes(word.toLowerCase()));
        out.push({
          rule,
          severity: substantiated ? 'info' : rule.severity(ctx),
          start,
          end: start + word.length,
        });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const toFinding = (m: Match, text: string, field: string): Finding => ({
  rule_id: m.rule.id,
  title: m.rule.title,
  severity: m.severity,
  field,
  text: text.slice(m.start, m.end),
  reason: m.rule.reason,
  suggestion: m.rule.suggestion,
  documents: m.rule.documents ?? [],
});

export function lintText(text: string, field: string, ctx: ClaimContext): Finding[] {
  return matches(text, field, ctx).map((m) => toFinding(m, text, field));
}

const CLAUSE_END = /[.!?;,:|–—。、！？]/u;

function removeSpan(text: string, m: Match): string {
  let start = m.start;
  let end = m.end;
  const open = text.lastIndexOf('(', start);
  const close = text.indexOf(')', end);
  if (
    open >= 0 &&
    close >= 0 &&
    !text.slice(open, start).includes(')') &&
    !text.slice(end, close).includes('(')
  ) {
    // A claim in parentheses goes with its parentheses: "Shoes (eco-friendly) for wet days".
    start = open;
    end = close + 1;
  } else if (m.rule.fix === 'remove_clause') {
    while (start > 0 && !CLAUSE_END.test(text[start - 1])) start -= 1;
    while (end < text.length && !CLAUSE_END.test(text[end])) end += 1;
    if (end < text.length) end += 1; // the clause's own punctuation goes with it
  }
  const rest = tidy(text.slice(0, start) + ' ' + text.slice(end));
  // A sentence that lost its first words still starts with a capital letter.
  return /^\p{Lu}/u.test(text) ? rest.charAt(0).toLocaleUpperCase() + rest.slice(1) : rest;
}

/** Collapses the spaces and punctuation a removal leaves behind. */
export function tidy(text: string): string {
  return text
    .replace(/\(\s*[,;:]?\s*\)|\[\s*\]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/\s+([.,;:!?。、])/g, '$1')
    .replace(/([!?])\.+/g, '$1')
    .replace(/([,;:])\s*([,;:])/g, '$2')
    .replace(/,\s*([.!?])/g, '$1')
    .replace(/\.{2,}/g, '.')
    .replace(/\s*[–—-]\s*([.,;:!?])/g, '$1')
    .replace(/([,;:])\s*(?=[.,;:!?]|$)/g, '')
    .replace(/^[\s.,;:!?|–—-]+/, '')
    .replace(/\s*[–—|-]\s*$/, '')
    .trim();
}

/**
 * Removes every blocking claim from `text` (re-checking after each removal). Returns the clean text and the
 * blocking findings removed; the text is null when nothing meaningful is left.
 */
export function removeBlocking(
  text: string,
  field: string,
  ctx: ClaimContext,
): { text: string | null; removed: Finding[] } {
  const removed: Finding[] = [];
  let current = text;
  for (let i = 0; i < 10; i += 1) {
    const blocking = matches(current, field, ctx).find((m) => m.severity === 'blocking');
    if (!blocking) break;
    removed.push(toFinding(blocking, current, field));
    current = removeSpan(current, blocking);
  }
  const stillBlocked = matches(current, field, ctx).some((m) => m.severity === 'blocking');
  const meaningful = /[\p{L}\p{N}]{2,}/u.test(current);
  return { text: stillBlocked || !meaningful ? null : current, removed };
}
