/**
 * Keyword-level diff of two canonical schemas. Nodes are paired by the instance places they govern (not by schema
 * location), so a renamed `$defs` entry, reordered keys or changed annotations give no change at all.
 */
import type { Canonical, CNode } from '../../generators/index.js';
import type { Step } from '../../generators/schema/sites.js';
import { jsonEqual } from '../core/json.js';
import { resolveRef, schemaToken } from '../core/pointer.js';
import type { PathToken } from './path.js';
import { patternText } from './path.js';
import type { Change } from './types.js';

/** One version's side of a change: its node there and the instance steps that reach it. */
export interface Side {
  node: CNode;
  steps: readonly Step[];
  /** True when this version has no schema node there (any value allowed, or none when `node.never`). */
  synthetic: boolean;
}

/** A change with what the witness search and the rules need to know about it. */
export interface ChangeSite {
  change: Change;
  tokens: readonly PathToken[];
  /** `keyword`: a validation keyword differs; `never`: one side takes no value here; `raw`: a keyword the generators do not model. */
  kind: 'keyword' | 'never' | 'raw';
  old: Side;
  new: Side;
}

/** One parsed version: the document and its canonical graph. */
export interface Version {
  doc: object;
  canonical: Canonical;
}

const keywordOrder = ['type', 'enum', 'const', 'required', 'minLength', 'maxLength', 'pattern', 'format', 'minimum', 'exclusiveMinimum'];

function synthetic(location: string, never: boolean): CNode {
  return { location, errorBase: location, keywords: new Map(), keywordLocations: new Map(), properties: [], ...(never ? { never: true } : {}) };
}

/** The node that governs the value under `key` of an object at `n`: the declared property, else additionalProperties. */
function childFor(n: CNode, key: string): { node: CNode; synthetic: boolean } {
  const declared = n.properties.find(([k]) => k === key)?.[1];
  if (declared) return { node: declared, synthetic: false };
  return otherKeys(n, `${n.location} (no schema for ${JSON.stringify(key)})`);
}

function otherKeys(n: CNode, label = `${n.location} (other keys)`): { node: CNode; synthetic: boolean } {
  if (n.additionalProperties === false) return { node: synthetic(label, true), synthetic: true };
  if (n.additionalProperties) return { node: n.additionalProperties, synthetic: false };
  return { node: synthetic(label, false), synthetic: true };
}

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);
const sameSet = (a: unknown[], b: unknown[]) => a.every((x) => b.some((y) => jsonEqual(x, y))) && b.every((y) => a.some((x) => jsonEqual(x, y)));

/** Equality of one keyword's values as validation sees them (order and duplicates of type/enum/required do not matter). */
export function sameKeyword(keyword: string, a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (keyword === 'type' || keyword === 'required' || keyword === 'enum') return sameSet(asList(a), asList(b));
  return jsonEqual(a, b);
}

const rank = (k: string) => (keywordOrder.includes(k) ? keywordOrder.indexOf(k) : keywordOrder.length);
const ordered = (keys: Iterable<string>) => [...new Set(keys)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));

/** Keywords of a node the generators do not model (from `canonical.unsupported`), with their raw values. */
function rawKeywords(v: Version, n: CNode, synth: boolean): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (synth) return out;
  for (const entry of v.canonical.unsupported) {
    const cut = entry.lastIndexOf('/');
    if (entry.slice(0, cut) !== n.location) continue;
    const k = entry.slice(cut + 1);
    out.set(k, resolveRef(v.doc, `${n.location}/${schemaToken(k)}`));
  }
  return out;
}

/**
 * Every keyword-level difference between two schema versions, in document order (OLD's properties first).
 * @example diffSchemas(oldVersion, newVersion).map((s) => s.change.id); // ['$.integrations.*.credentialStatus:enum']
 */
export function diffSchemas(oldV: Version, newV: Version): ChangeSite[] {
  const out: ChangeSite[] = [];
  const seen = new Map<CNode, Set<CNode>>();
  const walk = (o: Side, n: Side, tokens: PathToken[]) => {
    const pairs = seen.get(o.node) ?? new Set<CNode>();
    if (pairs.has(n.node)) return;
    seen.set(o.node, pairs.add(n.node));
    const at = (kind: ChangeSite['kind'], keyword: string, before: unknown, after: unknown) => {
      const change: Change = { id: `${patternText(tokens)}:${keyword}`, path: patternText(tokens), keyword };
      if (before !== undefined) change.before = before;
      if (after !== undefined) change.after = after;
      if (!o.synthetic) change.oldLocation = o.node.location;
      if (!n.synthetic) change.newLocation = n.node.location;
      out.push({ change, tokens, kind, old: o, new: n });
    };
    if (Boolean(o.node.never) !== Boolean(n.node.never)) {
      const closedByAdditional = (s: Side) => s.synthetic && s.node.never;
      at('never', closedByAdditional(o) || closedByAdditional(n) ? 'additionalProperties' : 'false schema', !o.node.never, !n.node.never);
      return;
    }
    if (o.node.never) return;
    for (const k of ordered([...o.node.keywords.keys(), ...n.node.keywords.keys()])) {
      const a = o.node.keywords.get(k);
      const b = n.node.keywords.get(k);
      if (!sameKeyword(k, a, b)) at('keyword', k, a, b);
    }
    const ra = rawKeywords(oldV, o.node, o.synthetic);
    const rb = rawKeywords(newV, n.node, n.synthetic);
    for (const k of ordered([...ra.keys(), ...rb.keys()])) if (!jsonEqual(ra.get(k), rb.get(k))) at('raw', k, ra.get(k), rb.get(k));
    const child = (oc: { node: CNode; synthetic: boolean }, nc: { node: CNode; synthetic: boolean }, os: Step, ns: Step, t: PathToken) =>
      walk({ ...oc, steps: [...o.steps, os] }, { ...nc, steps: [...n.steps, ns] }, [...tokens, t]);
    const keys = [...new Set([...o.node.properties.map(([k]) => k), ...n.node.properties.map(([k]) => k)])];
    for (const key of keys) {
      child(childFor(o.node, key), childFor(n.node, key), { kind: 'property', key, parent: o.node }, { kind: 'property', key, parent: n.node }, { key });
    }
    if (o.node.additionalProperties !== undefined || n.node.additionalProperties !== undefined) {
      child(otherKeys(o.node), otherKeys(n.node), { kind: 'entry', parent: o.node }, { kind: 'entry', parent: n.node }, { anyKey: true });
    }
    if (o.node.items || n.node.items) {
      const items = (x: CNode) => (x.items ? { node: x.items, synthetic: false } : { node: synthetic(`${x.location} (any item)`, false), synthetic: true });
      child(items(o.node), items(n.node), { kind: 'item', parent: o.node }, { kind: 'item', parent: n.node }, { anyItem: true });
    }
  };
  walk({ node: oldV.canonical.root, steps: [], synthetic: false }, { node: newV.canonical.root, steps: [], synthetic: false }, []);
  return out;
}
