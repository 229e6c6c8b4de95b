/** The edge-case phase: deterministic, labelled boundary cases (valid and single-fault invalid), oracle-confirmed. */

import { freshKey, objectFrom } from '../../src/core/json.js';
import type { Violation } from '../../src/core/types.js';
import { oracleFor } from '../../src/schema/oracle.js';
import { codePoints, stretch } from '../arb/text.js';
import { hostileKeys, hostileStrings } from '../data/strings.js';
import type { CNode } from '../schema/canonical.js';
import { canonicalize } from '../schema/canonical.js';
import type { Site } from '../schema/sites.js';
import { sitesOf } from '../schema/sites.js';
import { constraintsOf } from '../vocab/index.js';
import { show, typeAllowed } from '../vocab/util.js';
import { embed } from './embed.js';
import { exampleEntries, exampleOf } from './example.js';
import { faultsOf, kitFor, violationOf } from './invalid.js';
import { validBuilder } from './valid.js';

/** One deterministic boundary case. */
export interface EdgeCase {
  kind: 'valid' | 'invalid';
  label: string;
  instance: unknown;
  violation?: Violation;
}

/** The edge phase of a schema; `dropped` lists labels the oracle did not confirm (expected empty). */
export interface EdgeCases {
  valid: EdgeCase[];
  invalid: EdgeCase[];
  dropped: string[];
}

const unknownSample = (): unknown => objectFrom([['nested', [1, 'x', objectFrom([['__proto__', null]])]]]);
const longText = (min: number, max: number) => stretch('aé😀e\u0301 日', Math.min(max, Math.max(min, 1200)));
/** Long map keys (sizes in code points): just over the common 255 limit, and past 1,000 with non-ASCII characters. */
const longKeys: readonly [string, string][] = [
  ['256-char', stretch('key-', 256)],
  ['1,024-char', stretch('kéy-😀/~', 1024)],
];
/** Entries of the crowded map holding a fault in the edge phase. */
const CROWD = 300;

/** Valid boundary instances at one site. */
function validAt(site: Site): [string, unknown][] {
  const { node, steps } = site;
  const c = constraintsOf(node);
  const at = (leaf: unknown) => embed(steps, leaf).value;
  const out: [string, unknown][] = [];
  if (steps.length > 0) out.push([`reach ${node.location}`, at(exampleOf(node))]);
  if (c.choices) {
    for (const v of c.choices.slice(1)) out.push([`value ${show(v)} at ${node.location}`, at(v)]);
    return out;
  }
  const s = c.string;
  if (typeAllowed('string', c.types) && c.types && s.pattern === undefined && s.format === undefined) {
    const max = s.maxLength ?? Infinity;
    if (max >= 1000) out.push([`long string at ${node.location}`, at(longText(s.minLength, max))]);
    for (const h of hostileStrings) if (codePoints(h) >= s.minLength && codePoints(h) <= max) out.push([`string ${show(h)} at ${node.location}`, at(h)]);
  }
  if (c.types?.has('object') && c.object.additional !== false) {
    const declared = new Set([...c.object.properties.map(([k]) => k), ...c.object.required]);
    const base = exampleEntries(node);
    const extra = c.object.additional;
    const value = (i: number) => (extra ? exampleOf(extra) : [null, i, `v${i}`, [i], unknownSample()][i % 5]);
    const roomFor = (c.object.maxProperties ?? Infinity) - base.length;
    for (const n of [60, 1000]) {
      if (roomFor < n) continue;
      const many = Array.from({ length: n }, (_, i): [string, unknown] => [freshKey(`k${i}`, declared), value(i)]);
      out.push([`${n === 1000 ? '1,000' : n}-entry map at ${node.location}`, at(objectFrom([...base, ...many]))]);
    }
    if (roomFor >= 1) {
      for (const [name, k] of longKeys) {
        if (declared.has(k)) continue;
        out.push([`${name} key in ${node.location}`, at(objectFrom([...base, [k, extra ? exampleOf(extra) : unknownSample()]]))]);
      }
      for (const k of hostileKeys) {
        if (declared.has(k)) continue;
        out.push([`key ${show(k)} in ${node.location}`, at(objectFrom([...base.filter(([x]) => x !== k), [k, extra ? exampleOf(extra) : unknownSample()]]))]);
      }
    }
  }
  return out;
}

/**
 * Builds (and oracle-confirms) the edge cases of a schema document: the minimal instance, each location reached alone,
 * every enum value, 60- and 1,000-entry maps, long (256, 1,024) and hostile keys in every map, long and hostile strings,
 * every mutation operator (once per map also late in a crowded map and under a long key).
 * @example for (const c of edgeCases(schema).invalid) console.log(c.label, c.violation);
 */
export function edgeCases(doc: object): EdgeCases {
  const canonical = canonicalize(doc);
  const oracle = oracleFor(doc);
  const kit = kitFor(validBuilder(canonical));
  const dropped: string[] = [];
  const valid: EdgeCase[] = [{ kind: 'valid', label: 'minimal instance', instance: exampleOf(canonical.root) }];
  for (const site of sitesOf(canonical)) for (const [label, instance] of validAt(site)) valid.push({ kind: 'valid', label, instance });
  const invalid: EdgeCase[] = [];
  const crowded = new Set<CNode>();
  for (const { site, mutation } of faultsOf(canonical)) {
    const leaf = () => mutation.example(kit);
    const name = `${mutation.operator} @ ${site.node.location}`;
    const variants: [string, ReturnType<typeof embed>][] = [[name, embed(site.steps, leaf())]];
    const entry = site.steps.some((s) => s.kind === 'entry');
    if (entry) variants.push([`${name} (among entries, key "__proto__")`, embed(site.steps, leaf(), { key: '__proto__', among: true })]);
    // Once per map (the first fault right inside it): the fault late in a crowded map, and under a long key.
    const last = site.steps.at(-1);
    if (last && last.kind !== 'item' && constraintsOf(last.parent).object.additional !== false && !crowded.has(last.parent)) {
      crowded.add(last.parent);
      variants.push([`${name} (late entry of a ${CROWD}-entry map)`, embed(site.steps, leaf(), { crowd: CROWD })]);
      const [longName, longKey] = longKeys[1]!;
      if (entry) variants.push([`${name} (under a ${longName} key)`, embed(site.steps, leaf(), { key: longKey })]);
    }
    for (const [label, e] of variants) invalid.push({ kind: 'invalid', label, instance: e.value, violation: violationOf(site.node, mutation, e.path) });
  }
  const confirmed = <T extends EdgeCase>(list: T[], holds: (c: T) => boolean): T[] =>
    list.filter((c) => {
      if (holds(c)) return true;
      dropped.push(c.label);
      return false;
    });
  const keepValid = confirmed(valid, (c) => oracle.isValid(c.instance));
  const keepInvalid = confirmed(invalid, (c) => oracle.failsExactlyWith(c.instance, c.violation!));
  return { valid: keepValid, invalid: keepInvalid, dropped };
}
