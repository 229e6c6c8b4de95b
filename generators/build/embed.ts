/** Places a value at a site inside an otherwise minimal valid instance (deterministic; the edge phase's builder). */

import { freshKey, objectFrom } from '../../src/core/json.js';
import type { CNode } from '../schema/canonical.js';
import type { Step } from '../schema/sites.js';
import { constraintsOf } from '../vocab/index.js';
import { exampleEntries, exampleOf } from './example.js';

/** How map entries on the way are keyed. */
export interface EmbedOptions {
  /** Key of the entry on the path in every map step (default `"a"`; made fresh if declared). */
  key?: string;
  /** Surround the entry with valid siblings (two before, one after) so it is not the first entry. */
  among?: boolean;
  /** Fill the innermost object on the path with valid siblings up to this many entries, the spot 10th from the end. */
  crowd?: number;
  /** Key of the last step when it is a map entry (the dictionary's keys); the other map steps keep `key`. */
  innerKey?: string;
}

/** A value placed in an instance, and the instance path of the spot. */
export interface Embedded {
  value: unknown;
  path: (string | number)[];
}

/** `n` sibling entries for a map step: valid values under `k0`, `k1`, … (none when the object takes no extra entries). */
function siblings(parent: CNode, declared: Set<string>, n = 3): [string, unknown][] {
  const add = constraintsOf(parent).object.additional;
  if (add === false) return [];
  const out: [string, unknown][] = [];
  for (let i = 0; out.length < n; i++) {
    const k = `k${i}`;
    if (!declared.has(k)) out.push([k, add ? exampleOf(add) : { nested: [1, 'x'] }]);
  }
  return out;
}

/** Builds the minimal instance that holds `leaf` at the end of `steps`. */
export function embed(steps: readonly Step[], leaf: unknown, opts: EmbedOptions = {}): Embedded {
  let value = leaf;
  let path: (string | number)[] = [];
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i]!;
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
    const wanted = i === steps.length - 1 && opts.innerKey !== undefined ? opts.innerKey : (opts.key ?? 'a');
    const key = step.kind === 'property' ? step.key : freshKey(wanted, declared, taken);
    const before: [string, unknown][] = [];
    const after: [string, unknown][] = [];
    const innermost = !steps.slice(i + 1).some((s) => s.kind !== 'item');
    if (opts.crowd !== undefined && innermost) {
      const sib = siblings(parent, new Set([...declared, ...taken, key]), Math.max(0, opts.crowd - base.length - 1));
      const split = Math.max(0, sib.length - 9);
      before.push(...sib.slice(0, split));
      after.push(...sib.slice(split));
    } else if (step.kind === 'entry' && opts.among) {
      const sib = siblings(parent, new Set([...declared, ...taken, key]));
      before.push(...sib.slice(0, 2));
      after.push(...sib.slice(2, 3));
    }
    value = objectFrom([...base.filter(([k]) => k !== key), ...before, [key, value], ...after]);
    path = [key, ...path];
  }
  return { value, path };
}
