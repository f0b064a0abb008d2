// Units: exact conversion factors, the target unit for metric or US markets, locale number formatting, and
// finding and converting quantities written in text ("10 x 8 in", "2.5 lb", "16 fl oz", "350 °F").
import { saysWeight } from './oz-context';

export type Dimension = 'length' | 'mass' | 'volume' | 'temperature';
export type UnitSystem = 'metric' | 'us';

interface UnitDef {
  symbol: string;
  dimension: Dimension;
  system: UnitSystem;
  /** Size in the base unit (m, kg, l); exact by definition. Temperatures convert by formula. */
  toBase: number;
  /** Decimals shown after conversion into this unit. */
  decimals: number;
}

const u = (
  symbol: string,
  dimension: Dimension,
  system: UnitSystem,
  toBase: number,
  decimals: number,
) => ({
  symbol,
  dimension,
  system,
  toBase,
  decimals,
});

// International yard and pound (1959): 1 in = 2.54 cm, 1 lb = 0.45359237 kg; US liquid gallon = 231 in³.
export const UNITS: Record<string, UnitDef> = {
  mm: u('mm', 'length', 'metric', 0.001, 0),
  cm: u('cm', 'length', 'metric', 0.01, 1),
  m: u('m', 'length', 'metric', 1, 2),
  km: u('km', 'length', 'metric', 1000, 2),
  in: u('in', 'length', 'us', 0.0254, 1),
  ft: u('ft', 'length', 'us', 0.3048, 2),
  yd: u('yd', 'length', 'us', 0.9144, 2),
  mi: u('mi', 'length', 'us', 1609.344, 2),
  mg: u('mg', 'mass', 'metric', 0.000001, 0),
  g: u('g', 'mass', 'metric', 0.001, 0),
  kg: u('kg', 'mass', 'metric', 1, 2),
  oz: u('oz', 'mass', 'us', 0.028349523125, 1),
  lb: u('lb', 'mass', 'us', 0.45359237, 2),
  ml: u('ml', 'volume', 'metric', 0.001, 0),
  l: u('l', 'volume', 'metric', 1, 2),
  'fl oz': u('fl oz', 'volume', 'us', 0.0295735295625, 1),
  gal: u('gal', 'volume', 'us', 3.785411784, 2),
  '°C': u('°C', 'temperature', 'metric', 1, 0),
  '°F': u('°F', 'temperature', 'us', 1, 0),
};

/** Spellings accepted for each unit symbol, longest first when matched in text. */
const SPELLINGS: Array<[string, string]> = [
  ['fl oz', String.raw`(?:fl\.?\s?oz\.?|FL\.?\s?OZ\.?|fluid\s+ounces?)`],
  ['gal', String.raw`(?:gallons?|gal\.?)`],
  ['oz', String.raw`(?:ounces?|oz\.?|OZ)`],
  ['lb', String.raw`(?:pounds?|lbs?\.?|LBS?)`],
  [
    'in',
    String.raw`(?:inch(?:es)?|(?<=[x×]\s*\d[\d.,]*\s?)[Ii]n(?![A-Za-z])|[Ii]n\.(?!\w)|[Ii]n(?=\s*(?:$|[),;:/!?\]]|[x×]\s|(?:wide|long|tall|high|deep|thick|diagonal|screen|display|laptops?|tablets?|monitors?)\b))|″|")`,
  ],
  ['ft', String.raw`(?:feet|foot|ft\.?)`],
  ['yd', String.raw`(?:yards?|yds?\.?)`],
  ['mi', String.raw`(?:miles?|mi)`],
  ['°F', String.raw`(?:°\s?F|º\s?F|℉|deg(?:rees?)?\.?\s?F(?:ahrenheit)?)`],
  ['°C', String.raw`(?:°\s?C|º\s?C|℃|deg(?:rees?)?\.?\s?C(?:elsius)?)`],
  ['mm', String.raw`(?:millimet(?:er|re)s?|mm)`],
  ['cm', String.raw`(?:centimet(?:er|re)s?|cm)`],
  ['km', String.raw`(?:kilomet(?:er|re)s?|km)`],
  ['m', String.raw`(?:met(?:er|re)s?|m)`],
  ['mg', String.raw`(?:milligrams?|mg)`],
  ['kg', String.raw`(?:kilograms?|kilos?|kg|KG)`],
  ['g', String.raw`(?:grams?|g)`],
  ['ml', String.raw`(?:millilit(?:er|re)s?|ml|mL|ML)`],
  ['l', String.raw`(?:lit(?:er|re)s?|l|L)`],
];

/** A unit spelling ("lbs", "fluid ounces", "°F") to its symbol; undefined when unknown. */
export function parseUnit(token: string): string | undefined {
  const t = token.trim();
  if (UNITS[t]) return t;
  return SPELLINGS.find(([, re]) => new RegExp(`^${re}$`).test(t))?.[0];
}

/** The unit a quantity is shown in for the target system, chosen by size where a market would. */
export function targetUnit(symbol: string, value: number, system: UnitSystem): string {
  const unit = UNITS[symbol];
  if (unit.system === system) return symbol;
  const base = unit.dimension === 'temperature' ? value : value * unit.toBase;
  if (system === 'metric') {
    switch (symbol) {
      case 'in':
        return 'cm';
      case 'ft':
      case 'yd':
        return 'm';
      case 'mi':
        return 'km';
      case 'oz':
        return base >= 1 ? 'kg' : 'g';
      case 'lb':
        return base < 1 ? 'g' : 'kg';
      case 'fl oz':
        return base >= 1 ? 'l' : 'ml';
      case 'gal':
        return 'l';
      default:
        return '°C';
    }
  }
  switch (unit.dimension) {
    case 'length':
      return symbol === 'km' ? 'mi' : symbol === 'm' ? 'ft' : 'in';
    case 'mass':
      return base >= UNITS.lb.toBase ? 'lb' : 'oz';
    case 'volume':
      return base >= UNITS.gal.toBase ? 'gal' : 'fl oz';
    default:
      return '°F';
  }
}

