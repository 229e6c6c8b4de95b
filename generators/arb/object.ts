/** One fast-check arbitrary per object node: draws declared properties and extra entries in a single layer (no option/tuple/map chain). */
import fc from 'fast-check';
import { dictionary, setOwn } from '../../src/core/json.js';

/** A declared property of an object node. */
export interface PropSpec {
  key: string;
  arbitrary: fc.Arbitrary<unknown>;
  /** Always present (else present half of the time, as `fc.option` with `freq: 2`). */
  required: boolean;
}

/** The shape of one object node's values. */
export interface ObjectSpec {
  /** Declared (and required-but-undeclared) properties, in output order. */
  props: readonly PropSpec[];
  /** Extra entries (keys never collide with `props`), or undefined when there are none. */
  extras?: fc.Arbitrary<[string, unknown][]> | undefined;
  /** At most this many properties: extras and then optional properties are dropped from the end beyond it. */
  maxProperties: number;
}

/** What a generated object remembers to shrink: the Value of each present property, and of the extras. */
interface Ctx {
  props: (fc.Value<unknown> | undefined)[];
  extras: fc.Value<[string, unknown][]> | undefined;
}

/**
 * Objects (or their entry lists) for one {@link ObjectSpec}. Shrinks like the combinator chain it replaces: first drops
 * an optional property, then shrinks the extra entries, then each present property's value.
 */
export class ObjectArbitrary<T> extends fc.Arbitrary<T> {
  constructor(
    private readonly spec: ObjectSpec,
    private readonly finish: (entries: [string, unknown][] | undefined, o: Record<string, unknown> | undefined) => T,
    private readonly asEntries: boolean,
  ) {
    super();
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<T> {
    const { props, extras } = this.spec;
    const values: (fc.Value<unknown> | undefined)[] = new Array(props.length);
    for (let i = 0; i < props.length; i++) {
      const p = props[i]!;
      values[i] = p.required || mrng.nextInt(0, 1) === 1 ? p.arbitrary.generate(mrng, biasFactor) : undefined;
    }
    const ctx: Ctx = { props: values, extras: extras?.generate(mrng, biasFactor) };
    return new fc.Value(this.build(ctx), ctx);
  }

  private build(ctx: Ctx): T {
    const { props, maxProperties } = this.spec;
    const xs = ctx.extras?.value_;
    let count = xs ? xs.length : 0;
    for (const v of ctx.props) if (v !== undefined) count++;
    if (this.asEntries && count <= maxProperties) {
      const all: [string, unknown][] = [];
      for (let i = 0; i < props.length; i++) {
        const v = ctx.props[i];
        if (v !== undefined) all.push([props[i]!.key, v.value_]);
      }
      if (xs) for (const e of xs) all.push(e);
      return this.finish(all, undefined);
    }
    if (count > maxProperties || this.asEntries) {
      const all: [string, unknown][] = [];
      const required: boolean[] = [];
      for (let i = 0; i < props.length; i++) {
        const v = ctx.props[i];
        if (v !== undefined) {
          all.push([props[i]!.key, v.value_]);
          required.push(props[i]!.required);
        }
      }
      if (xs)
        for (const e of xs) {
          all.push(e);
          required.push(false);
        }
      for (let i = all.length - 1; all.length > maxProperties && i >= 0; i--) if (!required[i]) all.splice(i, 1);
      return this.finish(all, undefined);
    }
    // Only declared keys: a plain `{}` shares V8's hidden classes across values; random extra keys: dictionary mode.
    const o = xs && xs.length > 0 ? dictionary() : {};
    for (let i = 0; i < props.length; i++) {
      const v = ctx.props[i];
      if (v !== undefined) setOwn(o, props[i]!.key, v.value_);
    }
    if (xs) for (const [k, v] of xs) setOwn(o, k, v);
    return this.finish(undefined, o);
  }

  canShrinkWithoutContext(_value: unknown): _value is T {
    return false;
  }

  shrink(_value: T, context: unknown): fc.Stream<fc.Value<T>> {
    if (context === undefined) return fc.Stream.nil();
    return new fc.Stream(this.shrinks(context as Ctx));
  }

  private *shrinks(ctx: Ctx): IterableIterator<fc.Value<T>> {
    const { props, extras } = this.spec;
    const at = (i: number, v: fc.Value<unknown> | undefined): Ctx => ({ props: ctx.props.map((x, j) => (j === i ? v : x)), extras: ctx.extras });
    const value = (c: Ctx) => new fc.Value(this.build(c), c);
    for (let i = 0; i < props.length; i++) if (!props[i]!.required && ctx.props[i] !== undefined) yield value(at(i, undefined));
    if (extras && ctx.extras) for (const x of extras.shrink(ctx.extras.value_, ctx.extras.context)) yield value({ props: ctx.props, extras: x });
    for (let i = 0; i < props.length; i++) {
      const v = ctx.props[i];
      if (v !== undefined) for (const s of props[i]!.arbitrary.shrink(v.value_, v.context)) yield value(at(i, s));
    }
  }
}

/** Objects for a spec. */
export function objectArbitrary(spec: ObjectSpec): fc.Arbitrary<Record<string, unknown>> {
  return new ObjectArbitrary(spec, (entries, o) => o ?? objectOf(entries!), false);
}

/** Entry lists (key order as the object would have) for a spec. */
export function entriesArbitrary(spec: ObjectSpec): fc.Arbitrary<[string, unknown][]> {
  return new ObjectArbitrary(spec, (entries) => entries!, true);
}

function objectOf(entries: [string, unknown][]): Record<string, unknown> {
  const o = dictionary();
  for (const [k, v] of entries) setOwn(o, k, v);
  return o;
}
