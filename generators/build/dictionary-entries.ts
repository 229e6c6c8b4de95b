/** Checks dictionary entries and resolves the slots each one applies to; a wrong config entry is a usage error naming it. */
import { InternalError, UsageError } from '../../src/core/errors.js';
import { escapeInvisible } from '../../src/core/escape.js';
import type { DictionaryEntry, LocationKind } from '../data/dictionary.js';
import { locationKinds } from '../data/dictionary.js';
import { knownMap } from './dictionary-near.js';
import type { Slot } from './dictionary-slots.js';

/** Where an entry comes from: the built-in file or the user's config. */
export type EntryOrigin = 'built-in' | 'config';

/** An entry with the slots it applies to. */
export interface ResolvedEntry {
  entry: DictionaryEntry;
  origin: EntryOrigin;
  /** 0-based position in its list. */
  index: number;
  /** `value`, `json`, `key` or `near`. */
  form: 'value' | 'json' | 'key' | 'near';
  slots: Slot[];
}

const jsonNumber = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;
const forms = ['value', 'json', 'key', 'near'] as const;

/** A short description of an entry for messages: `key "\n" at /meta/*`. */
export function describeEntry(e: DictionaryEntry): string {
  const at = (typeof e.at === 'string' ? [e.at] : (e.at ?? [])).map((a) => (a === '' ? '"" (root)' : a)).join(', ');
  const what = Object.hasOwn(e, 'key')
    ? `key ${JSON.stringify(e.key)}`
    : Object.hasOwn(e, 'json')
      ? `json ${e.json}`
      : Object.hasOwn(e, 'near')
        ? `near ${JSON.stringify(e.near)}`
        : `value ${JSON.stringify(e.value)}`;
  return escapeInvisible(`${what} at ${at}`);
}

function problem(origin: EntryOrigin, index: number, e: DictionaryEntry, what: string): Error {
  const where = `dictionary entry ${index + 1}${origin === 'config' ? " of the config's dictionary" : ' of the built-in dictionary'} (${describeEntry(e)})`;
  return origin === 'config' ? new UsageError(`${where}: ${what}`) : new InternalError(`${where}: ${what}`);
}

const patternList = (slots: readonly Slot[]): string => slots.map((s) => (s.pattern === '' ? '"" (root)' : s.pattern)).join(', ');

/** Resolves one entry; throws (UsageError for config entries) when it is malformed or names no slot of this schema. */
function resolveOne(slots: readonly Slot[], e: DictionaryEntry, origin: EntryOrigin, index: number): ResolvedEntry {
  const fail = (what: string) => problem(origin, index, e, what);
  const present = forms.filter((f) => Object.hasOwn(e, f));
  if (present.length !== 1) throw fail(`give exactly one of value, json, key or near (found ${present.length ? present.join(', ') : 'none'})`);
  const form = present[0]!;
  if (form === 'json' && !(typeof e.json === 'string' && jsonNumber.test(e.json) && Number.isFinite(Number(e.json))))
    throw fail('json must be the text of a finite JSON number, e.g. "-0" or "9007199254740993" (use value for anything else)');
  if (form === 'key' && typeof e.key !== 'string') throw fail('key must be a string');
  if (e.under !== undefined && form !== 'key') throw fail('under goes with key entries only');
  if (form === 'near' && !knownMap(e.near?.map)) throw fail(`unknown character map "${String(e.near?.map)}"; use fullwidth, math-bold, dotted-i or a table`);
  const at = typeof e.at === 'string' ? [e.at] : Array.isArray(e.at) ? e.at : [];
  if (at.length === 0) throw fail('at must name at least one location kind or pattern');
  const picked = new Set<Slot>();
  for (const a of at) {
    const isPattern = a === '' || a.startsWith('/');
    if (!isPattern && !locationKinds.includes(a as LocationKind))
      throw fail(`"${a}" is neither a location kind (${locationKinds.join(', ')}) nor a location pattern such as /meta/*`);
    if (!isPattern && (a === 'keys') !== (form === 'key'))
      throw fail(form === 'key' ? `key entries go at keys or at patterns such as /meta/*, not at "${a}"` : '"keys" is for key entries');
    const hits = slots.filter((s) => (isPattern ? s.pattern === a : s.kinds.has(a as LocationKind)));
    if (isPattern && hits.length === 0) throw fail(`the pattern "${a}" names no location of this schema; the locations are ${patternList(slots)}`);
    for (const s of hits) {
      if (form === 'key' && !s.kinds.has('keys'))
        throw fail(`"${a}" holds no chosen key; name a map entry or undeclared property: ${patternList(slots.filter((x) => x.kinds.has('keys')))}`);
      if (form === 'near' && !s.kinds.has('enums'))
        throw fail(`"${a}" has no enum of strings; near entries go at ${patternList(slots.filter((x) => x.kinds.has('enums'))) || 'enums'}`);
      picked.add(s);
    }
  }
  return { entry: e, origin, index, form, slots: slots.filter((s) => picked.has(s)) };
}

/**
 * Resolves entries against the slots of one schema, in order; a malformed config entry is a UsageError (exit 2)
 * naming it and saying what to write instead.
 */
export function resolveEntries(slots: readonly Slot[], entries: readonly DictionaryEntry[], origin: EntryOrigin): ResolvedEntry[] {
  return entries.map((e, i) => resolveOne(slots, e, origin, i));
}
