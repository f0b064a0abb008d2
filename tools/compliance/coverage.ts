// Which of the markets a seller names the knowledge base covers: known markets with documents, EU members
// without their own documents (EU-wide rules only), and countries it has nothing for, named plainly.
import { InvalidInputError } from '../../core/errors';
import { findMarkets, getMarket, normalizeMarket } from '../../core/domain/markets';
import { findOtherCountries, otherCountry } from '../../core/domain/other-countries';
import type { Queryable } from '../../core/db';
import { GLOBAL_MARKET } from '../../knowledge/ingest/metadata';
import { documentMarkets } from '../../knowledge/store/documents';

export interface MarketCoverage {
  /** Covered market codes, in the order named (EU stands in for EU members without their own documents). */
  markets: string[];
  /** Countries or markets the knowledge base has no rules for, by name. */
  notCovered: string[];
  /** EU members without their own documents: only EU-wide rules apply to them here. */
  euOnly: string[];
}

type Named = { code: string } | { name: string; euMember: boolean };

function classify(named: Named[], covered: Set<string>): MarketCoverage {
  const out: MarketCoverage = { markets: [], notCovered: [], euOnly: [] };
  const add = (code: string) => {
    if (!out.markets.includes(code)) out.markets.push(code);
  };
  for (const n of named) {
    if ('code' in n) {
      if (covered.has(n.code)) add(n.code);
      else out.notCovered.push(getMarket(n.code)?.name ?? n.code);
    } else if (n.euMember && covered.has('EU')) {
      out.euOnly.push(n.name);
      add('EU');
    } else out.notCovered.push(n.name);
  }
  return out;
}

/** Reads markets given as codes or names; a value that names no country is an error on `markets.i`. */
export async function coverageOf(db: Queryable, values: string[]): Promise<MarketCoverage> {
  const named = values.map((value, i): Named => {
    const code =
      value.trim().toUpperCase() === GLOBAL_MARKET ? GLOBAL_MARKET : normalizeMarket(value);
    if (code) return { code };
    const other = otherCountry(value);
    if (other) return other;
    throw new InvalidInputError(
      `Unknown market "${value}"; use an ISO code such as DE or a name.`,
      [{ path: `markets.${i}`, message: `unknown market "${value}"` }],
    );
  });
  return classify(named, new Set(await documentMarkets(db)));
}

/** The markets a question mentions, split the same way. */
export async function coverageInText(db: Queryable, text: string): Promise<MarketCoverage> {
  const named: Named[] = [
    ...findMarkets(text).map((code) => ({ code })),
    ...findOtherCountries(text),
  ];
  return classify(named, new Set(await documentMarkets(db)));
}

/** "Norway is not covered ..." / "Austria: only EU-wide rules ..." */
export function coverageNotes(c: MarketCoverage): string[] {
  const notes: string[] = [];
  if (c.notCovered.length)
    notes.push(
      `Not covered: ${c.notCovered.join(', ')}. The knowledge base holds no rules for ${c.notCovered.length > 1 ? 'these markets' : 'this market'}, so none are shown; check with the local authority or a customs/compliance adviser.`,
    );
  if (c.euOnly.length)
    notes.push(
      `${c.euOnly.join(', ')}: only EU-wide rules are covered; national rules (VAT rate, packaging and WEEE registration) are not.`,
    );
  return notes;
}
