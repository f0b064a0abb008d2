// What a turn's figures may rest on: the figures of the tool outputs and of the user's own messages, indexed
// by normalised value and unit class, and the check of one figure against them.
import { extractFigures, type Figure } from './figures';
import { valueKey } from './numbers';
import { sameCurrency } from './units';

/** A marker class: the value appears with some unit or as a bare number (JSON value, array length, year). */
const ANY = '*';
const BARE = '';

export class SupportIndex {
  private readonly values = new Map<string, Set<string>>();
  private readonly keys = new Set<string>();

  private addValue(value: number, cls: string) {
    const k = valueKey(value);
    let set = this.values.get(k);
    if (!set) this.values.set(k, (set = new Set()));
    set.add(cls);
  }

  private addFigure(f: Figure) {
    if (f.keys)
      for (const key of f.keys) {
        this.keys.add(key);
        if (key.startsWith('code:')) this.keys.add(key.replace(/-.*$/, ''));
        const date = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(key);
        if (date) {
          this.addValue(Number(date[1]), BARE);
          this.keys.add(`${date[1]}-${date[2]}`);
          this.keys.add(`--${date[2]}`);
          if (date[3]) this.keys.add(`--${date[2]}-${date[3]}`);
        }
        const md = /^--(\d{2})-\d{2}$/.exec(key);
        if (md) this.keys.add(`--${md[1]}`);
      }
    if (f.value === undefined) return;
    if (f.kind === 'number' || f.kind === 'count') this.addValue(f.value, BARE);
    else {
      this.addValue(f.value, ANY);
      this.addValue(f.base ?? f.value, f.cls ?? BARE);
    }
  }

  /** Adds every figure written in a text. */
  addText(text: string): this {
    for (const f of extractFigures(text)) this.addFigure(f);
    return this;
  }

  /** Adds a tool output: its strings' figures, its numbers, and the length of its lists. */
  addData(value: unknown, depth = 0): this {
    if (depth > 12 || value === null || value === undefined) return this;
    if (typeof value === 'string') this.addText(value);
    else if (typeof value === 'number') this.addValue(value, BARE);
    else if (Array.isArray(value)) {
      this.addValue(value.length, BARE);
      for (const v of value) this.addData(v, depth + 1);
    } else if (typeof value === 'object')
      for (const v of Object.values(value)) this.addData(v, depth + 1);
    return this;
  }

  supports(f: Figure): boolean {
    if (f.keys) return f.keys.some((k) => this.keys.has(k));
    if (f.value === undefined) return true;
    const asWritten = this.values.get(valueKey(f.value));
    if (f.kind === 'number' || f.kind === 'count') return asWritten !== undefined;
    // A unit-carrying figure: the same value in the same class, or the bare number in the data.
    if (asWritten?.has(BARE)) return true;
    const classes = this.values.get(valueKey(f.base ?? f.value));
    if (!classes || !f.cls) return false;
    if (classes.has(f.cls)) return true;
    const money = f.cls.startsWith('money:') ? f.cls.slice(6) : null;
    return (
      money !== null &&
      [...classes].some((c) => c.startsWith('money:') && sameCurrency(c.slice(6), money))
    );
  }
}
