// Picks the notices a target market requires for a category and platform, fills their placeholders and resolves
// each backing document from the knowledge base into a citation; a notice whose document is missing is withheld
// and reported instead of being invented.
import type { Queryable } from '../../core/db';
import { citationsFor, type Citation } from '../shared/citations';
import { getMarket } from '../../core/domain/markets';
import { ARABIC_COUNTRY_NAMES, NOTICE_RULES, type NoticeRule } from './notices';
import type { TargetMarket } from '../shared/target-market';

export interface Notice {
  id: string;
  title: string;
  kind: NoticeRule['kind'];
  language: string;
  text: string;
  condition: string | null;
  /** Placeholders the seller still has to fill in (shown as [name] in the text). */
  missing_details: string[];
  citations: string[];
}

export interface ResolvedNotices {
  notices: Notice[];
  citations: Citation[];
  /** Notices withheld because a backing document is not in the knowledge base. */
  unbacked: Array<{ id: string; title: string; missing_documents: string[] }>;
}

export function applicableNoticeRules(
  target: TargetMarket,
  category: string,
  platform: string,
): NoticeRule[] {
  return NOTICE_RULES.filter(
    (rule) =>
      rule.markets.some((m) => target.ruleCodes.includes(m)) &&
      (rule.categories === 'all' || rule.categories.includes(category)) &&
      (!rule.platforms || rule.platforms.includes(platform)),
  );
}

/** Fills {placeholders}; the ones without a value stay as [name] and are listed. */
export function fillTemplate(
  template: string,
  details: Record<string, string | undefined>,
): { text: string; missing: string[] } {
  const missing: string[] = [];
  const text = template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = details[key]?.trim();
    if (value) return value;
    if (!missing.includes(key)) missing.push(key);
    return `[${key}]`;
  });
  return { text, missing };
}

/** Derived details: country names for "Made in" lines. */
function withDerivedDetails(details: Record<string, string | undefined>) {
  const origin = details.country_of_origin?.trim();
  if (!origin) return details;
  const code = origin.length === 2 ? origin.toUpperCase() : undefined;
  const name = code ? (getMarket(code)?.name ?? origin) : origin;
  return {
    ...details,
    country_of_origin: name,
    country_of_origin_ar:
      details.country_of_origin_ar ?? (code ? ARABIC_COUNTRY_NAMES[code] : undefined),
  };
}

export async function resolveNotices(
  db: Queryable,
  target: TargetMarket,
  category: string,
  platform: string,
  language: string,
  details: Record<string, string | undefined>,
  today: string,
): Promise<ResolvedNotices> {
  const rules = applicableNoticeRules(target, category, platform);
  const ids = [...new Set(rules.flatMap((r) => r.documents))];
  const docs = new Map((await citationsFor(db, ids, today)).map((c) => [c.id, c]));
  const filled = withDerivedDetails(details);
  const out: ResolvedNotices = { notices: [], citations: [], unbacked: [] };
  for (const rule of rules) {
    const missingDocs = rule.documents.filter((id) => !docs.has(id));
    if (missingDocs.length) {
      out.unbacked.push({ id: rule.id, title: rule.title, missing_documents: missingDocs });
      continue;
    }
    const lang = rule.templates[language] ? language : 'en';
    const { text, missing } = fillTemplate(rule.templates[lang], filled);
    out.notices.push({
      id: rule.id,
      title: rule.title,
      kind: rule.kind,
      language: lang,
      text,
      condition: rule.condition ?? null,
      missing_details: missing,
      citations: rule.documents,
    });
  }
  const cited = new Set(out.notices.flatMap((n) => n.citations));
  out.citations = [...cited].map((id) => docs.get(id)!);
  return out;
}
