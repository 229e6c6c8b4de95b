/** A faulty value placed deep inside valid surroundings, in one fast-check layer (no tuple/map chain per level). */
import fc from 'fast-check';
import { dictionary, setOwn } from '../../src/core/json.js';
import { escapeToken } from '../../src/core/pointer.js';
import type { Violation } from '../../src/core/types.js';

/** One level on the way from the root to the fault (root first). */
export type Level =
  /** An array: `rest` holds the valid items; the fault replaces one of them. */
  | { kind: 'item'; rest: fc.Arbitrary<unknown[]> }
  /** An object: valid sibling entries plus the fault under a fixed key (`key`) or a drawn one (`keys`, made usable by `fresh`). */
  | { kind: 'object'; siblings: fc.Arbitrary<[string, unknown][]>; key?: string; keys?: fc.Arbitrary<string>; fresh?: (raw: string) => string };

/** What {@link PlacedArbitrary} produces: the instance and the label of its single fault. */
export interface Placed {
  instance: unknown;
  violation: Violation;
  operator: string;
}

/** Per level: the siblings drawn, the raw key drawn (drawn-key levels only) and where the fault goes among the siblings. */
interface LevelCtx {
  siblings: fc.Value<unknown[]>;
  key?: fc.Value<string>;
  pos: number;
}

interface Ctx {
  levels: LevelCtx[];
  leaf: fc.Value<unknown>;
}

/**
 * Single-fault instances: `leaf` (the mutated value) at the end of `levels`, labelled with `keyword`/`schemaPath` at the
 * instance path it lands on. Shrinks the surroundings (outermost first), then the faulty value, then drawn keys and
 * positions; the fault itself always stays, so every shrink keeps its exact label.
 */
export class PlacedArbitrary extends fc.Arbitrary<Placed> {
  constructor(
    private readonly levels: readonly Level[],
    private readonly leaf: fc.Arbitrary<unknown>,
    private readonly label: { keyword: string; schemaPath: string; operator: string },
  ) {
    super();
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<Placed> {
    const levels: LevelCtx[] = new Array(this.levels.length);
    for (let i = 0; i < this.levels.length; i++) {
      const l = this.levels[i]!;
      const siblings = (l.kind === 'item' ? l.rest : l.siblings).generate(mrng, biasFactor) as fc.Value<unknown[]>;
      const key = l.kind === 'object' && l.keys ? l.keys.generate(mrng, biasFactor) : undefined;
      levels[i] = { siblings, ...(key ? { key } : {}), pos: mrng.nextInt(0, 0x7fffffff) };
    }
    const ctx: Ctx = { levels, leaf: this.leaf.generate(mrng, biasFactor) };
    return new fc.Value(this.build(ctx), ctx);
  }

  private build(ctx: Ctx): Placed {
    let value = ctx.leaf.value_;
    let path = '';
    for (let i = this.levels.length - 1; i >= 0; i--) {
      const l = this.levels[i]!;
      const c = ctx.levels[i]!;
      if (l.kind === 'item') {
        const out = (c.siblings.value_ as unknown[]).slice();
        const at = c.pos % out.length;
        out[at] = value;
        value = out;
        path = `/${at}${path}`;
        continue;
      }
      const k = l.key ?? l.fresh!(c.key!.value_);
      const entries = c.siblings.value_ as [string, unknown][];
      const o = dictionary();
      let at = -1;
      for (let j = 0; j < entries.length; j++)
        if (entries[j]![0] === k) {
          at = j;
          break;
        }
      const insert = at >= 0 ? -1 : c.pos % (entries.length + 1);
      for (let j = 0; j < entries.length; j++) {
        if (j === insert) setOwn(o, k, value);
        const [ek, ev] = entries[j]!;
        setOwn(o, ek, j === at ? value : ev);
      }
      if (insert === entries.length) setOwn(o, k, value);
      value = o;
      path = `/${escapeToken(k)}${path}`;
    }
    const { keyword, schemaPath, operator } = this.label;
    return { instance: value, violation: { instancePath: path, keyword, schemaPath }, operator };
  }

  canShrinkWithoutContext(_value: unknown): _value is Placed {
    return false;
  }

  shrink(_value: Placed, context: unknown): fc.Stream<fc.Value<Placed>> {
    if (context === undefined) return fc.Stream.nil();
    return new fc.Stream(this.shrinks(context as Ctx));
  }

  private *shrinks(ctx: Ctx): IterableIterator<fc.Value<Placed>> {
    const value = (c: Ctx) => new fc.Value(this.build(c), c);
    const at = (i: number, patch: Partial<LevelCtx>): Ctx => ({ leaf: ctx.leaf, levels: ctx.levels.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
    for (let i = 0; i < this.levels.length; i++) {
      const l = this.levels[i]!;
      const s = ctx.levels[i]!.siblings;
      const arb = (l.kind === 'item' ? l.rest : l.siblings) as fc.Arbitrary<unknown[]>;
      for (const siblings of arb.shrink(s.value_, s.context)) yield value(at(i, { siblings }));
    }
    for (const leaf of this.leaf.shrink(ctx.leaf.value_, ctx.leaf.context)) yield value({ levels: ctx.levels, leaf });
    for (let i = 0; i < this.levels.length; i++) {
      const l = this.levels[i]!;
      const c = ctx.levels[i]!;
      if (l.kind === 'object' && l.keys && c.key) for (const key of l.keys.shrink(c.key.value_, c.key.context)) yield value(at(i, { key }));
      if (c.pos !== 0) yield value(at(i, { pos: 0 }));
    }
  }
}
