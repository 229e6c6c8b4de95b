/** Valid values by construction: a walker over the canonical graph folding the vocabulary into fast-check arbitraries. */
import fc from 'fast-check';
import { cloneJson, freshKey } from '../../src/core/json.js';
import { anyJsonArbitrary, mapKeyArbitrary } from '../arb/json.js';
import type { SizeBand } from '../arb/map.js';
import { mapArbitrary } from '../arb/map.js';
import { integerArbitrary, numberArbitrary } from '../arb/number.js';
import type { ObjectSpec, PropSpec } from '../arb/object.js';
import { entriesArbitrary, objectArbitrary } from '../arb/object.js';
import { evenly, pick } from '../arb/pick.js';
import { codePoints, textArbitrary } from '../arb/text.js';
import type { Canonical, CNode } from '../schema/canonical.js';
import { canonicalize } from '../schema/canonical.js';
import { cyclicNodes } from '../schema/cycles.js';
import { formatArbitrary } from '../vocab/format.js';
import { constraintsOf, unconstrained } from '../vocab/index.js';
import { patternRegExp } from '../vocab/pattern.js';
import type { JsonType, Tweak } from '../vocab/types.js';
import { jsonTypes } from '../vocab/types.js';
import { jsonTypeOf, typeAllowed } from '../vocab/util.js';

/** Options of {@link validArbitrary}. */
export interface ValidOptions {
  /** Sometimes build maps with 50+ entries (default true). */
  bigMaps?: boolean;
  /** Sometimes build 1,000+ code point strings (default true). */
  bigStrings?: boolean;
  /** How many times a recursive (`$ref` cycle) node may nest before only required parts are built (default 3). */
  maxRecursion?: number;
}

/**
 * Adds the rare big-map bands to the usual small ones (deliberate but costly, SPEC §2): per 8,000 maps, about 32 get
 * 50–60 entries, 16 get 100–200 and 2 get 200–1,000 (bands that do not fit `maxExtra` are left out).
 */
function withBigBands(small: SizeBand[], minExtra: number, maxExtra: number): SizeBand[] {
  const unit = small.reduce((n, band) => n + band.weight, 0);
  const big = (
    [
      [32, 50, 60],
      [16, 100, 200],
      [2, 200, 1000],
    ] as const
  )
    .filter(([, lo]) => maxExtra >= lo)
    .map(([w, lo, hi]): SizeBand => ({ weight: w * unit, min: Math.max(lo, minExtra), max: Math.max(lo, minExtra, Math.min(maxExtra, hi)) }));
  if (big.length === 0) return small;
  return [...small.map((band) => ({ ...band, weight: band.weight * 7950 })), ...big];
}

/** Builds valid arbitraries for the nodes of one canonical schema (memoised per node). */
export interface ValidBuilder {
  valid(node: CNode, tweak?: Tweak, depth?: number): fc.Arbitrary<unknown>;
  entries(node: CNode, tweak?: Tweak, depth?: number): fc.Arbitrary<[string, unknown][]>;
}

