// Target markets for localization and ads: country codes from tools/shared/markets.ts plus the subdivisions that
// have their own rules (US-CA California: Prop 65; CA-QC Quebec: French), with language, locale and currency,
// and the tool input field that resolves one.
import { z } from 'zod';
import { EU_MEMBERS, getMarket, normalizeMarket } from '../../core/domain/markets';

export interface TargetMarket {
  /** `DE`, `US-CA`, `CA-QC` ... */
  code: string;
  /** The country part (`US` for `US-CA`). */
  country: string;
  name: string;
  language: string;
  locale: string;
  currency: string;
  euMember: boolean;
  /** Codes whose rules apply here, most general first: EU member states inherit `EU`, `US-CA` inherits `US`. */
  ruleCodes: string[];
}

interface Subdivision {
  code: string;
  country: string;
  name: string;
  aliases: string[];
  language?: string;
  locale?: string;
}

const SUBDIVISIONS: Subdivision[] = [
  {
    code: 'US-CA',
    country: 'US',
    name: 'California (United States)',
    aliases: ['california', 'us-california', '加州', '加利福尼亚', '加利福尼亞'],
  },
  {
    code: 'CA-QC',
    country: 'CA',
    name: 'Quebec (Canada)',
    aliases: ['quebec', 'québec', 'ca-quebec', '魁北克'],
    language: 'fr',
    locale: 'fr-CA',
  },
];

/** Resolves a market code, subdivision code or name; undefined when unknown. */
export function resolveTargetMarket(value: string): TargetMarket | undefined {
  const text = value.trim();
  const lower = text.toLowerCase();
  const sub = SUBDIVISIONS.find((s) => s.code.toLowerCase() === lower || s.aliases.includes(lower));
  if (sub) {
    const country = getMarket(sub.country)!;
    return {
      code: sub.code,
      country: country.code,
      name: sub.name,
      language: sub.language ?? country.language,
      locale: sub.locale ?? country.locale,
      currency: country.currency,
      euMember: false,
      ruleCodes: [country.code, sub.code],
    };
  }
  const code = normalizeMarket(text);
  const market = code ? getMarket(code) : undefined;
  if (!market) return undefined;
  return {
    code: market.code,
    country: market.code,
    name: market.name,
    language: market.language,
    locale: market.locale,
    currency: market.currency,
    euMember: market.euMember,
    ruleCodes: EU_MEMBERS.includes(market.code) ? ['EU', market.code] : [market.code],
  };
}

/** Every code accepted as a target (for error messages and schema descriptions). */
export const TARGET_CODES_HINT =
  'a market code such as DE, FR, GB, US, JP, SA, or a subdivision: US-CA (California), CA-QC (Quebec)';

/** A tool input field taking a market code or name and resolving it to a TargetMarket; `what` opens its description. */
export function targetMarketField(what: string) {
  return z
    .string()
    .min(2)
    .describe(`${what}: ${TARGET_CODES_HINT}`)
    .transform((value, ctx) => {
      const resolved = resolveTargetMarket(value);
      if (!resolved) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown market "${value}"; use ${TARGET_CODES_HINT}`,
        });
        return z.NEVER;
      }
      return resolved;
    });
}

/** Uses metric units? Only the United States lists in US customary units. */
export function usesImperial(target: TargetMarket): boolean {
  return target.country === 'US';
}

/** The locale for numbers in `language` for this market (fr in Canada: fr-CA). */
export function localeFor(target: TargetMarket, language: string): string {
  const base = target.locale.split('-')[0];
  if (language === base) return target.locale;
  return `${language}-${target.country === 'EU' ? 'IE' : target.country}`;
}
