// The bundled HS 2022 nomenclature (tools/customs/hs/data, ODC-PDDL-1.0): chapters, headings and six-digit
// subheadings with their section, read once from the CSV files shipped beside the code.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { packageRoot } from '../../../core/package-root';

/** Where the CSV files are: found on first use, so merely loading this module needs no file system (Workers). */
function hsDataFile(file: string): string {
  return path.join(packageRoot(import.meta.url), 'tools', 'customs', 'hs', 'data', file);
}
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

function readCsv(file: string): Record<string, string>[] {
  return parse(fs.readFileSync(hsDataFile(file)), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
}

export function loadNomenclature(): Nomenclature {
  if (cached) return cached;
  const hash = createHash('sha256');
  for (const file of ['harmonized-system.csv', 'sections.csv'])
    hash.update(fs.readFileSync(hsDataFile(file)));
  const lines: HsLine[] = readCsv('harmonized-system.csv')
    .filter((r) => ['2', '4', '6'].includes(r.level))
    .map((r) => {
      const level = Number(r.level) as 2 | 4 | 6;
      return {
        code: r.hscode,
        level,
        description: r.description.trim(),
        heading: level === 2 ? null : r.hscode.slice(0, 4),
        chapter: r.hscode.slice(0, 2),
        section: r.section,
      };
    });
  const sections = new Map(readCsv('sections.csv').map((r) => [r.section, r.name.trim()]));
  cached = {
    lines,
    byCode: new Map(lines.map((l) => [l.code, l])),
    sections,
    hash: hash.digest('hex'),
  };
  return cached;
}
