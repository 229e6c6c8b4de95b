/** Public surface of the schema-derived generators (SPEC §2): valid/invalid arbitraries, edge cases and the case source. */
import type fc from 'fast-check';
import { loadSchema } from '../src/schema/load.js';
import { invalidArbitrary } from './invalid.js';
import type { InvalidOptions, InvalidValue } from './invalid.js';
import { validArbitrary } from './valid.js';
import type { ValidOptions } from './valid.js';

export { caseSource } from './source.js';
export type { SourceOptions } from './source.js';

export { validArbitrary } from './valid.js';
export type { ValidOptions } from './valid.js';

export { invalidArbitrary } from './invalid.js';
export type { InvalidOptions, InvalidValue } from './invalid.js';

export { edgeCases } from './edge.js';
export type { EdgeCase, EdgeCases } from './edge.js';

export { canonicalize } from './canonical.js';
export type { Canonical, CNode } from './canonical.js';

export { schemaLocations } from './canonical.js';

export { violationLocation } from './pointer.js';

export type { CaseSource, GeneratedCase, Shard } from './types.js';

/**
 * Valid Connected Users (the embedded schema).
 * @example fc.assert(fc.property(validUser(), (u) => myValidate(u) === true));
 */
export function validUser(opts?: ValidOptions): fc.Arbitrary<unknown> {
  return validArbitrary(loadSchema().document, opts);
}

/**
 * Invalid Connected Users with their exact violation.
 * @example fc.assert(fc.property(invalidUser(), ({ instance, violation }) => myValidate(instance) === false));
 */
export function invalidUser(opts?: InvalidOptions): fc.Arbitrary<InvalidValue> {
  return invalidArbitrary(loadSchema().document, opts);
}
