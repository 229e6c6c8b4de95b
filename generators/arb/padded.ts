/** Padded strings (`p + s + p`) whose padding can shrink away, which a mapped tuple cannot do. */
import fc from 'fast-check';

/** What a padded value remembers: its pad and the inner string's Value. */
interface Ctx {
  pad: string;
  inner: fc.Value<string>;
}

/**
 * `pad + inner + pad`. Draws exactly as `fc.tuple(pads, inner).map(…)` (same values for the same Random); shrinks first
 * to the inner string alone (padding removed, when `fits` still holds for it), then shrinks the inner string.
 */
export class PaddedArbitrary extends fc.Arbitrary<string> {
  constructor(
    private readonly pads: fc.Arbitrary<string>,
    private readonly inner: fc.Arbitrary<string>,
    private readonly fits: (s: string) => boolean,
  ) {
    super();
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<string> {
    const pad = this.pads.generate(mrng, biasFactor).value;
    const inner = this.inner.generate(mrng, biasFactor);
    return new fc.Value(`${pad}${inner.value}${pad}`, { pad, inner } satisfies Ctx);
  }

  canShrinkWithoutContext(_value: unknown): _value is string {
    return false;
  }

  shrink(_value: string, context: unknown): fc.Stream<fc.Value<string>> {
    if (context === undefined) return fc.Stream.nil();
    const { pad, inner } = context as Ctx;
    const bare = pad !== '' && this.fits(inner.value) ? [new fc.Value(inner.value, { pad: '', inner } satisfies Ctx)] : [];
    const smaller = this.inner.shrink(inner.value, inner.context).map((s) => new fc.Value(`${pad}${s.value}${pad}`, { pad, inner: s } satisfies Ctx));
    return fc.Stream.of(...bare).join(smaller);
  }
}
