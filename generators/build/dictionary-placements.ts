/** What one dictionary entry puts at one slot: values, raw numbers, enum near misses, or a key with values under it. */
import { cloneJson } from '../../src/core/json.js';
import { constraintsOf, unconstrained } from '../vocab/index.js';
import type { ResolvedEntry } from './dictionary-entries.js';
import { nearMiss } from './dictionary-near.js';
import type { Slot } from './dictionary-slots.js';
import { exampleOf } from './example.js';

/** What a placement must be: `valid`, `invalid`, or left to the oracle. */
export type Expect = 'valid' | 'invalid' | 'oracle';

/** One value to place at a slot (under `key` when the entry is a key). */
export interface Placement {
  leaf: unknown;
  /** Exact JSON text that replaces the {@link RAW} marker in the instance's text. */
  raw?: string;
  key?: string;
  expect: Expect;
  /** How the label names it: `"{}"`, `key "\n" = 1`. */
  what: string;
  /** Alternatives: the first one the oracle confirms is kept, the others are skipped silently. */
  firstOf?: string;
}

/** A private-use marker standing in for a raw JSON number until the text is built. */
export const RAW = '\uf8ffparagon-raw-json\uf8ff';
/** Wrong values tried, in order, under a dictionary key in a map whose values are constrained (first one the oracle rejects). */
const wrongUnderKey: readonly unknown[] = [1, 'x', true, [1], { x: 1 }, null];

const show = (v: unknown): string => JSON.stringify(v) ?? String(v);

/** What one entry puts at one slot (nothing for a key the object declares: that is not a chosen key). */
export function placementsOf(r: ResolvedEntry, slot: Slot): Placement[] {
  const e = r.entry;
  const expect: Expect = e.expect ?? 'oracle';
  if (r.form === 'value') return [{ leaf: cloneJson(e.value), expect, what: show(e.value) }];
  if (r.form === 'json') return [{ leaf: RAW, raw: e.json!, expect, what: e.json! }];
  if (r.form === 'near') {
    const choices = constraintsOf(slot.node!).choices ?? [];
    return choices
      .filter((s): s is string => typeof s === 'string')
      .map((s) => nearMiss(s, e.near!))
      .filter((v, i, all) => !choices.includes(v) && all.indexOf(v) === i)
      .map((v) => ({ leaf: v, expect, what: show(v) }));
  }
  const key = e.key!;
  const parent = slot.steps.at(-1)!.parent;
  const o = constraintsOf(parent).object;
  if (o.properties.some(([k]) => k === key) || o.required.includes(key)) return []; // a declared property is not a chosen key
  const at = (leaf: unknown, x: Expect, what: string): Placement => ({ leaf, key, expect: x, what: `key ${show(key)}${what}` });
  const out = [at(slot.node ? exampleOf(slot.node) : 'v', 'valid', '')];
  if (slot.node && !unconstrained(slot.node)) out.push(...wrongUnderKey.map((w) => ({ ...at(cloneJson(w), 'invalid', ` = ${show(w)}`), firstOf: 'wrong' })));
  for (const u of e.under ?? []) out.push(at(cloneJson(u), expect, ` = ${show(u)}`));
  return out;
}
