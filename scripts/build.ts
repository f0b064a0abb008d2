// `npm run build`: regenerates the prompt module, bundles the Node program into dist/cli.js (dependencies stay
// external, imported from node_modules) and prebuilds dist/widget.js. `npm start` runs it when dist/ is missing or
// older than the sources (scripts/start.js).
import fs from 'node:fs/promises';
import path from 'node:path';
import esbuild from 'esbuild';
import { buildWidgetScript } from '../server/surfaces/web/widget-bundle';
import { GENERATED, renderPromptModule } from './build-prompts';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const started = performance.now();

const prompts = await renderPromptModule();
if ((await fs.readFile(GENERATED, 'utf8').catch(() => '')) !== prompts)
  await fs.writeFile(GENERATED, prompts);

await fs.rm(dist, { recursive: true, force: true });
const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: { cli: 'server/entry/node-main.ts' },
  outdir: dist,
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  banner: { js: '#!/usr/bin/env node' },
  metafile: true,
  logLevel: 'warning',
});
await fs.chmod(path.join(dist, 'cli.js'), 0o755);
await fs.writeFile(path.join(dist, 'widget.js'), await buildWidgetScript());

const bytes = Object.values(result.metafile.outputs)
  .filter((_, i) => !Object.keys(result.metafile.outputs)[i].endsWith('.map'))
  .reduce((n, o) => n + o.bytes, 0);
process.stdout.write(
  `built dist/cli.js (${(bytes / 1024).toFixed(0)} KB of JavaScript) and dist/widget.js in ${Math.round(performance.now() - started)} ms\n`,
);
