// Prepares a database for use: migrations, then the first-run steps (bundled knowledge, demo inventory), under a
// lock every instance on the database respects, so instances starting together load the knowledge once.
import type { AppDeps } from './deps';
import { migrate } from './db/migrate';
import { ensureBundledKnowledge } from '../knowledge/ingest/bundled';
import { ensureDemoInventory } from '../tools/inventory/demo/seed';

/** A first-run step: does its work only when needed and says what it did (or null). */
export type EnsureStep = (deps: AppDeps) => Promise<string | null>;

export const firstRunSteps: EnsureStep[] = [ensureBundledKnowledge, ensureDemoInventory];

export interface BootstrapResult {
  migrations: string[];
  notes: string[];
}

export async function bootstrap(
  deps: AppDeps,
  steps: EnsureStep[] = firstRunSteps,
): Promise<BootstrapResult> {
  const applied = await migrate(deps.db);
  const notes = await deps.db.exclusive('tradepilot:first-run', async () => {
    const said: string[] = [];
    for (const step of steps) {
      const note = await step(deps);
      if (note) said.push(note);
    }
    return said;
  });
  return { migrations: applied, notes };
}
