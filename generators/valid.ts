/** Valid values by construction: a walker over the canonical graph folding the vocabulary into fast-check arbitraries. */
import fc from 'fast-check';
import { canonicalize } from './canonical.js';
import type { Canonical, CNode } from './canonical.js';
import { numberArbitrary, integerArbitrary } from './arb/number.js';
import { textArbitrary, codePoints } from './arb/text.js';
import { anyJsonArbitrary, cloneJson, keyArbitrary, objectFrom } from './json.js';
import { freshKey } from './keys.js';
import { constraintsOf, unconstrained } from './vocab/index.js';
import { formatArbitraries } from './vocab/format.js';
import { patternRegExp } from './vocab/pattern.js';
import { jsonTypes } from './vocab/types.js';
import type { JsonType, Tweak } from './vocab/types.js';
import { jsonTypeOf, typeAllowed } from './vocab/util.js';
import { cyclicNodes } from './cycles.js';

/** Options of {@link validArbitrary}. */
export interface ValidOptions {
  /** Sometimes build maps with 50+ entries (default true). */
  bigMaps?: boolean;
  /** Sometimes build 1,000+ code point strings (default true). */
  bigStrings?: boolean;
  /** How many times a recursive (`$ref` cycle) node may nest before only required parts are built (default 3). */
  maxRecursion?: number;
}

/** Builds valid arbitraries for the nodes of one canonical schema (memoised per node). */
export interface ValidBuilder {
  valid(node: CNode, tweak?: Tweak, depth?: number): fc.Arbitrary<unknown>;
  entries(node: CNode, tweak?: Tweak, depth?: number): fc.Arbitrary<[string, unknown][]>;
}

const ABSENT = Symbol('absent');

