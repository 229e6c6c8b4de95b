/** The hostile dictionary phase (SPEC §10): every entry at every applicable location, labelled and oracle-confirmed. */
import { escapeInvisible } from '../../src/core/escape.js';
import { instancePointer } from '../../src/core/pointer.js';
import type { DictionarySummary, Violation } from '../../src/core/types.js';
import type { Oracle } from '../../src/schema/oracle.js';
import { oracleFor } from '../../src/schema/oracle.js';
import type { DictionaryEntry } from '../data/dictionary.js';
import { builtInDictionary } from '../data/dictionary.js';
import { canonicalize } from '../schema/canonical.js';
import { type ResolvedEntry, resolveEntries } from './dictionary-entries.js';
import { type Expect, placementsOf, RAW } from './dictionary-placements.js';
import type { Slot } from './dictionary-slots.js';
import { slotsOf } from './dictionary-slots.js';
import { summarize } from './dictionary-summary.js';
import { embed } from './embed.js';

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

/** The confirmed cases one entry contributes at one slot, and the labels (with reasons) of the placements dropped. */
function placeAt(oracle: Oracle, r: ResolvedEntry, slot: Slot, cls: string): { cases: DictionaryCase[]; dropped: string[] } {
  const cases: DictionaryCase[] = [];
  const dropped: string[] = [];
  const done = new Set<string>();
  for (const p of placementsOf(r, slot)) {
    if (p.firstOf !== undefined && done.has(p.firstOf)) continue;
    const placed = embed(slot.steps, p.leaf, p.key === undefined ? {} : { innerKey: p.key });
    const text = JSON.stringify(placed.value);
    const json = p.raw === undefined ? text : text.replace(JSON.stringify(RAW), p.raw);
    const label = escapeInvisible(`${cls} ${p.what} at ${slot.pattern === '' ? '(root)' : slot.pattern}`);
    const verdict = judge(oracle, JSON.parse(json), instancePointer(placed.path), p.expect);
    if (typeof verdict === 'string') {
      if (p.firstOf === undefined) dropped.push(`${label}: ${verdict}`);
      continue;
    }
    if (p.firstOf !== undefined) done.add(p.firstOf);
    const c: DictionaryCase = {
      kind: verdict.violation ? 'invalid' : 'valid',
      label,
      json,
      class: cls,
      location: slot.pattern,
      origin: r.origin,
      entry: r.index,
    };
    if (verdict.violation) c.violation = verdict.violation;
    cases.push(c);
  }
  return { cases, dropped };
}

/** Builds the phase (uncached): entries in order (built-in, then config), each at its slots in document order. */
function build(doc: object, extension: readonly DictionaryEntry[]): DictionaryCases {
  const oracle = oracleFor(doc);
  const slots = slotsOf(canonicalize(doc));
  const resolved = [...resolveEntries(slots, builtInDictionary, 'built-in'), ...resolveEntries(slots, extension, 'config')];
  const valid: DictionaryCase[] = [];
  const invalid: DictionaryCase[] = [];
  const dropped: string[] = [];
  const seen = new Set<string>(); // the same instance from two entries runs once
  for (const r of resolved) {
    const cls = r.entry.class ?? (r.origin === 'config' ? 'config' : 'unclassified');
    for (const slot of r.slots) {
      const at = placeAt(oracle, r, slot, cls);
      dropped.push(...at.dropped);
      for (const c of at.cases) {
        if (seen.has(`${c.kind}${c.json}`)) continue;
        seen.add(`${c.kind}${c.json}`);
        (c.kind === 'valid' ? valid : invalid).push(c);
      }
    }
  }
  return { valid, invalid, dropped, summary: summarize(valid, invalid, dropped) };
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
