// Reads the small hand-checked inventory fixture (test/fixtures/inventory) as import-ready CSV texts.
import fs from 'node:fs';
import path from 'node:path';

export const FIXTURE_DIR = path.resolve(__dirname, '../fixtures/inventory');

/** The fixture's CSV files by name; the hand-computed figures assume as_of 2025-03-01 (window: February 2025). */
export function fixtureFiles(): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(FIXTURE_DIR)
      .map((name) => [name, fs.readFileSync(path.join(FIXTURE_DIR, name), 'utf8')]),
  );
}

export const FIXTURE_AS_OF = '2025-03-01';
