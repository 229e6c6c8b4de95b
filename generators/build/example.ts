/** Deterministic minimal valid values (the edge-case phase's building blocks): required parts only, lower bounds. */
import fc from 'fast-check';
import { cloneJson, freshKey, objectFrom } from '../../src/core/json.js';
import { codePoints } from '../arb/text.js';
import type { CNode } from '../schema/canonical.js';
import { formatArbitrary } from '../vocab/format.js';
import { constraintsOf } from '../vocab/index.js';
import { patternRegExp } from '../vocab/pattern.js';
import type { JsonType, Tweak } from '../vocab/types.js';
import { jsonTypeOf, typeAllowed } from '../vocab/util.js';

const MAX_DEPTH = 32;

/** The smallest number satisfying the numeric constraints (0 when allowed). */
function minimalNumber(node: CNode, integer: boolean): number {
  const n = constraintsOf(node).number;
  let lo = -Infinity;
  if (n.minimum !== undefined) lo = Math.max(lo, n.minimum);
  if (n.exclusiveMinimum !== undefined) lo = Math.max(lo, integer ? Math.floor(n.exclusiveMinimum) + 1 : n.exclusiveMinimum + 1);
  let hi = Infinity;
  if (n.maximum !== undefined) hi = Math.min(hi, n.maximum);
  if (n.exclusiveMaximum !== undefined) hi = Math.min(hi, integer ? Math.ceil(n.exclusiveMaximum) - 1 : n.exclusiveMaximum - 1);
  let v = Math.min(Math.max(0, lo), hi);
  if (integer) v = v === lo ? Math.ceil(v) : Math.floor(v);
  const m = n.multipleOf;
  if (m !== undefined) v = Math.ceil(v / m) * m;
  return v;
}

/** A deterministic string for the node (pattern/format sampled with a fixed seed). */
function minimalString(node: CNode): string {
  const s = constraintsOf(node).string;
  if (s.pattern !== undefined) {
    const samples = fc.sample(fc.stringMatching(patternRegExp(s.pattern)), { seed: 1, numRuns: 200 });
    const fits = (x: string) => codePoints(x) >= s.minLength && codePoints(x) <= (s.maxLength ?? Infinity);
    return samples.find(fits) ?? samples[0]!;
  }
  const f = s.format !== undefined ? formatArbitrary(s.format) : undefined;
  if (f) return fc.sample(f, { seed: 1, numRuns: 1 })[0]!;
  return 'a'.repeat(s.minLength);
}

/** Entries of a minimal valid object for `node`: required properties, then filler keys up to `minProperties`. */
export function exampleEntries(node: CNode, tweak?: Tweak, depth = 0): [string, unknown][] {
  const o = constraintsOf(node).object;
  const declared = new Set([...o.properties.map(([k]) => k), ...o.required]);
  const entries: [string, unknown][] = o.required
    .filter((p) => p !== tweak?.omit)
    .map((p) => {
      const child = o.properties.find(([k]) => k === p)?.[1] ?? (o.additional || undefined);
      return [p, child ? exampleOf(child, undefined, depth + 1) : null];
    });
  for (let i = 0; entries.length < o.minProperties; i++) {
    if (o.additional === false) break;
    entries.push([
      freshKey(
        `k${i}`,
        declared,
        entries.map(([k]) => k),
      ),
      o.additional ? exampleOf(o.additional, undefined, depth + 1) : null,
    ]);
  }
  return entries;
}

const memo = new WeakMap<CNode, unknown>();

/**
 * A deterministic minimal valid value for `node` (first enum value, empty/required-only object, lower bounds).
 * @example exampleOf(canonicalize(schema).root); // {} for the Connected User
 */
export function exampleOf(node: CNode, tweak?: Tweak, depth = 0): unknown {
  if (tweak || depth > 0) return computeExample(node, tweak, depth);
  if (!memo.has(node)) memo.set(node, computeExample(node, undefined, 0));
  return cloneJson(memo.get(node));
}

function computeExample(node: CNode, tweak: Tweak | undefined, depth: number): unknown {
  if (depth > MAX_DEPTH) throw new Error(`generators: ${node.location} has no finite valid value (required recursion)`);
  if (node.never) throw new Error(`generators: no value is valid at ${node.location} (false schema)`);
  const c = constraintsOf(node);
  if (tweak) return objectFrom(exampleEntries(node, tweak, depth));
  if (c.choices) {
    const ok = c.choices.filter((v) => typeAllowed(jsonTypeOf(v), c.types));
    if (ok.length === 0) throw new Error(`generators: enum/const at ${node.location} allows no value of the allowed types`);
    return cloneJson(ok[0]);
  }
  const t: JsonType = (c.types ? [...c.types][0] : undefined) ?? 'null';
  switch (t) {
    case 'null':
      return null;
    case 'boolean':
      return false;
    case 'integer':
      return minimalNumber(node, true);
    case 'number':
      return minimalNumber(node, false);
    case 'string':
      return minimalString(node);
    case 'array':
      return Array.from({ length: c.array.minItems }, () => (c.array.items ? exampleOf(c.array.items, undefined, depth + 1) : null));
    case 'object':
      return objectFrom(exampleEntries(node, tweak, depth));
  }
}
