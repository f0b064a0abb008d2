// The bundled HS nomenclature: the generated JSON module matches the CSV files, and the loader reads it into lines.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED, renderHsData } from '../../../scripts/build-hs-data';
import { loadNomenclature } from '../../../tools/customs/hs/nomenclature';

describe('HS nomenclature data', () => {
  it('tools/customs/hs/data/nomenclature.json is up to date with the CSV files (run npm run build:hs-data)', () => {
    expect(fs.readFileSync(GENERATED, 'utf8')).toBe(renderHsData());
  });

  it('gives every chapter, heading and subheading with its heading, chapter and section', () => {
    const { lines, byCode, sections } = loadNomenclature();
    expect(lines.filter((l) => l.level === 2)).toHaveLength(97);
    expect(lines.filter((l) => l.level === 4)).toHaveLength(1229);
    expect(byCode.get('851830')).toMatchObject({
      level: 6,
      heading: '8518',
      chapter: '85',
      section: 'XVI',
      description: expect.stringMatching(/^Headphones and earphones/),
    });
    expect(byCode.get('85')).toMatchObject({ level: 2, heading: null });
    expect(sections.get('XVI')).toMatch(/^Machinery and mechanical appliances/);
  });
});
