/** Turns generated Connected User cases into PATCH bodies (`{"meta": …}`), keeping hostile keys as own data. */
import type { GeneratedCase } from '../../../generators/source/types.js';
import { isObject } from '../../core/json.js';
import type { Case } from '../../core/types.js';
import { casesFor } from '../search.js';
import type { CheckContext } from '../types.js';

/** A PATCH body to send, the case it came from, and the counterexample to report for it. */
export interface BodyCase {
  source: GeneratedCase;
  body: string;
  counterexample: unknown;
}

/**
 * The PATCH body for a case: `{"meta": <its meta>}` (`{}` when it has none); for a case whose value is not an
 * object, the value itself (a body that is not an object). JSON.parse keeps `__proto__` as an own key.
 */
export function bodyFor(c: Case): { body: string; counterexample: unknown } {
  const value = JSON.parse(c.json) as unknown;
  if (!isObject(value)) return { body: c.json, counterexample: value };
  const patch = { meta: Object.hasOwn(value, 'meta') ? value.meta : {} };
  return { body: JSON.stringify(patch), counterexample: patch };
}

/** True when an invalid case breaks the PATCH contract: its fault is at the root or inside `meta`. */
export function isPatchFault(c: Case): boolean {
  const at = c.violation?.instancePath;
  return at === '' || at === '/meta' || (at?.startsWith('/meta/') ?? false);
}

/** The check's cases of `kind`: the replayed one alone, or the generated stream (edge cases first, sharded). */
export function casesOf(ctx: CheckContext, kind: 'valid' | 'invalid'): Iterable<GeneratedCase> {
  return casesFor(ctx, [kind]);
}

/** How many items `items` yields. */
export function countOf(items: Iterable<unknown>): number {
  if (Array.isArray(items)) return items.length;
  let n = 0;
  for (const _ of items) n++;
  return n;
}
