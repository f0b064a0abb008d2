// The bundled HS 2022 nomenclature (tools/customs/hs/data, ODC-PDDL-1.0): chapters, headings and six-digit
// subheadings with their section, from the JSON module generated from the CSV files (`npm run build:hs-data`), so
// Node and Workers (no filesystem) load it the same way.
import data from './data/nomenclature.json';

export const HS_EDITION = 'HS 2022';

export interface HsLine {
  code: string;
  level: 2 | 4 | 6;
  description: string;
  /** The four-digit heading (null for a chapter). */
  heading: string | null;
  chapter: string;
  /** Roman numeral of the section, e.g. XVI. */
  section: string;
}

export interface Nomenclature {
  lines: HsLine[];
  byCode: Map<string, HsLine>;
  sections: Map<string, string>;
  /** Hash of the data files, so the database index is rebuilt when they change. */
  hash: string;
}

let cached: Nomenclature | null = null;

export function loadNomenclature(): Nomenclature {
  if (cached) return cached;
  const lines: HsLine[] = data.lines.map(([code, section, description]) => {
    const level = code.length as 2 | 4 | 6;
    return {
      code,
      level,
      description,
      heading: level === 2 ? null : code.slice(0, 4),
      chapter: code.slice(0, 2),
      section,
    };
  });
  cached = {
    lines,
    byCode: new Map(lines.map((l) => [l.code, l])),
    sections: new Map(Object.entries(data.sections)),
    hash: data.hash,
  };
  return cached;
}
