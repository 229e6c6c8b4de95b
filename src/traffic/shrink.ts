/**
 * Turns the offending body of a finding into a minimal, de-identified fixture that still shows the same violation:
 * first cut down to the path of the violation, then greedy shrinking (`generators/source/shrink.ts`: entries dropped,
 * strings shortened, keys renamed to `a`), accepting only candidates with the same fingerprint. Enum values are kept:
 * they are the finding.
 */
import { greedy, jsonShrinks } from '../../generators/source/shrink.js';
import { isObject, jsonEqual, objectFrom } from '../core/json.js';
import { pointerTokens } from '../core/pointer.js';
import type { Violation } from '../core/types.js';
import { typedPath } from '../findings/locate.js';
import { valueAt } from '../findings/variants.js';
import type { Oracle } from '../schema/oracle.js';

/** Candidates tried per fixture at most. */
const MAX_TRIES = 400;

/** A fixture: the minimal instance and the violation the oracle reports for it. */
export interface Fixture {
  instance: unknown;
  violation: Violation;
  shrinkSteps: number;
}

/** Only the values along `tokens`: every object on the way keeps one key, arrays keep the one item (as index 0). */
function pruneToPath(value: unknown, tokens: readonly string[]): unknown {
  if (tokens.length === 0) return value;
  const [head, ...rest] = tokens as [string, ...string[]];
  if (Array.isArray(value)) return [pruneToPath(value[Number(head)], rest)];
  if (isObject(value) && Object.hasOwn(value, head)) return objectFrom([[head, pruneToPath(value[head], rest)]]);
  return value;
}

/**
 * Shrinks `instance` (which the oracle rejects with `violation`) while `same(candidate violation, candidate)` holds.
 * `same` decides what "the same violation" means (the caller compares fingerprints). Returns undefined when the oracle
 * does not confirm the violation on the instance.
 */
export async function shrinkFixture(
  instance: unknown,
  violation: Violation,
  oracle: Oracle,
  same: (v: Violation, value: unknown) => boolean,
): Promise<Fixture | undefined> {
  const keepLeaf = violation.keyword === 'enum' || violation.keyword === 'const';
  const leaf = valueAt(instance, typedPath(instance, pointerTokens(violation.instancePath)));
  const match = (value: unknown): Violation | undefined => {
    const { errors } = oracle.check(value);
    return errors.find(
      (e) =>
        e.keyword === violation.keyword &&
        e.schemaPath === violation.schemaPath &&
        (!keepLeaf || jsonEqual(valueAt(value, typedPath(value, pointerTokens(e.instancePath))), leaf)) &&
        same(e, value),
    );
  };
  if (!match(instance)) return undefined;
  const pruned = pruneToPath(instance, pointerTokens(violation.instancePath));
  const start = match(pruned) ? pruned : instance;
  const { value, steps } = await greedy(start, jsonShrinks, async (c) => match(c) !== undefined, MAX_TRIES);
  const found = match(value);
  return found ? { instance: value, violation: found, shrinkSteps: steps + (start === pruned && pruned !== instance ? 1 : 0) } : undefined;
}
