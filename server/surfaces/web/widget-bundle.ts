// Builds widget/ into one minified widget.js with esbuild, in memory and once per process (Node only; Workers get a prebuilt script).
import { fileURLToPath } from 'node:url';

export const WIDGET_ENTRY = fileURLToPath(new URL('../../../widget/main.ts', import.meta.url));

/** Bundles the widget source into a single minified IIFE script. */
export async function buildWidgetScript(): Promise<string> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [WIDGET_ENTRY],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020', 'chrome90', 'safari15', 'firefox90'],
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

let cached: Promise<string> | undefined;

/** The widget script, built on first use and kept in memory; a failed build is retried on the next call. */
export function cachedWidgetScript(): Promise<string> {
  cached ??= buildWidgetScript().catch((err: unknown) => {
    cached = undefined;
    throw err;
  });
  return cached;
}
