/**
 * Public surface of the schema-derived generators (SPEC §2). Pure: every function takes the parsed schema document;
 * nothing here reads files. Layers, bottom up: `arb/` and `schema/` → `vocab/` → `build/` → `source/` (and `faker/`).
 */

export type { DictionaryCase, DictionaryCases } from './build/dictionary.js';
export { dictionaryCases } from './build/dictionary.js';
export type { EdgeCase, EdgeCases } from './build/edge.js';
export { edgeCases } from './build/edge.js';
export { exampleOf } from './build/example.js';
export type { InvalidOptions, InvalidValue } from './build/invalid.js';
export { invalidArbitrary } from './build/invalid.js';
export type { ValidOptions } from './build/valid.js';
export { validArbitrary } from './build/valid.js';
export type { DictionaryEntry, LocationKind, NearMiss } from './data/dictionary.js';
export { builtInDictionary } from './data/dictionary.js';
export type { FakerOptions, FakerSource } from './faker/source.js';
export { FakerEngineError, fakerSource } from './faker/source.js';
export type { Canonical, CNode } from './schema/canonical.js';

export { canonicalize, schemaLocations } from './schema/canonical.js';
export type { SourceOptions } from './source/source.js';
export { caseSource } from './source/source.js';
export type { CaseSource, GeneratedCase, Shard } from './source/types.js';
