// A seeded generated sales set for the forecast backtest: seasonal, flat, trending, stockout-gap and promotion SKUs,
// three years of daily sales each, so tuning and reporting can use different seeds.
import { addDays } from '../tools/inventory/dates';
import { blackFriday } from '../tools/inventory/demo/calendar';
import { createRng } from '../tools/inventory/demo/prng';

export const FORECAST_KINDS = ['seasonal', 'flat', 'trending', 'stockout', 'promotion'] as const;
export type ForecastKind = (typeof FORECAST_KINDS)[number];

export interface GeneratedSku {
  id: string;
  kind: ForecastKind;
  days: Array<{ date: string; units: number }>;
}

const YEARS = 3;

/** `perKind` SKUs of every kind from `seed`, with daily sales for the three years before `end`. */
export function generateForecastSet(seed: number, perKind: number, end: string): GeneratedSku[] {
  const rng = createRng(seed);
  const start = addDays(end, -365 * YEARS);
  const out: GeneratedSku[] = [];
  for (const kind of FORECAST_KINDS) {
    for (let n = 0; n < perKind; n++) {
      const base = Math.exp(rng.between(Math.log(0.3), Math.log(30)));
      // Seasonal shape: an annual wave with a random peak day, plus a Q4 gift peak for some.
      const seasonal =
        kind === 'seasonal' || ((kind === 'stockout' || kind === 'promotion') && rng.chance(0.5));
      const amplitude = seasonal ? rng.between(0.3, 0.8) : 0;
      const peak = rng.int(0, 364);
      const gift = seasonal && rng.chance(0.5);
      const growth = kind === 'trending' ? rng.between(-0.4, 1) : rng.between(-0.05, 0.05);
      const gaps: Array<[number, number]> =
        kind === 'stockout'
          ? Array.from({ length: rng.int(2, 5) }, () => [
              rng.int(0, 365 * YEARS - 30),
              rng.int(7, 28),
            ])
          : [];
      const promos: Array<[number, number, number]> =
        kind === 'promotion'
          ? Array.from({ length: rng.int(3, 4) * YEARS }, () => [
              rng.int(0, 365 * YEARS - 10),
              rng.int(3, 10),
              rng.between(2, 4),
            ])
          : [];
      const days: GeneratedSku['days'] = [];
      for (let i = 0; i < 365 * YEARS; i++) {
        const date = addDays(start, i);
        if (gaps.some(([s, l]) => i >= s && i < s + l)) continue;
        const dayOfYear = i % 365;
        let mean = base * (1 + (growth * i) / 365);
        mean *= 1 + amplitude * Math.cos((2 * Math.PI * (dayOfYear - peak)) / 365);
        if (gift) {
          const month = Number(date.slice(5, 7));
          const day = Number(date.slice(8, 10));
          if (month === 11 || (month === 12 && day <= 20)) mean *= 2;
          const bf = Date.parse(date) - Date.parse(blackFriday(Number(date.slice(0, 4))));
          if (bf >= 0 && bf < 4 * 86_400_000) mean *= 3;
        }
        for (const [s, l, lift] of promos) if (i >= s && i < s + l) mean *= lift;
        const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
        mean *= weekday === 0 || weekday === 6 ? 1.2 : 0.92;
        const units = rng.poisson(Math.max(0, mean));
        if (units > 0) days.push({ date, units });
      }
      out.push({ id: `${kind}-${seed}-${n + 1}`, kind, days });
    }
  }
  return out;
}
