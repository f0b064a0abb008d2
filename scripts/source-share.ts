// `npm run source-share`: measures the share of bundled knowledge documents whose first source is official
// (source_kind: official), per market and overall, from the documents' own front matter; prints a Markdown table.
import { BUNDLED_DIR, PACKAGE_ROOT } from '../knowledge/ingest/bundled';
import { listFiles, readSources } from '../knowledge/ingest/sources';

const sources = await readSources(await listFiles([BUNDLED_DIR]), {
  bundledDir: BUNDLED_DIR,
  packageRoot: PACKAGE_ROOT,
});

interface Tally {
  documents: number;
  official: number;
  /** Secondary documents that say why (source_note). */
  explained: number;
}
const tally = (): Tally => ({ documents: 0, official: 0, explained: 0 });
const byMarket = new Map<string, Tally>();
const overall = tally();
for (const { meta } of sources) {
  const market = byMarket.get(meta.market) ?? tally();
  byMarket.set(meta.market, market);
  for (const t of [market, overall]) {
    t.documents++;
    if (meta.source_kind === 'official') t.official++;
    else if (meta.source_note) t.explained++;
  }
}

const percent = (t: Tally) => `${((100 * t.official) / t.documents).toFixed(1)}%`;
const row = (name: string, t: Tally) =>
  `| ${name} | ${t.documents} | ${t.official} | ${percent(t)} | ${t.documents - t.official} (${t.explained} with a note) |`;

console.log(
  [
    `Official first source in ${overall.documents} bundled documents (${new Date().toISOString().slice(0, 10)}):`,
    '',
    '| market | documents | official | share | secondary |',
    '|---|---:|---:|---:|---:|',
    ...[...byMarket.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([m, t]) => row(m, t)),
    row('**all**', overall),
  ].join('\n'),
);
