// Per-file setup for tool tests that run on the bundled knowledge with a scripted model: one database and one
// scripted OpenAI-compatible server per file, a call helper through the invoke wrapper, and deps with a model.
import { afterAll, beforeAll } from 'vitest';
import type { AppDeps } from '../../server/deps';
import { createLlm } from '../../server/llm';
import { ensureBundledKnowledge } from '../../knowledge/ingest/bundled';
import { invokeTool } from '../../tools/invoke';
import { createTestDeps, testConfig } from './test-deps';
import { startScriptedLlm, type ScriptedLlm } from './scripted-llm';

export interface ToolHarness {
  /** Available from beforeAll on. */
  readonly deps: AppDeps;
  readonly llm: ScriptedLlm;
  /** The deps with a language model pointed at the scripted server. */
  withLlm(): AppDeps;
  /** Runs the tool through the invoke wrapper (surface cli) and returns its output; throws on an error result. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  call(input: Record<string, unknown>, d?: AppDeps): Promise<any>;
}

export function useToolHarness(toolName: string, now = '2026-11-25T12:00:00Z'): ToolHarness {
  let deps: AppDeps;
  let llm: ScriptedLlm;
  beforeAll(async () => {
    deps = await createTestDeps({ now: new Date(now) });
    await ensureBundledKnowledge(deps);
    llm = await startScriptedLlm();
  });
  afterAll(async () => {
    await llm.close();
    await deps.db.close();
  });
  return {
    get deps() {
      return deps;
    },
    get llm() {
      return llm;
    },
    withLlm: () => ({
      ...deps,
      llm: createLlm(testConfig({ OPENAI_BASE_URL: llm.baseURL, OPENAI_API_KEY: 'test' })),
    }),
    call: async (input, d = deps) => {
      const r = await invokeTool(d.registry, d, toolName, input, { surface: 'cli' });
      if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
      return r.output;
    },
  };
}