/** Converts exactly, then rounds to the decimals usual for the target unit. */
export function convert(value: number, from: string, to: string): number {
  const a = UNITS[from];
  const b = UNITS[to];
  if (!a || !b || a.dimension !== b.dimension) throw new Error(`Cannot convert ${from} to ${to}`);
  let exact: number;
  if (a.dimension === 'temperature') {
    if (from === to) exact = value;
    else exact = from === '°F' ? ((value - 32) * 5) / 9 : (value * 9) / 5 + 32;
  } else {
    exact = (value * a.toBase) / b.toBase;
  }
  return roundTo(exact, decimalsFor(to, exact));
}

function decimalsFor(symbol: string, value: number): number {
  const d = UNITS[symbol].decimals;
  // Small values keep one more decimal so that 0.35 oz does not become 0.4 oz.
  return Math.abs(value) < 1 && d > 0
    ? d + 1
    : Math.abs(value) < 10 && d === 0 && symbol === 'g'
      ? 1
      : d;
}

export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round((value + Number.EPSILON * Math.sign(value)) * f) / f;
}

/** A number in the locale's notation (de-DE: 25,4), without grouping for numbers under 10 000. */
export function formatNumber(value: number, locale: string, maxDecimals = 2): string {
  return new Intl.NumberFormat(locale, {
    maximumFractionDigits: maxDecimals,
    useGrouping: Math.abs(value) >= 10_000 ? true : false,
  }).format(value);
}

/** "25,4 cm", "177 °C", "11.3 oz". */
export function formatQuantity(value: number, symbol: string, locale: string): string {
  return `${formatNumber(value, locale, 3)} ${symbol}`;
}

/** Parses a number written with the source locale's decimal separator ("1,5" in de, "1,500.5" in en). */
export function parseLocaleNumber(text: string, locale: string): number {
  const decimal = new Intl.NumberFormat(locale)
    .formatToParts(1.5)
    .find((p) => p.type === 'decimal')?.value;
  const normal =
    decimal === ','
      ? text.replace(/[.\s\u00a0\u202f]/g, '').replace(',', '.')
      : text.replace(/[,\s\u00a0\u202f]/g, '');
  return Number(normal);
}

export interface Conversion {
  field: string;
  from: { value: number; unit: string };
  to: { value: number; unit: string };
}

// Bounded lengths keep matching linear on hostile input (long digit runs, endless "1 x 1 x ...").
const NUMBER = String.raw`\d[\d.,]{0,15}\d|\d`;
const UNIT_ALTERNATION = SPELLINGS.map(([, re], i) => `(?<u${i}>${re})`).join('|');
const QUANTITY = new RegExp(
  String.raw`(?<![\w.,])(?<nums>(?:${NUMBER})(?:\s*(?:x|×|X|by)\s*(?:${NUMBER})){0,3})\s?(?:${UNIT_ALTERNATION})(?![A-Za-z0-9])`,
  'g',
);

export interface QuantityContext {
  sourceLocale: string;
  targetLocale: string;
  system: UnitSystem;
  /** A bare "oz" is a fluid ounce (the product is a liquid or holds one), unless the words before it say weight. */
  ozIsVolume?: boolean;
}

/**
 * Rewrites every quantity in `text` for the target: converted into the target system's units and written in
 * the target locale's notation. Returns the new text and the conversions made (reformatting alone is not one).
 */
export function convertText(
  text: string,
  field: string,
  ctx: QuantityContext,
): { text: string; conversions: Conversion[] } {
  const conversions: Conversion[] = [];
  const out = text.replace(QUANTITY, (...args) => {
    const groups = args[args.length - 1] as Record<string, string | undefined>;
    const index = SPELLINGS.findIndex((_, i) => groups[`u${i}`] !== undefined);
    const offset = args[args.length - 3] as number;
    const written = SPELLINGS[index][0];
    const symbol =
      written === 'oz' && ctx.ozIsVolume && !saysWeight(text.slice(0, offset)) ? 'fl oz' : written;
    const nums = groups.nums!.split(/\s*(?:x|×|X|by)\s*/);
    const values = nums.map((n) => parseLocaleNumber(n, ctx.sourceLocale));
    if (values.some((v) => !Number.isFinite(v))) return args[0] as string;
    const to = targetUnit(symbol, Math.max(...values), ctx.system);
    const converted = values.map((v) => (to === symbol ? v : convert(v, symbol, to)));
    if (to !== symbol) {
      values.forEach((v, i) =>
        conversions.push({
          field,
          from: { value: v, unit: symbol },
          to: { value: converted[i], unit: to },
        }),
      );
    }
    return `${converted.map((v) => formatNumber(v, ctx.targetLocale, 3)).join(' x ')} ${to}`;
  });
  return { text: out, conversions };
}

/** Converts one `{value, unit}` quantity for the target; null when the unit is unknown. */
export function convertQuantity(
  value: number,
  unitToken: string,
  field: string,
  ctx: Omit<QuantityContext, 'sourceLocale'>,
): { text: string; conversion: Conversion | null } | null {
  const symbol = parseUnit(unitToken);
  if (!symbol) return null;
  const to = targetUnit(symbol, value, ctx.system);
  const converted = to === symbol ? value : convert(value, symbol, to);
  return {
    text: formatQuantity(converted, to, ctx.targetLocale),
    conversion:
      to === symbol
        ? null
        : { field, from: { value, unit: symbol }, to: { value: converted, unit: to } },
  };
}
