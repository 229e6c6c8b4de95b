/** Map entries (`additionalProperties` and unknown extras) in one fast-check layer: unique keys, weighted sizes, entry-wise shrinking. */
import fc from 'fast-check';
import { logLike } from './bias.js';

/** Distinct values drawn per map; bigger maps (100–1,000 entries, rare) repeat them under fresh keys. */
const VALUE_POOL = 64;

/** One size band of a map, picked with probability proportional to `weight`. */
export interface SizeBand {
  weight: number;
  min: number;
  max: number;
}

/** How the entries of one map are drawn. */
export interface MapSpec {
  /** Raw keys (shrunk by this arbitrary), turned into usable keys by `fresh`. */
  key: fc.Arbitrary<string>;
  /** Makes a raw key usable (e.g. not a declared property name). */
  fresh: (raw: string) => string;
  value: fc.Arbitrary<unknown>;
  /** Size bands; the smallest `min` is the floor shrinking keeps. */
  sizes: readonly SizeBand[];
}

/** One generated entry with what shrinking needs. */
interface Slot {
  key: string;
  raw: fc.Value<string>;
  value: fc.Value<unknown>;
}

/**
 * Entry lists `[key, value][]` with distinct keys. Shrinks by dropping entries (down to the band's minimum: all extra
 * ones, the back half, then one at a time), then by shrinking values, then keys (skipping keys that would collide).
 */
export class MapArbitrary extends fc.Arbitrary<[string, unknown][]> {
  private readonly total: number;
  private readonly floor: number;

  constructor(private readonly spec: MapSpec) {
    super();
    this.total = spec.sizes.reduce((s, b) => s + b.weight, 0);
    this.floor = Math.min(...spec.sizes.map((b) => b.min));
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<[string, unknown][]> {
    const { sizes, key, fresh, value } = this.spec;
    let band: SizeBand = sizes[0]!;
    if (sizes.length > 1) {
      let pick = mrng.nextInt(0, this.total - 1);
      for (const b of sizes) {
        band = b;
        pick -= b.weight;
        if (pick < 0) break;
      }
    }
    // As fast-check's arrays do: items are biased one time in `biasFactor`, and then the length too, one time in `biasFactor`.
    let itemBias: number | undefined;
    let top = band.max;
    if (biasFactor !== undefined && (band.min === band.max || mrng.nextInt(1, biasFactor) === 1)) {
      itemBias = biasFactor;
      if (band.min !== band.max && mrng.nextInt(1, biasFactor) === 1) top = band.min + logLike(band.max - band.min);
    }
    const target = mrng.nextInt(band.min, top);
    const slots: Slot[] = [];
    // Big maps look keys up in a set; small ones (nearly all) scan the few keys they have.
    const seen = target > 8 ? new Set<string>() : undefined;
    const taken = (k: string): boolean => {
      if (seen) return seen.has(k);
      for (const s of slots) if (s.key === k) return true;
      return false;
    };
    // Duplicate keys are skipped; give up after as many misses in a row as the map may hold (as fc.uniqueArray does).
    for (let misses = 0; slots.length < target && misses <= band.max; ) {
      const raw = key.generate(mrng, itemBias);
      const k = fresh(raw.value_);
      if (taken(k)) {
        misses++;
        continue;
      }
      misses = 0;
      seen?.add(k);
      // Past VALUE_POOL entries, values are reused (still valid, keys stay distinct): big maps cost keys, not values.
      const n = slots.length;
      slots.push({ key: k, raw, value: n < VALUE_POOL ? value.generate(mrng, itemBias) : slots[n % VALUE_POOL]!.value });
    }
    return this.wrap(slots);
  }

  private wrap(slots: Slot[]): fc.Value<[string, unknown][]> {
    const entries: [string, unknown][] = new Array(slots.length);
    for (let i = 0; i < slots.length; i++) entries[i] = [slots[i]!.key, slots[i]!.value.value_];
    return new fc.Value(entries, slots);
  }

  canShrinkWithoutContext(_value: unknown): _value is [string, unknown][] {
    return false;
  }

  shrink(_value: [string, unknown][], context: unknown): fc.Stream<fc.Value<[string, unknown][]>> {
    if (context === undefined) return fc.Stream.nil();
    return new fc.Stream(this.shrinks(context as Slot[]));
  }

  private *shrinks(slots: Slot[]): IterableIterator<fc.Value<[string, unknown][]>> {
    const n = slots.length;
    const floor = this.floor;
    if (n > floor) {
      yield this.wrap(slots.slice(0, floor));
      const half = Math.max(floor, n >> 1);
      if (half > floor && half < n) yield this.wrap(slots.slice(0, half));
      // Dropping one entry (last ones first); with an empty floor and one entry, the first candidate already did it.
      if (n - 1 > floor || floor > 0) for (let i = n - 1; i >= 0; i--) yield this.wrap([...slots.slice(0, i), ...slots.slice(i + 1)]);
    }
    const replace = (i: number, s: Slot) => this.wrap(slots.map((x, j) => (j === i ? s : x)));
    for (let i = 0; i < n; i++) {
      const cur = slots[i]!;
      for (const v of this.spec.value.shrink(cur.value.value_, cur.value.context)) yield replace(i, { ...cur, value: v });
    }
    for (let i = 0; i < n; i++) {
      const cur = slots[i]!;
      for (const raw of this.spec.key.shrink(cur.raw.value_, cur.raw.context)) {
        const k = this.spec.fresh(raw.value_);
        if (!slots.some((x, j) => j !== i && x.key === k)) yield replace(i, { ...cur, key: k, raw });
      }
    }
  }
}

/** Entries of a map (see {@link MapArbitrary}). */
export function mapArbitrary(spec: MapSpec): fc.Arbitrary<[string, unknown][]> {
  return new MapArbitrary(spec);
}
