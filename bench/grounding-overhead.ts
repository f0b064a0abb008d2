// Grounding overhead: the same streamed answer from the scripted model read with and without the live grounding
// check (sentence guard over a compliance result), interleaved; time to first token shown, whole turn, and the
// check's own CPU time per turn.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import OpenAI from 'openai';
import { silentLogger } from '../core/log';
import { streamModelStep } from '../server/agent/llm-call';
import { GroundingGuard } from '../server/agent/grounding/stream-guard';
import { SupportIndex } from '../server/agent/grounding/support';
import { startScriptedLlm } from '../test/helpers/scripted-llm';
import { percentile, REPO_ROOT, round, table } from './measure';

/** ~600 characters with 14 figures and markers, all supported by the sources below. */
export const GROUNDED_ANSWER =
  'Germany charges VAT at a standard rate of 19% [1], and 7% applies to most food and books [1]. ' +
  'You must charge German VAT once you exceed the EUR 10,000 EU distance-selling threshold [1]; marketplaces ' +
  'are deemed suppliers for imports of €150 or less [1]. Missing LUCID registration can cost up to EUR 100,000, ' +
  'and missing system participation up to EUR 200,000 [2]. From 1 July 2026, parcels under EUR 150 pay a flat ' +
  'duty of EUR 3 per item category [3]. Check each source before relying on it.';

const DOCS = [
  'de/vat-standard-rate.md',
  'de/verpackg-sanctions.md',
  'eu/interim-flat-duty-3-eur.md',
];

/** A compliance_lookup-shaped output over three bundled documents. */
function sources() {
  return {
    results: DOCS.map((doc, i) => ({
      document_id: doc,
      text: fs.readFileSync(path.join(REPO_ROOT, 'knowledge', 'regulations', doc), 'utf8'),
      status: 'in force',
      score: 0.8,
      citation: { title: doc, url: `https://example.org/${doc}`, ref: i + 1 },
    })),
    markets: ['DE', 'EU'],
    notes: [],
  };
}

export interface GroundingOverheadRow {
  what: 'model read directly' | 'with grounding check';
  turns: number;
  first_token_p50_ms: number;
  first_token_p95_ms: number;
  total_p50_ms: number;
  total_p95_ms: number;
}

export interface GroundingOverhead {
  rows: GroundingOverheadRow[];
  /** Check CPU time per turn (index build, every push, final flush). */
  check_cpu_p50_ms: number;
  check_cpu_p95_ms: number;
  first_token_overhead_p50_ms: number;
  total_overhead_p50_ms: number;
  chunk_delay_ms: number;
}

interface Sample {
  firstToken: number;
  total: number;
  cpu: number;
}

export async function benchGroundingOverhead(options: {
  turns: number;
  warmup: number;
  chunkDelayMs: number;
}): Promise<GroundingOverhead> {
  const llm = await startScriptedLlm([], {
    steady: { text: GROUNDED_ANSWER, chunkDelayMs: options.chunkDelayMs },
    record: false,
  });
  const model = { client: new OpenAI({ baseURL: llm.baseURL, apiKey: 'bench' }), model: 'bench' };
  const data = sources();
  const body = {
    messages: [{ role: 'user' as const, content: 'VAT and packaging in Germany?' }],
    tools: [],
  };
  const call = (onToken: (t: string) => void) =>
    streamModelStep(model, body, {
      timeoutMs: 10_000,
      budgetMs: 20_000,
      log: silentLogger,
      onToken,
    });

  const direct = async (): Promise<Sample> => {
    const started = performance.now();
    let firstToken = NaN;
    await call(() => {
      if (Number.isNaN(firstToken)) firstToken = performance.now() - started;
    });
    return { firstToken, total: performance.now() - started, cpu: 0 };
  };
  const grounded = async (): Promise<Sample> => {
    const started = performance.now();
    let firstToken = NaN;
    let cpu = 0;
    const timed = (fn: () => void) => {
      const t = performance.now();
      fn();
      cpu += performance.now() - t;
    };
    let guard!: GroundingGuard;
    timed(() => {
      guard = new GroundingGuard({
        index: new SupportIndex().addText(body.messages[0].content).addData(data),
        hasSource: (n) => n >= 1 && n <= 3,
        emit: () => {
          if (Number.isNaN(firstToken)) firstToken = performance.now() - started;
        },
      });
    });
    await call((t) => timed(() => guard.push(t)));
    timed(() => guard.endStep());
    const report = guard.report();
    if (report.unsupported || report.checked < 10)
      throw new Error(`bench answer not fully supported: ${JSON.stringify(report)}`);
    return { firstToken, total: performance.now() - started, cpu };
  };
  try {
    for (let i = 0; i < options.warmup; i++) {
      await direct();
      await grounded();
    }
    const a: Sample[] = [];
    const b: Sample[] = [];
    for (let i = 0; i < options.turns; i++) {
      a.push(await direct());
      b.push(await grounded());
    }
    const row = (what: GroundingOverheadRow['what'], s: Sample[]): GroundingOverheadRow => ({
      what,
      turns: s.length,
      first_token_p50_ms: round(
        percentile(
          s.map((x) => x.firstToken),
          50,
        ),
        2,
      ),
      first_token_p95_ms: round(
        percentile(
          s.map((x) => x.firstToken),
          95,
        ),
        2,
      ),
      total_p50_ms: round(
        percentile(
          s.map((x) => x.total),
          50,
        ),
        2,
      ),
      total_p95_ms: round(
        percentile(
          s.map((x) => x.total),
          95,
        ),
        2,
      ),
    });
    const rows = [row('model read directly', a), row('with grounding check', b)];
    return {
      rows,
      check_cpu_p50_ms: round(
        percentile(
          b.map((x) => x.cpu),
          50,
        ),
        2,
      ),
      check_cpu_p95_ms: round(
        percentile(
          b.map((x) => x.cpu),
          95,
        ),
        2,
      ),
      first_token_overhead_p50_ms: round(
        rows[1].first_token_p50_ms - rows[0].first_token_p50_ms,
        2,
      ),
      total_overhead_p50_ms: round(rows[1].total_p50_ms - rows[0].total_p50_ms, 2),
      chunk_delay_ms: options.chunkDelayMs,
    };
  } finally {
    await llm.close();
  }
}

// `npx tsx bench/grounding-overhead.ts [turns]`: this measurement alone.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const turns = Number(process.argv[2] ?? 100);
  for (const chunkDelayMs of [0, 10]) {
    const g = await benchGroundingOverhead({ turns, warmup: 10, chunkDelayMs });
    process.stdout.write(
      [
        `model pace: ${chunkDelayMs ? `${chunkDelayMs} ms per 6-character chunk` : 'instant'}`,
        table(
          ['what', 'turns', 'first token p50', 'p95', 'total p50', 'p95'],
          g.rows.map((r) => [
            r.what,
            r.turns,
            r.first_token_p50_ms,
            r.first_token_p95_ms,
            r.total_p50_ms,
            r.total_p95_ms,
          ]),
        ),
        `overhead p50: first token ${g.first_token_overhead_p50_ms} ms, whole turn ${g.total_overhead_p50_ms} ms; check CPU per turn p50 ${g.check_cpu_p50_ms} ms, p95 ${g.check_cpu_p95_ms} ms`,
        '',
      ].join('\n') + '\n',
    );
  }
}