/** Creates the builder behind {@link validArbitrary} (also the mutation kit's `valid`). */
export function validBuilder(canonical: Canonical, opts: ValidOptions = {}): ValidBuilder {
  const cyclic = cyclicNodes(canonical);
  const maxRec = opts.maxRecursion ?? 3;
  const memo = new Map<CNode, Map<number, fc.Arbitrary<unknown>>>();
  const next = (n: CNode, depth: number) => (cyclic.has(n) ? depth + 1 : depth);

  const stringArb = (node: CNode): fc.Arbitrary<string> => {
    const s = constraintsOf(node).string;
    const fits = (x: string) => { const n = codePoints(x); return n >= s.minLength && n <= (s.maxLength ?? Infinity); };
    if (s.pattern !== undefined) {
      const base = fc.stringMatching(patternRegExp(s.pattern));
      // Last resort: a regular language cannot be cut to a length range by construction here; lengths are rarely both given.
      return s.minLength > 0 || s.maxLength !== undefined ? base.filter(fits) : base;
    }
    const f = s.format !== undefined ? formatArbitraries[s.format] : undefined;
    if (f) return f;
    return textArbitrary({ minLength: s.minLength, maxLength: s.maxLength, big: opts.bigStrings ?? true });
  };

  const byType = (t: JsonType, node: CNode, tweak: Tweak | undefined, depth: number): fc.Arbitrary<unknown> => {
    const c = constraintsOf(node);
    switch (t) {
      case 'null': return fc.constant(null);
      case 'boolean': return fc.boolean();
      case 'integer': return integerArbitrary(c.number);
      case 'number': return numberArbitrary(c.number);
      case 'string': return stringArb(node);
      case 'array': {
        const a = c.array;
        const item = a.items ? b.valid(a.items, undefined, next(a.items, depth)) : anyJsonArbitrary(1);
        const max = depth > maxRec ? a.minItems : Math.min(a.maxItems ?? Infinity, a.minItems + 5);
        return fc.array(item, { minLength: a.minItems, maxLength: max });
      }
      case 'object': return b.entries(node, tweak, depth).map(objectFrom);
    }
  };

  const b: ValidBuilder = {
    valid(node, tweak, depth = 0) {
      const cached = tweak ? undefined : memo.get(node)?.get(depth);
      if (cached) return cached;
      if (node.never) throw new Error(`generators: no value is valid at ${node.location} (false schema)`);
      const c = constraintsOf(node);
      let arb: fc.Arbitrary<unknown>;
      if (tweak) return b.entries(node, tweak, depth).map(objectFrom); // tweaks only make sense for objects
      if (unconstrained(node)) arb = anyJsonArbitrary(2);
      else if (c.choices) {
        const ok = c.choices.filter((v) => typeAllowed(jsonTypeOf(v), c.types));
        if (ok.length === 0) throw new Error(`generators: enum/const at ${node.location} allows no value of the allowed types`);
        arb = fc.constantFrom(...ok).map(cloneJson);
      } else {
        let types = c.types ? [...c.types] : [...jsonTypes];
        if (types.includes('number')) types = types.filter((t) => t !== 'integer');
        const branches = types.map((t) => byType(t, node, tweak, depth));
        arb = branches.length === 1 ? branches[0] : fc.oneof(...branches);
      }
      if (!tweak) {
        if (!memo.has(node)) memo.set(node, new Map());
        memo.get(node)!.set(depth, arb);
      }
      return arb;
    },
    entries(node, tweak, depth = 0) {
      const o = constraintsOf(node).object;
      const omit = tweak?.omit;
      const reserve = tweak?.reserve ?? 0;
      const deep = depth > maxRec;
      const required = o.required.filter((p) => p !== omit);
      const declared = new Set([...o.properties.map(([k]) => k), ...o.required]);
      const additional = o.additional;
      const extraValue = () => (additional ? b.valid(additional, undefined, next(additional, depth)) : anyJsonArbitrary(2));
      const props = o.properties.filter(([k, child]) => k !== omit && !(child.never && !required.includes(k)) && (!deep || required.includes(k))).map(([k, child]) => {
        const v = b.valid(child, undefined, next(child, depth));
        if (required.includes(k)) return v.map((x): [string, unknown] | undefined => [k, x]);
        return fc.option(v, { nil: ABSENT, freq: 2 }).map((x): [string, unknown] | undefined => (x === ABSENT ? undefined : [k, x]));
      });
      const undeclared = required.filter((p) => !o.properties.some(([k]) => k === p));
      if (undeclared.length > 0 && additional === false) throw new Error(`generators: ${node.location} requires undeclared properties but forbids additional ones`);
      const reqs = undeclared.map((p) => extraValue().map((x): [string, unknown] => [p, x]));
      let extras: fc.Arbitrary<[string, unknown][]> = fc.constant([]);
      if (additional !== false && !deep) {
        const maxExtra = o.maxProperties !== undefined ? Math.max(0, o.maxProperties - reserve - required.length) : Infinity;
        const minExtra = Math.max(0, o.minProperties - required.length);
        const entry = fc.tuple(keyArbitrary.map((k) => freshKey(k, declared)), extraValue());
        const sized = (minLength: number, maxLength: number) => fc.uniqueArray(entry, { minLength, maxLength, selector: (e) => e[0] });
        // Unknown extras (no additionalProperties schema) are mostly few; declared maps get 0..4 entries.
        const small = additional
          ? sized(minExtra, Math.min(maxExtra, minExtra + 4))
          : fc.oneof({ weight: 3, arbitrary: sized(minExtra, Math.min(maxExtra, minExtra)) }, { weight: 2, arbitrary: sized(minExtra, Math.min(maxExtra, minExtra + 3)) });
        // Maps of 50+ entries are deliberate but rare (cost): about one map in 150.
        extras = (opts.bigMaps ?? true) && maxExtra >= 50
          ? fc.oneof({ withCrossShrink: true }, { weight: 150, arbitrary: small }, { weight: 1, arbitrary: sized(Math.max(50, minExtra), Math.min(maxExtra, 60)) })
          : small;
      }
      const max = o.maxProperties !== undefined ? o.maxProperties - reserve : Infinity;
      return fc.tuple(fc.tuple(...props), fc.tuple(...reqs), extras).map(([ps, rs, xs]) => {
        const all: [string, unknown][] = [...ps.filter((e): e is [string, unknown] => e !== undefined), ...rs, ...xs];
        for (let i = all.length - 1; all.length > max && i >= 0; i--) if (!required.includes(all[i][0])) all.splice(i, 1);
        return all;
      });
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
