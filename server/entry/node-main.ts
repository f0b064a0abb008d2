// The compiled `tradepilot` program (bundled by `npm run build` into dist/cli.js): the CLI, serving the widget.js
// prebuilt beside it, so nothing compiles TypeScript or bundles at run time.
import { readFile } from 'node:fs/promises';
import { runCli } from './node-cli';

let widget: Promise<string> | undefined;
const prebuiltWidget = () => (widget ??= readFile(new URL('./widget.js', import.meta.url), 'utf8'));

process.exitCode = await runCli(process.argv.slice(2), process.env, prebuiltWidget);
