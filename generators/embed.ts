/** Places a value at a site inside an otherwise minimal valid instance (deterministic; the edge phase's builder). */
import type { CNode } from './canonical.js';
import { exampleEntries, exampleOf } from './example.js';
import { objectFrom } from './json.js';
import { freshKey } from './keys.js';
import type { Step } from './sites.js';
import { constraintsOf } from './vocab/index.js';

/** How map entries on the way are keyed. */
export interface EmbedOptions {
  /** Key of the entry on the path in every map step (default `"a"`; made fresh if declared). */
  key?: string;
  /** Surround the entry with valid siblings (two before, one after) so it is not the first entry. */
  among?: boolean;
}

/** A value placed in an instance, and the instance path of the spot. */
export interface Embedded {
  value: unknown;
  path: (string | number)[];
}

/** Sibling entries for a map step: valid values under `k0`, `k1`, `k2`. */
function siblings(parent: CNode, declared: Set<string>): [string, unknown][] {
  const add = constraintsOf(parent).object.additional;
  return ['k0', 'k1', 'k2'].map((k) => [freshKey(k, declared), add ? exampleOf(add) : { nested: [1, 'x'] }]);
}

/** Builds the minimal instance that holds `leaf` at the end of `steps`. */
export function embed(steps: readonly Step[], leaf: unknown, opts: EmbedOptions = {}): Embedded {
  let value = leaf;
  let path: (string | number)[] = [];
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i];
    const parent = step.parent;
    if (step.kind === 'item') {
      const a = constraintsOf(parent).array;
      const fill = Array.from({ length: Math.max(0, a.minItems - 1) }, () => (a.items ? exampleOf(a.items) : null));
      value = [...fill, value];
      path = [fill.length, ...path];
      continue;
    }
    const o = constraintsOf(parent).object;
    const declared = new Set([...o.properties.map(([k]) => k), ...o.required]);
    const base = exampleEntries(parent, step.kind === 'property' ? { omit: step.key } : undefined);
    const taken = new Set(base.map(([k]) => k));
    const key = step.kind === 'property' ? step.key : freshKey(opts.key ?? 'a', declared, taken);
    const before: [string, unknown][] = [];
    const after: [string, unknown][] = [];
    if (step.kind === 'entry' && opts.among) {
      const sib = siblings(parent, new Set([...declared, ...taken, key]));
      before.push(sib[0], sib[1]);
      after.push(sib[2]);
    }
    value = objectFrom([...base.filter(([k]) => k !== key), ...before, [key, value], ...after]);
    path = [key, ...path];
  }
  return { value, path };
}
