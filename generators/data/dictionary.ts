/** The hostile dictionary's data (dictionary.json, SPEC §10) with its types: values and keys that break real implementations. */
import { createRequire } from 'node:module';
import type data from './dictionary.json';

/** Where an entry applies: a location kind derived from the schema, or a location pattern such as `/meta/*`. */
export type LocationKind = 'values' | 'strings' | 'objects' | 'non-objects' | 'unknown' | 'enums' | 'keys';

/** Every location kind, in the order the documentation lists them. */
export const locationKinds: readonly LocationKind[] = ['values', 'strings', 'objects', 'non-objects', 'unknown', 'enums', 'keys'];

/** A near miss of each string in an enum: affixes, a case change or a character map (named or given as a table). */
export interface NearMiss {
  prefix?: string;
  suffix?: string;
  case?: 'lower' | 'upper' | 'title';
  map?: 'fullwidth' | 'math-bold' | 'dotted-i' | Readonly<Record<string, string>>;
}

/** One dictionary entry: exactly one of `value`, `json` (raw JSON number text), `key` or `near`. */
export interface DictionaryEntry {
  /** What the value or key is (the class `src/findings/classes.ts` gives it; `enum-near-miss` for `near`). */
  class?: string;
  /** A JSON value placed at each location. */
  value?: unknown;
  /** A JSON number sent as this exact text (`-0`, `9007199254740993`): JavaScript numbers cannot hold it. */
  json?: string;
  /** An object key placed in each object that takes undeclared keys, with valid and invalid values under it. */
  key?: string;
  /** Extra values put under `key` (validity left to the oracle). */
  under?: readonly unknown[];
  /** A transformation of every string of an enum. */
  near?: NearMiss;
  /** Location kinds and/or patterns (`""` is the root, `*` any undeclared key or map entry). */
  at: string | readonly string[];
  /** `valid` or `invalid`: each placement must be so, or it is dropped and counted; `oracle` (default): the oracle decides. */
  expect?: 'valid' | 'invalid' | 'oracle';
  /** Which kind of implementation the entry breaks. */
  why?: string;
}

/** The built-in dictionary, in file order. */
// Loaded with Node's own JSON parser: the file spells lone surrogates as JSON escapes, which bundlers' JSON loaders
// (Vite's among them) refuse. The type-only import keeps the file in the compiled output.
export const builtInDictionary: readonly DictionaryEntry[] = (
  createRequire(import.meta.url)('./dictionary.json') as typeof data as { entries: DictionaryEntry[] }
).entries;
