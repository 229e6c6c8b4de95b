/** A weighted choice between arbitraries: fast-check's `oneof` without its per-draw depth bookkeeping (nothing here recurses unboundedly). */
import fc from 'fast-check';

/** One branch of a {@link pick}. */
export interface Branch<T> {
  weight: number;
  arbitrary: fc.Arbitrary<T>;
}

/** The chosen branch, its value's context and (cross-shrinking only) how to redraw from the first branch. */
interface Ctx {
  index: number;
  context: unknown;
  replay?: { mrng: fc.Random; biasFactor: number | undefined } | undefined;
}

/**
 * Draws from one branch with probability proportional to its weight. Shrinks within the chosen branch; with
 * `crossShrink`, a value of another branch first offers a value of the first (simplest) branch drawn from the same state.
 */
export class PickArbitrary<T> extends fc.Arbitrary<T> {
  private readonly cumulated: number[] = [];
  private readonly total: number;

  constructor(
    private readonly branches: readonly Branch<T>[],
    private readonly crossShrink = false,
  ) {
    super();
    let sum = 0;
    for (const b of branches) {
      if (!(b.weight > 0) || !Number.isInteger(b.weight)) throw new Error(`pick: weights must be positive integers, got ${b.weight}`);
      sum += b.weight;
      this.cumulated.push(sum);
    }
    if (branches.length === 0) throw new Error('pick: at least one branch is needed');
    this.total = sum;
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<T> {
    let index = 0;
    if (this.branches.length > 1) {
      const r = mrng.nextInt(0, this.total - 1);
      while (r >= this.cumulated[index]!) index++;
    }
    const replay = this.crossShrink && index !== 0 ? { mrng: mrng.clone(), biasFactor } : undefined;
    const v = this.branches[index]!.arbitrary.generate(mrng, biasFactor);
    return new fc.Value(v.value_, { index, context: v.context, replay } satisfies Ctx);
  }

  canShrinkWithoutContext(_value: unknown): _value is T {
    return false;
  }

  shrink(value: T, context: unknown): fc.Stream<fc.Value<T>> {
    if (context === undefined) return fc.Stream.nil();
    const ctx = context as Ctx;
    const wrap = (index: number) => (v: fc.Value<T>) => new fc.Value(v.value_, { index, context: v.context } satisfies Ctx);
    const own = this.branches[ctx.index]!.arbitrary.shrink(value, ctx.context).map(wrap(ctx.index));
    if (!ctx.replay) return own;
    const { mrng, biasFactor } = ctx.replay;
    const first = () => wrap(0)(this.branches[0]!.arbitrary.generate(mrng.clone(), biasFactor));
    return fc.Stream.of(first()).join(own);
  }
}

/** Branches of weight 1 each (`fc.oneof(a, b, …)`). */
export function evenly<T>(...arbitraries: fc.Arbitrary<T>[]): Branch<T>[] {
  return arbitraries.map((arbitrary) => ({ weight: 1, arbitrary }));
}

/** A weighted choice (see {@link PickArbitrary}). */
export function pick<T>(branches: readonly Branch<T>[], opts: { crossShrink?: boolean } = {}): fc.Arbitrary<T> {
  return branches.length === 1 ? branches[0]!.arbitrary : new PickArbitrary(branches, opts.crossShrink);
}
