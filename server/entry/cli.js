#!/usr/bin/env node
// `tradepilot` from the TypeScript sources (development and tests): registers tsx, then runs the CLI, building
// widget.js with esbuild on first request. The package bin is the compiled dist/cli.js (`npm run build`).
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('./node-cli.ts');
const { cachedWidgetScript } = await import('../surfaces/web/widget-bundle.ts');
process.exitCode = await runCli(process.argv.slice(2), process.env, cachedWidgetScript);
