// `npm run build:widget`: writes widget/dist/widget.js (for static hosting or a Workers bundle) and prints its size.
import { mkdir, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { buildWidgetScript } from '../server/surfaces/web/widget-bundle';

const out = fileURLToPath(new URL('../widget/dist/widget.js', import.meta.url));
const script = await buildWidgetScript();
await mkdir(fileURLToPath(new URL('../widget/dist/', import.meta.url)), { recursive: true });
await writeFile(out, script);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `widget/dist/widget.js: ${kb(Buffer.byteLength(script))} minified, ${kb(gzipSync(script, { level: 9 }).length)} gzipped`,
);
