// Every "What sellers should do" bullet of every bundled document has a current Chinese translation in
// knowledge/translations/zh/<market>.yaml (one test per market folder, naming what is missing or stale).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DIR, PACKAGE_ROOT } from '../../knowledge/ingest/bundled';
import { listFiles, readSources } from '../../knowledge/ingest/sources';
import { sellerActions } from '../../knowledge/store/sections';
import {
  parseTranslationFile,
  readTranslationFiles,
  translationsDir,
} from '../../knowledge/translations/actions-zh';

const markets = fs
  .readdirSync(BUNDLED_DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('Chinese translations of the seller actions', () => {
  it.each(markets)(
    'knowledge/regulations/%s: every bullet translated, none stale',
    async (market) => {
      const docs = await readSources(await listFiles([path.join(BUNDLED_DIR, market)]), {
        bundledDir: BUNDLED_DIR,
        packageRoot: PACKAGE_ROOT,
      });
      const file = path.join(translationsDir(), `${market}.yaml`);
      const translations = fs.existsSync(file)
        ? parseTranslationFile(fs.readFileSync(file, 'utf8'), file)
        : {};
      const problems: string[] = [];
      const ids = new Set<string>();
      for (const doc of docs) {
        ids.add(doc.meta.id);
        const bullets = sellerActions(doc.body);
        const have = new Set((translations[doc.meta.id] ?? []).map((t) => t.en));
        for (const bullet of bullets)
          if (!have.has(bullet)) problems.push(`missing ${doc.meta.id}: "${bullet}"`);
        for (const en of have)
          if (!bullets.includes(en)) problems.push(`stale ${doc.meta.id}: "${en}"`);
      }
      for (const id of Object.keys(translations))
        if (!ids.has(id)) problems.push(`stale ${id}: no such document in ${market}/`);
      for (const [id, items] of Object.entries(translations))
        for (const t of items)
          if (!/[\u3400-\u9fff]/.test(t.zh)) problems.push(`not Chinese ${id}: "${t.zh}"`);
      expect(problems, `${path.relative(PACKAGE_ROOT, file)}`).toEqual([]);
    },
  );

  it('names the file and entry of a malformed translation file', () => {
    expect(() => parseTranslationFile('eu-x:\n  - en: "Do it."\n', 'zh/eu.yaml')).toThrow(
      /zh\/eu\.yaml: eu-x\.0\.zh/,
    );
  });

  it('merges every file, so each document is looked up by its id', () => {
    const all = readTranslationFiles();
    expect(all['eu-toy-safety-directive-en71'][0]).toEqual({
      en: 'Test each toy to the relevant EN 71 parts and keep the reports in your technical file.',
      zh: '按相关的 EN 71 部分测试每款玩具，并将报告存入技术文件。',
    });
  });
});
