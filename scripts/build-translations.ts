// `npm run build:translations`: merges knowledge/translations/zh/*.yaml and zh-Hant/*.yaml (Simplified and Traditional)
// into knowledge/translations/dist/actions-zh.json for the Workers bundle (no filesystem there; Node reads the YAML).
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  readTranslationFiles,
  translationsDir,
  type ChineseActionTranslations,
} from '../knowledge/translations/actions-zh';

const dir = fileURLToPath(new URL('../knowledge/translations/dist/', import.meta.url));
const translations: ChineseActionTranslations = {
  'zh-Hans': readTranslationFiles(translationsDir('zh-Hans')),
  'zh-Hant': readTranslationFiles(translationsDir('zh-Hant')),
};
await mkdir(dir, { recursive: true });
await writeFile(`${dir}actions-zh.json`, JSON.stringify(translations));
for (const [lang, byDocument] of Object.entries(translations)) {
  const bullets = Object.values(byDocument).reduce((n, items) => n + items.length, 0);
  console.log(
    `knowledge/translations/dist/actions-zh.json: ${lang} ${bullets} bullets of ${Object.keys(byDocument).length} documents`,
  );
}
