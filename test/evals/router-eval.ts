// `npm run eval:router`: the no-LLM router and its slot parsers on two sets. The held-out set
// (router-heldout.json, never used for tuning or in unit tests) gives the published figures: first tool accuracy,
// accuracy per slot, follow-up accuracy. The tuning set (router-messages.json) is a regression check only.
import fs from 'node:fs';
import path from 'node:path';
import { nextRoute, stateOf, type DialogueState } from '../../server/agent/dialogue';
import { routeMessage, type Route, type RouteContext } from '../../server/agent/router';
import { detectLanguage } from '../../server/agent/language';
import { generateDemoInventory } from '../../tools/inventory/demo/generate';

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

export const HELD_OUT = path.resolve(import.meta.dirname, 'router-heldout.json');

interface HeldOutSet {
  now: string;
  cases: Array<{ message: string; tool: string; slots: Record<string, unknown> }>;
  followups: Array<{ turns: string[]; tool: string; slots: Record<string, unknown> }>;
}

export interface HeldOutReport {
  messages: number;
  firstToolAccuracy: number;
  /** Per slot: how many expectations and the share met (tool right and the value equal). */
  slots: Record<string, { n: number; accuracy: number }>;
  slotAccuracy: number;
  followups: number;
  followupAccuracy: number;
  byLanguage: Record<string, { n: number; toolAccuracy: number }>;
  misses: Array<{ message: string; expected: unknown; got: unknown }>;
}

const lower = (v: unknown) => (typeof v === 'string' ? v.trim().toLowerCase() : v);

/** A slot's value in a route, as the held-out set writes it. */
function slotValue(route: Route | null, slot: string): unknown {
  const a = route?.arguments ?? {};
  const product = a.product as { name?: string; brand?: string } | undefined;
  const listing = a.listing as { title?: string; price?: unknown } | undefined;
  switch (slot) {
    case 'product':
      return lower(product?.name);
    case 'brand':
      return product?.brand;
    case 'title':
      return lower(listing?.title);
    case 'price':
      return JSON.stringify(listing?.price ?? (product as { price?: unknown })?.price ?? null);
    default:
      return a[slot];
  }
}

/** Compares a route's slot value with the expectation (names and titles case-insensitively). */
function slotEqual(slot: string, got: unknown, want: unknown): boolean {
  if (slot === 'price') return got === JSON.stringify(want);
  return same(got, slot === 'product' || slot === 'title' ? lower(want) : want);
}

/** The demo seller's catalogue, the one `npm start` shows. */
export function demoContext(now: string): RouteContext {
  const demo = generateDemoInventory(now);
  return {
    now: new Date(`${now}T12:00:00Z`),
    catalogue: {
      products: demo.products.map((p) => ({ sku: p.sku, title: p.title })),
      warehouses: demo.warehouses.map((w) => ({ code: w.code, market: w.market })),
    },
  };
}

export function evalHeldOut(
  set: HeldOutSet = JSON.parse(fs.readFileSync(HELD_OUT, 'utf8')),
): HeldOutReport {
  const ctx = demoContext(set.now);
  const slots: Record<string, { n: number; ok: number }> = {};
  const langs: Record<string, { n: number; ok: number }> = {};
  const misses: HeldOutReport['misses'] = [];
  const check = (route: Route | null, tool: string, expected: Record<string, unknown>) => {
    const toolOk = (route?.tool ?? 'none') === tool;
    let allOk = toolOk;
    for (const [slot, want] of Object.entries(expected)) {
      const ok = toolOk && slotEqual(slot, slotValue(route, slot), want);
      const s = (slots[slot] ??= { n: 0, ok: 0 });
      s.n++;
      s.ok += Number(ok);
      allOk &&= ok;
    }
    return { toolOk, allOk };
  };
  let tools = 0;
  for (const c of set.cases) {
    const route = routeMessage(c.message, ctx);
    const { toolOk, allOk } = check(route, c.tool, c.slots);
    tools += Number(toolOk);
    const l = (langs[detectLanguage(c.message)] ??= { n: 0, ok: 0 });
    l.n++;
    l.ok += Number(toolOk);
    if (!allOk)
      misses.push({
        message: c.message,
        expected: { tool: c.tool, ...c.slots },
        got: { tool: route?.tool ?? 'none', ...route?.arguments },
      });
  }
  let followOk = 0;
  for (const f of set.followups) {
    let state: DialogueState | null = null;
    let route: Route | null = null;
    for (const turn of f.turns) {
      route = nextRoute(turn, state, ctx);
      if (route) state = stateOf(route);
    }
    const toolOk = (route?.tool ?? 'none') === f.tool;
    const ok =
      toolOk && Object.entries(f.slots).every(([k, v]) => slotEqual(k, slotValue(route, k), v));
    followOk += Number(ok);
    if (!ok)
      misses.push({
        message: f.turns.join(' → '),
        expected: { tool: f.tool, ...f.slots },
        got: { tool: route?.tool ?? 'none', ...route?.arguments },
      });
  }
  const ratio = (n: number, d: number) => (d ? n / d : 0);
  const slotN = Object.values(slots).reduce((a, s) => a + s.n, 0);
  const slotOk = Object.values(slots).reduce((a, s) => a + s.ok, 0);
  return {
    messages: set.cases.length,
    firstToolAccuracy: ratio(tools, set.cases.length),
    slots: Object.fromEntries(
      Object.entries(slots).map(([k, s]) => [k, { n: s.n, accuracy: ratio(s.ok, s.n) }]),
    ),
    slotAccuracy: ratio(slotOk, slotN),
    followups: set.followups.length,
    followupAccuracy: ratio(followOk, set.followups.length),
    byLanguage: Object.fromEntries(
      Object.entries(langs).map(([k, l]) => [k, { n: l.n, toolAccuracy: ratio(l.ok, l.n) }]),
    ),
    misses,
  };
}

export function formatHeldOutReport(r: HeldOutReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return [
    `router held-out set: ${r.messages} messages, ${r.followups} follow-up conversations (never used for tuning)`,
    `  first tool: ${pct(r.firstToolAccuracy)}`,
    ...Object.entries(r.byLanguage).map(
      ([lang, g]) => `    ${lang.padEnd(7)} n=${g.n}  tool ${pct(g.toolAccuracy)}`,
    ),
    `  slots (all expected values): ${pct(r.slotAccuracy)}`,
    ...Object.entries(r.slots).map(
      ([k, s]) => `    ${k.padEnd(16)} n=${String(s.n).padStart(2)}  ${pct(s.accuracy)}`,
    ),
    `  follow-ups (tool and changed slots right after the last turn): ${pct(r.followupAccuracy)}`,
    ...(r.misses.length ? ['misses:', ...r.misses.map((m) => `  ${JSON.stringify(m)}`)] : []),
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  process.stdout.write(formatHeldOutReport(evalHeldOut()) + '\n\n');
  process.stdout.write(
    `Tuning set (regression check, not accuracy):\n${formatRouterReport(evalRouter())}\n`,
  );
}
