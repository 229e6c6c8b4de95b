/** The hostile dictionary phase (SPEC §10): every entry at every applicable location, labelled and oracle-confirmed. */
import { escapeInvisible } from '../../src/core/escape.js';
import { cloneJson } from '../../src/core/json.js';
import { instancePointer } from '../../src/core/pointer.js';
import type { DictionarySummary, Violation } from '../../src/core/types.js';
import type { Oracle } from '../../src/schema/oracle.js';
import { oracleFor } from '../../src/schema/oracle.js';
import type { DictionaryEntry } from '../data/dictionary.js';
import { builtInDictionary } from '../data/dictionary.js';
import { canonicalize } from '../schema/canonical.js';
import { constraintsOf, unconstrained } from '../vocab/index.js';
import { type ResolvedEntry, resolveEntries } from './dictionary-entries.js';
import { nearMiss } from './dictionary-near.js';
import type { Slot } from './dictionary-slots.js';
import { slotsOf } from './dictionary-slots.js';
import { summarize } from './dictionary-summary.js';
import { embed } from './embed.js';
import { exampleOf } from './example.js';

/** One dictionary case: JSON text (numbers given as `json` keep their exact text) and, when invalid, its label. */
export interface DictionaryCase {
  kind: 'valid' | 'invalid';
  label: string;
  json: string;
  violation?: Violation;
  /** The entry's class (`nul`, `__proto__`, `enum-near-miss` …). */
  class: string;
  /** The slot's pattern (`""` root, `/meta/*` …). */
  location: string;
  /** `built-in` or `config`, and the entry's 0-based index there. */
  origin: ResolvedEntry['origin'];
  entry: number;
}

/** The phase for one schema: cases, the labels of dropped placements, and the report's summary. */
export interface DictionaryCases {
  valid: DictionaryCase[];
  invalid: DictionaryCase[];
  dropped: string[];
  summary: DictionarySummary;
}

type Expect = 'valid' | 'invalid' | 'oracle';
interface Placement {
  leaf: unknown;
  raw?: string;
  key?: string;
  expect: Expect;
  what: string;
  /** Alternatives: the first one the oracle confirms is kept, the others are skipped silently. */
  firstOf?: string;
}

/** A private-use marker standing in for a raw JSON number until the text is built. */
const RAW = '\uf8ffparagon-raw-json\uf8ff';
/** Wrong values tried, in order, under a dictionary key in a map whose values are constrained (first one the oracle rejects). */
const wrongUnderKey: readonly unknown[] = [1, 'x', true, [1], { x: 1 }, null];

const show = (v: unknown): string => JSON.stringify(v) ?? String(v);

/** What one entry puts at one slot. */
function placementsOf(r: ResolvedEntry, slot: Slot): Placement[] {
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

/** Single-spot verdict of the oracle for a placement at `at`; a string says why the placement is dropped. */
function judge(oracle: Oracle, instance: unknown, at: string, expect: Expect): { violation?: Violation } | string {
  const { valid, errors } = oracle.check(instance);
  if (valid) return expect === 'invalid' ? 'marked invalid, but the oracle accepts it' : {};
  const first = errors[0]!;
  if (!errors.every((x) => x.instancePath === first.instancePath) || !(first.instancePath === at || first.instancePath.startsWith(`${at}/`)))
    return `the oracle reports errors elsewhere (${errors.map((x) => `${x.keyword} at ${x.instancePath || '/'}`).join(', ')})`;
  if (expect === 'valid') return `marked valid, but the oracle reports ${first.keyword} at ${first.instancePath || '/'}`;
  return { violation: { instancePath: first.instancePath, keyword: first.keyword, schemaPath: first.schemaPath } };
}

/** Builds the phase (uncached). */
function build(doc: object, extension: readonly DictionaryEntry[]): DictionaryCases {
  const canonical = canonicalize(doc);
  const oracle = oracleFor(doc);
  const slots = slotsOf(canonical);
  const resolved = [...resolveEntries(slots, builtInDictionary, 'built-in'), ...resolveEntries(slots, extension, 'config')];
  const out: DictionaryCases = { valid: [], invalid: [], dropped: [], summary: undefined as unknown as DictionarySummary };
  const seen = new Set<string>();
  for (const r of resolved) {
    const cls = r.entry.class ?? (r.origin === 'config' ? 'config' : 'unclassified');
    for (const slot of r.slots) {
      const done = new Set<string>();
      for (const p of placementsOf(r, slot)) {
        if (p.firstOf !== undefined && done.has(p.firstOf)) continue;
        const placed = embed(slot.steps, p.leaf, p.key === undefined ? {} : { innerKey: p.key });
        const text = JSON.stringify(placed.value);
        const json = p.raw === undefined ? text : text.replace(JSON.stringify(RAW), p.raw);
        const label = escapeInvisible(`${cls} ${p.what} at ${slot.pattern === '' ? '(root)' : slot.pattern}`);
        const verdict = judge(oracle, JSON.parse(json), instancePointer(placed.path), p.expect);
        if (typeof verdict === 'string') {
          if (p.firstOf === undefined) out.dropped.push(`${label}: ${verdict}`);
          continue;
        }
        if (p.firstOf !== undefined) done.add(p.firstOf);
        const kind = verdict.violation ? 'invalid' : 'valid';
        if (seen.has(`${kind}${json}`)) continue;
        seen.add(`${kind}${json}`);
        const c: DictionaryCase = { kind, label, json, class: cls, location: slot.pattern, origin: r.origin, entry: r.index };
        if (verdict.violation) c.violation = verdict.violation;
        out[kind].push(c);
      }
    }
  }
  out.summary = summarize(out.valid, out.invalid, out.dropped);
  return out;
}

const memo = new WeakMap<object, Map<string, DictionaryCases>>();

/**
 * The hostile dictionary for a schema document: the built-in entries (generators/data/dictionary.json) and the user's
 * `extension`, each placed at every location it applies to. Valid placements feed the accepting and round-trip checks;
 * invalid ones carry the single violation the oracle reports at the placed spot. Placements that contradict their
 * entry's `expect` (or fail elsewhere) are dropped and listed. Deterministic and independent of any seed; cached per
 * (document, extension). A malformed config entry is a UsageError naming it.
 * @example for (const c of dictionaryCases(schema).invalid) console.log(c.label, c.violation);
 */
export function dictionaryCases(doc: object, extension: readonly DictionaryEntry[] = []): DictionaryCases {
  const key = JSON.stringify(extension);
  const byExt = memo.get(doc) ?? new Map<string, DictionaryCases>();
  memo.set(doc, byExt);
  const hit = byExt.get(key) ?? build(doc, extension);
  byExt.set(key, hit);
  return hit;
}
