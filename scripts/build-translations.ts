// `npm run build:translations`: merges knowledge/translations/zh/*.yaml into knowledge/translations/dist/actions-zh.json
// for the Workers bundle (no filesystem there; Node reads the YAML files directly).
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { readTranslationFiles } from '../knowledge/translations/actions-zh';

const dir = fileURLToPath(new URL('../knowledge/translations/dist/', import.meta.url));
const translations = readTranslationFiles();
await mkdir(dir, { recursive: true });
await writeFile(`${dir}actions-zh.json`, JSON.stringify(translations));
const bullets = Object.values(translations).reduce((n, items) => n + items.length, 0);
console.log(
  `knowledge/translations/dist/actions-zh.json: ${bullets} bullets of ${Object.keys(translations).length} documents`,
);
