/**
 * Labelled invalid fixtures from realistic valid ones: one mutation operator of the shared vocabulary applied at one
 * location of the value, labelled as ajv reports it and kept only when the oracle fails with exactly that label.
 */

import { cloneJson, setOwn } from '../../src/core/json.js';
import type { Violation } from '../../src/core/types.js';
import type { Oracle } from '../../src/schema/oracle.js';
import { violationOf } from '../build/invalid.js';
import type { CNode } from '../schema/canonical.js';
import { mutationsOf } from '../vocab/index.js';
import type { Kit } from '../vocab/types.js';
import type { Rng } from './overlay.js';

/** A mutated instance with its oracle-confirmed label and the operator that produced it. */
export interface FakerMutation {
  instance: unknown;
  violation: Violation;
  operator: string;
}

/** A place in the value and the schema node that governs it. */
interface Spot {
  path: (string | number)[];
  node: CNode;
}

/** Every place of `value` with the node that governs it (declared properties, map entries, array items). */
function spotsOf(node: CNode, value: unknown, path: (string | number)[], out: Spot[]): Spot[] {
  out.push({ path, node });
  if (Array.isArray(value)) {
    const items = node.items;
    if (items)
      value.forEach((x, i) => {
        spotsOf(items, x, [...path, i], out);
      });
  } else if (value !== null && typeof value === 'object') {
    for (const [k, x] of Object.entries(value)) {
      const child = node.properties.find(([p]) => p === k)?.[1] ?? node.additionalProperties;
      if (child) spotsOf(child, x, [...path, k], out);
    }
  }
  return out;
}

/** `root` with `leaf` put at `path` (own properties, so `__proto__` keys stay data). */
function placeAt(root: unknown, path: readonly (string | number)[], leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  let parent = root as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (Array.isArray(parent)) parent[last as number] = leaf;
  else setOwn(parent as Record<string, unknown>, String(last), leaf);
  return root;
}

/**
 * Applies one vocabulary mutation at one location of a copy of `valid` (the root included, deep spots preferred half
 * of the time); returns the first attempt the oracle rejects with exactly its label, or `undefined` after `tries`.
 */
export function mutateOnce(valid: unknown, root: CNode, kit: Kit, oracle: Oracle, rng: Rng, tries = 12): FakerMutation | undefined {
  const spots = spotsOf(root, valid, [], []).filter((s) => mutationsOf(s.node).length > 0);
  if (spots.length === 0) return undefined;
  const deep = spots.filter((s) => s.path.length > 1);
  for (let t = 0; t < tries; t++) {
    const spot = deep.length > 0 && rng.next() < 0.5 ? rng.pick(deep) : rng.pick(spots);
    const mutation = rng.pick(mutationsOf(spot.node));
    const leaf = mutation.arbitrary(kit).generate(rng.random, undefined).value;
    const instance = placeAt(cloneJson(valid), spot.path, leaf);
    const violation = violationOf(spot.node, mutation, spot.path);
    if (oracle.failsExactlyWith(instance, violation)) return { instance, violation, operator: `${mutation.operator}@${violation.instancePath || '/'}` };
  }
  return undefined;
}
