// `npm run eval:router`: runs the no-LLM router over test/evals/router-messages.json and prints exact tool-choice
// accuracy and argument accuracy (all expected key arguments equal), overall and per language.
import fs from 'node:fs';
import path from 'node:path';
import { routeMessage } from '../../server/agent/router';
import { detectLanguage } from '../../server/agent/language';

export interface RouterCase {
  message: string;
  /** The expected tool, or "none" when the router should ask for more instead of calling a tool. */
  tool: string;
  args: Record<string, unknown>;
}

export interface RouterEvalReport {
  total: number;
  toolAccuracy: number;
  argumentAccuracy: number;
  byLanguage: Record<string, { total: number; toolAccuracy: number; argumentAccuracy: number }>;
  failures: Array<{ message: string; expected: unknown; got: unknown }>;
}

export const ROUTER_MESSAGES = path.resolve(import.meta.dirname, 'router-messages.json');

const same = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && [...a].sort().join() === [...b].sort().join()
    : a === b;

export function evalRouter(
  cases: RouterCase[] = JSON.parse(fs.readFileSync(ROUTER_MESSAGES, 'utf8')),
): RouterEvalReport {
  const groups: Record<string, { total: number; tool: number; args: number }> = {};
  const failures: RouterEvalReport['failures'] = [];
  let tool = 0;
  let args = 0;
  for (const c of cases) {
    const route = routeMessage(c.message);
    const gotTool = route?.tool ?? 'none';
    const toolOk = gotTool === c.tool;
    const argsOk = toolOk && Object.entries(c.args).every(([k, v]) => same(route?.arguments[k], v));
    const lang = detectLanguage(c.message);
    const g = (groups[lang] ??= { total: 0, tool: 0, args: 0 });
    g.total++;
    tool += Number(toolOk);
    g.tool += Number(toolOk);
    args += Number(argsOk);
    g.args += Number(argsOk);
    if (!argsOk)
      failures.push({
        message: c.message,
        expected: { tool: c.tool, ...c.args },
        got: { tool: gotTool, ...route?.arguments },
      });
  }
  const ratio = (n: number, d: number) => (d ? n / d : 0);
  return {
    total: cases.length,
    toolAccuracy: ratio(tool, cases.length),
    argumentAccuracy: ratio(args, cases.length),
    byLanguage: Object.fromEntries(
      Object.entries(groups).map(([k, g]) => [
        k,
        {
          total: g.total,
          toolAccuracy: ratio(g.tool, g.total),
          argumentAccuracy: ratio(g.args, g.total),
        },
      ]),
    ),
    failures,
  };
}

export function formatRouterReport(r: RouterEvalReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return [
    `router eval: ${r.total} messages`,
    `  tool choice (exact): ${pct(r.toolAccuracy)}`,
    `  arguments (tool right and every expected key argument equal): ${pct(r.argumentAccuracy)}`,
    ...Object.entries(r.byLanguage).map(
      ([lang, g]) =>
        `  ${lang.padEnd(7)} n=${g.total}  tool ${pct(g.toolAccuracy)}  arguments ${pct(g.argumentAccuracy)}`,
    ),
    ...(r.failures.length ? ['misses:', ...r.failures.map((f) => `  ${JSON.stringify(f)}`)] : []),
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const report = evalRouter();
  process.stdout.write(formatRouterReport(report) + '\n');
}
