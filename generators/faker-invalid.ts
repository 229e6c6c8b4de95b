/**
 * Labelled invalid fixtures from realistic valid ones: one single-fault mutation (wrong JSON type or near-miss
 * value at one typed location), labelled by the oracle's own error and kept only when every error sits there.
 */
import type { Violation } from '../src/core/types.js';
import type { Oracle } from '../src/schema/oracle.js';
import { resolveRef } from './faker-enrich.js';
import type { Rng } from './faker-overlay.js';

/** A mutated instance with its oracle-confirmed label and the operator that produced it. */
export interface FakerMutation {
  instance: unknown;
  violation: Violation;
  operator: string;
}

type Schema = Record<string, unknown>;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Replacement values: one of each JSON type plus near misses of booleans, enums and strings. */
const replacements: readonly (readonly [string, unknown])[] = [
  ['null', null], ['boolean', true], ['integer', 0], ['integer-1', 1], ['number', 1.5], ['string', 'x'],
  ['empty-string', ''], ['string-true', 'true'], ['string-false', 'false'], ['string-null', 'null'],
  ['numeric-string', '123'], ['array', []], ['object', {}], ['pending', 'PENDING'],
];

const enumNearMisses = (values: unknown[]): (readonly [string, unknown])[] =>
  values.filter((v): v is string => typeof v === 'string').flatMap((v) => [
    ['enum-lowercase', v.toLowerCase()] as const, ['enum-padded', ` ${v}`] as const,
  ]);

const pointer = (path: string, key: string): string => `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;

/** A place in the instance whose schema constrains the value (has `type`, `enum` or `const`). */
interface Spot {
  path: string;
  schema: Schema;
  set(v: unknown): void;
}

function spots(value: unknown, schema: unknown, root: Schema, path: string, set: (v: unknown) => void, out: Spot[]): void {
  const s = resolveRef(schema, root);
  if (!isObject(s)) return;
  if (s.type !== undefined || s.enum !== undefined || s.const !== undefined) out.push({ path, schema: s, set });
  if (isObject(value)) {
    const declared = isObject(s.properties) ? s.properties : {};
    for (const key of Object.keys(value)) {
      const sub = Object.hasOwn(declared, key) ? declared[key] : s.additionalProperties;
      const setKey = (v: unknown): void => { Object.defineProperty(value, key, { value: v, writable: true, enumerable: true, configurable: true }); };
      spots(value[key], sub, root, pointer(path, key), setKey, out);
    }
  } else if (Array.isArray(value) && isObject(s.items)) {
    value.forEach((item, i) => spots(item, s.items, root, `${path}/${i}`, (v) => { value[i] = v; }, out));
  }
}

const clone = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

/**
 * Mutates one typed location of a copy of `valid` (root included); returns the first attempt the oracle rejects
 * with all errors at that location, or `undefined` after `tries` attempts.
 */
export function mutateOnce(valid: unknown, root: Schema, oracle: Oracle, rng: Rng, tries = 12): FakerMutation | undefined {
  for (let t = 0; t < tries; t++) {
    let instance = clone(valid);
    const found: Spot[] = [];
    spots(instance, root, root, '', (v) => { instance = v; }, found);
    if (found.length === 0) return undefined;
    // Prefer deep spots (inside maps) half of the time: they are where implementations slip.
    const deep = found.filter((f) => f.path.split('/').length > 2);
    const spot = deep.length > 0 && rng.next() < 0.5 ? rng.pick(deep) : rng.pick(found);
    const options = [...replacements, ...(Array.isArray(spot.schema.enum) ? enumNearMisses(spot.schema.enum) : [])];
    const [operator, replacement] = rng.pick(options);
    spot.set(clone(replacement));
    const { valid: ok, errors } = oracle.check(instance);
    if (ok || errors.length === 0 || !errors.every((e) => e.instancePath === spot.path)) continue;
    const violation = errors.find((e) => e.keyword === 'type') ?? errors[0]!;
    return { instance, violation, operator: `${operator}@${spot.path || '/'}` };
  }
  return undefined;
}
