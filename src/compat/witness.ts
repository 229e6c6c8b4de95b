/**
 * Witness search: the first candidate valid under A and invalid under B *at the change* (both oracles asked), shrunk
 * with the generators' JSON shrinker while that property holds. A witness is the only way to a "breaking" verdict.
 */
import { greedy, jsonShrinks } from '../../generators/source/shrink.js';
import type { Violation } from '../core/types.js';
import type { Oracle } from '../schema/oracle.js';
import { candidates, type Generators } from './candidates.js';
import type { ChangeSite } from './diff.js';
import { matchesPointer } from './path.js';
import type { Role, Witness } from './types.js';

/** One version for the search: its oracle and its generators. */
export interface Judge extends Generators {
  oracle: Oracle;
}

/** Candidates tried per change and role before giving up, and shrink candidates tried per witness. */
export const SEARCH_BUDGET = 600;
const SHRINK_BUDGET = 2_000;

/** True when `e` is an error of the change itself (its keyword at its place), not of something else in the instance. */
export function atChange(site: ChangeSite, e: Violation): boolean {
  if (site.kind === 'never') {
    return (
      (e.keyword === 'additionalProperties' && matchesPointer(site.tokens.slice(0, -1), e.instancePath)) ||
      (e.keyword === 'false schema' && matchesPointer(site.tokens, e.instancePath))
    );
  }
  if (site.kind === 'raw') {
    // Applicators (anyOf, prefixItems, …) report their own keyword or one of their subschemas' errors below it.
    return e.schemaPath.split('/').includes(site.change.keyword) && matchesPointer(site.tokens, e.instancePath, true);
  }
  return e.keyword === site.change.keyword && matchesPointer(site.tokens, e.instancePath);
}

/** The error B reports at the change for an instance A accepts, or undefined when it is no witness. */
function witnessError(site: ChangeSite, a: Oracle, b: Oracle, x: unknown): Violation | undefined {
  if (!a.isValid(x)) return undefined;
  const { valid, errors } = b.check(x);
  return valid ? undefined : errors.find((e) => atChange(site, e));
}

/**
 * Searches a witness that `site` breaks `role` (reader: valid under OLD, invalid under NEW; writer: the reverse).
 * @returns the shrunk witness, or undefined, and how many candidates were tried.
 */
export async function findWitness(site: ChangeSite, role: Role, old: Judge, neu: Judge): Promise<{ witness?: Witness; tried: number }> {
  const [a, b, sideA, sideB] = role === 'reader' ? [old, neu, site.old, site.new] : [neu, old, site.new, site.old];
  let tried = 0;
  for (const x of candidates(site, sideA, sideB, a, b)) {
    if (++tried > SEARCH_BUDGET) return { tried: SEARCH_BUDGET };
    if (!witnessError(site, a.oracle, b.oracle, x)) continue;
    const shrunk = await greedy(x, jsonShrinks, async (c) => witnessError(site, a.oracle, b.oracle, c) !== undefined, SHRINK_BUDGET);
    const violation = witnessError(site, a.oracle, b.oracle, shrunk.value)!;
    const [validUnder, invalidUnder] = role === 'reader' ? (['old', 'new'] as const) : (['new', 'old'] as const);
    return { witness: { instance: shrunk.value, validUnder, invalidUnder, violation, tried, shrinkSteps: shrunk.steps }, tried };
  }
  return { tried };
}
