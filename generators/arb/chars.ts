/**
 * `fc.string` for the `grapheme-ascii` and `binary` units without a fast-check Value per character (the generators' hot
 * spot): same length law, same character law (uniform, or near either end of the range when biased) and the same
 * injection of prototype-ish names (`__proto__`, `constructor`, …) when biased. Shrinks by shortening, then towards `a`.
 */
import fc from 'fast-check';
import { logLike } from './bias.js';

/** Which characters: printable ASCII (`grapheme-ascii`) or any code point but lone surrogates (`binary`). */
export type CharUnit = 'grapheme-ascii' | 'binary';

/** Constraints of {@link charsArbitrary}; lengths count code points. */
export interface CharsConstraints {
  unit?: CharUnit;
  minLength?: number;
  maxLength?: number;
}

/** fast-check's `dangerousStrings`: names that it slips into biased strings. */
const dangerous = [
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
  'apply',
  'arguments',
  'bind',
  'call',
  'caller',
  'length',
  'name',
  'prototype',
  'key',
  'ref',
];

const A = 0x61;
/** Cap on the one-character shrink candidates per string (long strings first shrink by halving). */
const MAX_POINT_SHRINKS = 64;

/** The code point of character index `i` of a unit. */
const codePointOf = (unit: CharUnit, i: number): number => (unit === 'grapheme-ascii' ? 0x20 + i : i < 0xd800 ? i : i + 0x800);

/** Strings of one unit within code-point length bounds; draws consume the Random exactly as `fc.string` does. */
export class CharsArbitrary extends fc.Arbitrary<string> {
  private readonly size: number;
  private readonly log: number;
  private readonly maxGenerated: number;
  private readonly biasedMax: number;
  private readonly slices: readonly string[];

  constructor(
    private readonly unit: CharUnit,
    private readonly min: number,
    private readonly max: number,
  ) {
    super();
    this.size = unit === 'grapheme-ascii' ? 0x7f - 0x20 : 0x110000 - 0x800;
    this.log = logLike(this.size - 1);
    this.maxGenerated = Math.min(max, 2 * min + 10); // fast-check's default size "small"
    this.biasedMax = min === this.maxGenerated ? min : min + logLike(this.maxGenerated - min);
    this.slices = dangerous.filter((d) => d.length >= min && d.length <= max);
  }

  /** One character index: uniform, or (biased, one time in `bias`) close to either end of the range. */
  private index(mrng: fc.Random, bias: number | undefined): number {
    const top = this.size - 1;
    if (bias === undefined || mrng.nextInt(1, bias) !== 1) return mrng.nextInt(0, top);
    return mrng.nextInt(-2, 0) < 0 ? mrng.nextInt(0, this.log) : mrng.nextInt(top - this.log, top);
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<string> {
    const { min, maxGenerated } = this;
    let n: number;
    let bias: number | undefined;
    if (biasFactor === undefined) n = mrng.nextInt(min, maxGenerated);
    else if (min === maxGenerated) {
      n = mrng.nextInt(min, maxGenerated);
      bias = biasFactor;
    } else if (mrng.nextInt(1, biasFactor) !== 1) n = mrng.nextInt(min, maxGenerated);
    // biome-ignore lint/suspicious/noDuplicateElseIf: a second, independent draw (as fast-check's arrays bias twice)
    else if (mrng.nextInt(1, biasFactor) !== 1) {
      n = mrng.nextInt(min, maxGenerated);
      bias = biasFactor;
    } else {
      n = mrng.nextInt(min, this.biasedMax);
      bias = biasFactor;
    }
    const sliced = bias !== undefined && this.slices.length > 0 && mrng.nextInt(1, bias) === 1;
    let out = '';
    // The active slice of a dangerous name (characters `from`..`to` still to copy), as fast-check's sliced generator.
    let slice = '';
    let from = 0;
    let to = -1;
    if (sliced && n !== 0 && mrng.nextInt(1, bias!) === 1) {
      const exact = this.slices.filter((s) => s.length === n);
      if (exact.length > 0) {
        slice = exact[mrng.nextInt(0, exact.length - 1)]!;
        from = 0;
        to = n - 1;
      }
    }
    for (let i = 0; i < n; i++) {
      if (from <= to) {
        out += slice[from++];
        continue;
      }
      if (!sliced || mrng.nextInt(1, bias!) !== 1) {
        const cp = codePointOf(this.unit, this.index(mrng, bias));
        out += cp > 0xffff ? String.fromCodePoint(cp) : String.fromCharCode(cp);
        continue;
      }
      slice = this.slices[mrng.nextInt(0, this.slices.length - 1)]!;
      if (mrng.nextInt(1, bias!) !== 1) {
        from = 0;
        to = slice.length - 1;
      } else {
        const a = mrng.nextInt(0, slice.length - 1);
        const b = mrng.nextInt(0, slice.length - 1);
        from = Math.min(a, b);
        to = Math.max(a, b);
      }
      out += slice[from++];
    }
    return new fc.Value(out, undefined);
  }

  canShrinkWithoutContext(value: unknown): value is string {
    if (typeof value !== 'string') return false;
    let n = 0;
    for (const ch of value) {
      const cp = ch.codePointAt(0)!;
      if (this.unit === 'grapheme-ascii' ? cp < 0x20 || cp > 0x7e : cp >= 0xd800 && cp <= 0xdfff) return false;
      n++;
    }
    return n >= this.min && n <= this.max;
  }

  shrink(value: string): fc.Stream<fc.Value<string>> {
    return new fc.Stream(this.shrinks(value));
  }

  private *shrinks(value: string): IterableIterator<fc.Value<string>> {
    const cps = Array.from(value);
    const n = cps.length;
    const v = (s: string) => new fc.Value(s, undefined);
    if (n > this.min) {
      yield v(cps.slice(0, this.min).join(''));
      const half = n >> 1;
      if (half > this.min) yield v(cps.slice(0, half).join(''));
      if (n - 1 > this.min) for (let i = 0; i < Math.min(n, MAX_POINT_SHRINKS); i++) yield v([...cps.slice(0, i), ...cps.slice(i + 1)].join(''));
    }
    for (let i = 0; i < Math.min(n, MAX_POINT_SHRINKS); i++) {
      if (cps[i]!.codePointAt(0) !== A) yield v([...cps.slice(0, i), 'a', ...cps.slice(i + 1)].join(''));
    }
  }
}

/**
 * Strings of the `grapheme-ascii` (default) or `binary` unit, distributed like `fc.string` with the same constraints.
 * @example charsArbitrary({ unit: 'binary', maxLength: 12 });
 */
export function charsArbitrary(c: CharsConstraints = {}): fc.Arbitrary<string> {
  const min = c.minLength ?? 0;
  const max = c.maxLength ?? 0x7fffffff;
  if (max < min) throw new Error(`charsArbitrary: maxLength ${max} < minLength ${min}`);
  return new CharsArbitrary(c.unit ?? 'grapheme-ascii', min, max);
}