/** Creates the builder behind {@link validArbitrary} (also the mutation kit's `valid`). */
export function validBuilder(canonical: Canonical, opts: ValidOptions = {}): ValidBuilder {
  const cyclic = cyclicNodes(canonical);
  const maxRec = opts.maxRecursion ?? 3;
  const memo = new Map<CNode, Map<number, fc.Arbitrary<unknown>>>();
  const next = (n: CNode, depth: number) => (cyclic.has(n) ? depth + 1 : depth);

  const stringArb = (node: CNode): fc.Arbitrary<string> => {
    const s = constraintsOf(node).string;
    const fits = (x: string) => {
      const n = codePoints(x);
      return n >= s.minLength && n <= (s.maxLength ?? Infinity);
    };
    if (s.pattern !== undefined) {
      const base = fc.stringMatching(patternRegExp(s.pattern));
      // Last resort: a regular language cannot be cut to a length range by construction here; lengths are rarely both given.
      return s.minLength > 0 || s.maxLength !== undefined ? base.filter(fits) : base;
    }
    const f = s.format !== undefined ? formatArbitrary(s.format) : undefined;
    if (f) return f;
    return textArbitrary({ minLength: s.minLength, maxLength: s.maxLength, big: opts.bigStrings ?? true });
  };

  const byType = (t: JsonType, node: CNode, tweak: Tweak | undefined, depth: number): fc.Arbitrary<unknown> => {
    const c = constraintsOf(node);
    switch (t) {
      case 'null':
        return fc.constant(null);
      case 'boolean':
        return fc.boolean();
      case 'integer':
        return integerArbitrary(c.number);
      case 'number':
        return numberArbitrary(c.number);
      case 'string':
        return stringArb(node);
      case 'array': {
        const a = c.array;
        const item = a.items ? b.valid(a.items, undefined, next(a.items, depth)) : anyJsonArbitrary(1);
        const max = depth > maxRec ? a.minItems : Math.min(a.maxItems ?? Infinity, a.minItems + 5);
        return fc.array(item, { minLength: a.minItems, maxLength: max });
      }
      case 'object':
        return objectArbitrary(spec(node, tweak, depth));
    }
  };

  /** The object shape of a node: declared properties, required undeclared ones, and extra entries. */
  const spec = (node: CNode, tweak: Tweak | undefined, depth: number): ObjectSpec => {
    const o = constraintsOf(node).object;
    const omit = tweak?.omit;
    const reserve = tweak?.reserve ?? 0;
    const deep = depth > maxRec;
    const required = o.required.filter((p) => p !== omit);
    const declared = new Set([...o.properties.map(([k]) => k), ...o.required]);
    const additional = o.additional;
    const extraValue = () => (additional ? b.valid(additional, undefined, next(additional, depth)) : anyJsonArbitrary(2));
    const props: PropSpec[] = o.properties
      .filter(([k, child]) => k !== omit && !(child.never && !required.includes(k)) && (!deep || required.includes(k)))
      .map(([k, child]) => ({ key: k, arbitrary: b.valid(child, undefined, next(child, depth)), required: required.includes(k) }));
    const undeclared = required.filter((p) => !o.properties.some(([k]) => k === p));
    if (undeclared.length > 0 && additional === false)
      throw new Error(`generators: ${node.location} requires undeclared properties but forbids additional ones`);
    for (const p of undeclared) props.push({ key: p, arbitrary: extraValue(), required: true });
    let extras: fc.Arbitrary<[string, unknown][]> | undefined;
    if (additional !== false && !deep) {
      const maxExtra = o.maxProperties !== undefined ? Math.max(0, o.maxProperties - reserve - required.length) : Infinity;
      const minExtra = Math.max(0, o.minProperties - required.length);
      // Unknown extras (no additionalProperties schema) are mostly few; declared maps get 0..4 entries.
      const small: SizeBand[] = additional
        ? [{ weight: 1, min: minExtra, max: Math.min(maxExtra, minExtra + 4) }]
        : [
            { weight: 3, min: minExtra, max: Math.min(maxExtra, minExtra) },
            { weight: 2, min: minExtra, max: Math.min(maxExtra, minExtra + 3) },
          ];
      const sizes = (opts.bigMaps ?? true) ? withBigBands(small, minExtra, maxExtra) : small;
      extras = mapArbitrary({ key: mapKeyArbitrary, fresh: (k) => freshKey(k, declared), value: extraValue(), sizes });
    }
    const maxProperties = o.maxProperties !== undefined ? o.maxProperties - reserve : Infinity;
    return { props, extras, maxProperties };
  };

  const b: ValidBuilder = {
    valid(node, tweak, depth = 0) {
      const cached = tweak ? undefined : memo.get(node)?.get(depth);
      if (cached) return cached;
      if (node.never) throw new Error(`generators: no value is valid at ${node.location} (false schema)`);
      const c = constraintsOf(node);
      let arb: fc.Arbitrary<unknown>;
      if (tweak) return objectArbitrary(spec(node, tweak, depth)); // tweaks only make sense for objects
      if (unconstrained(node)) arb = anyJsonArbitrary(2);
      else if (c.choices) {
        const ok = c.choices.filter((v) => typeAllowed(jsonTypeOf(v), c.types));
        if (ok.length === 0) throw new Error(`generators: enum/const at ${node.location} allows no value of the allowed types`);
        // Objects and arrays are copied per value (callers may mutate them); primitives need no copy.
        arb = ok.every((v) => v === null || typeof v !== 'object') ? fc.constantFrom(...ok) : fc.constantFrom(...ok).map(cloneJson);
      } else {
        let types = c.types ? [...c.types] : [...jsonTypes];
        if (types.includes('number')) types = types.filter((t) => t !== 'integer');
        const branches = types.map((t) => byType(t, node, tweak, depth));
        arb = pick(evenly(...branches));
      }
      if (!tweak) {
        if (!memo.has(node)) memo.set(node, new Map());
        memo.get(node)!.set(depth, arb);
      }
      return arb;
    },
    entries(node, tweak, depth = 0) {
      return entriesArbitrary(spec(node, tweak, depth));
    },
  };
  return b;
}

/**
 * A fast-check arbitrary of values valid for `doc` (a JSON Schema 2020-12 document), built by construction.
 * @example fc.assert(fc.property(validArbitrary(schema), (v) => myValidator(v) === true));
 */
export function validArbitrary(doc: object, opts: ValidOptions = {}): fc.Arbitrary<unknown> {
  const canonical = canonicalize(doc);
  return validBuilder(canonical, opts).valid(canonical.root);
}
