/**
 * Where a failure is (SPEC §12): the schema location generalised over map keys, plus the key or value class only
 * where the concrete key or value is part of the bug. Decided by re-judging small variants of the case, so a
 * fingerprint never depends on the seed or on which random key or value happened to be drawn.
 */
import { exampleOf } from '../../generators/build/example.js';
import type { CNode } from '../../generators/index.js';
import { jsonTypeOf } from '../../generators/vocab/util.js';
import { instancePointer, pointerTokens } from '../core/pointer.js';
import type { Case } from '../core/types.js';
import type { Oracle } from '../schema/oracle.js';
import { enumMissClass, stringClass, valueClass } from './classes.js';
import { type FingerprintParts, generalizeLocation } from './fingerprint.js';
import type { Miss } from './types.js';
import { commonPrefix, leafPaths, type Path, valueAt, withKeyRenamed, withoutKey, withValueAt } from './variants.js';

/** What locating a failure needs. */
export interface LocateContext {
  check: string;
  root: CNode;
  oracle: Oracle;
  /** Judges a variant of the case; resolves to its miss, or undefined when it passes. */
  judge(c: Case): Promise<Miss | undefined>;
}

/** A plain value of each JSON type: what "any value of this type" is tested with. */
const plain: Record<string, unknown> = { string: 'x', integer: 7, number: 0.5, boolean: true, null: null, array: [], object: {} };

/** The schema node governing `path` (undefined under properties the schema does not declare). */
export function nodeAt(root: CNode, path: Path): CNode | undefined {
  let node: CNode | undefined = root;
  for (const step of path) {
    if (!node) return undefined;
    const declared: [string, CNode] | undefined = typeof step === 'string' ? node.properties.find(([k]) => k === step) : undefined;
    node = declared ? declared[1] : typeof step === 'number' && node.items ? node.items : node.additionalProperties || undefined;
  }
  return node;
}

/** The instance path of a case's failure: where the miss says, else the violation, else where its data sits. */
export function pathOf(c: Case, miss: Miss): (string | number)[] {
  if (miss.at) return [...miss.at];
  const value = JSON.parse(c.json) as unknown;
  if (c.violation) return typedPath(value, pointerTokens(c.violation.instancePath));
  return commonPrefix(leafPaths(value));
}

/** Pointer tokens with array indexes as numbers (so paths walk arrays). */
export function typedPath(value: unknown, tokens: readonly string[]): (string | number)[] {
  const out: (string | number)[] = [];
  let cur = value;
  for (const t of tokens) {
    const k = Array.isArray(cur) && /^\d+$/.test(t) ? Number(t) : t;
    out.push(k);
    cur = valueAt(cur, [k]);
  }
  return out;
}

/** True when the step at `i` is a map key or an undeclared property (a key that could be any string). */
function isFreeKey(root: CNode, path: Path, i: number): boolean {
  const step = path[i];
  if (typeof step !== 'string') return false;
  const parent = nodeAt(root, path.slice(0, i));
  return !parent?.properties.some(([k]) => k === step);
}

/** A case with `value` as its instance and, for invalid cases, the violation moved to `path`. */
function variant(c: Case, value: unknown, path: Path): Case {
  const out: Case = { ...c, json: JSON.stringify(value) };
  if (c.violation) out.violation = { ...c.violation, instancePath: instancePointer(path) };
  return out;
}

/** True when the oracle still sees the variant as the case was (valid, or invalid with exactly its label). */
function sameKind(ctx: LocateContext, v: Case): boolean {
  const value = JSON.parse(v.json) as unknown;
  return v.kind === 'valid' ? ctx.oracle.isValid(value) : v.violation !== undefined && ctx.oracle.failsExactlyWith(value, v.violation);
}

/** True when the variant still fails the same way (so what was changed does not matter to the failure). */
async function stillFails(ctx: LocateContext, v: Case, miss: Miss): Promise<boolean> {
  return sameKind(ctx, v) && (await judgedSame(ctx, v, miss));
}

/** The judge half of {@link stillFails}, for a variant whose kind the oracle has already confirmed. */
async function judgedSame(ctx: LocateContext, v: Case, miss: Miss): Promise<boolean> {
  const again = await ctx.judge(v);
  return again !== undefined && again.failureClass === miss.failureClass;
}

/** A plain key for position `i` that no sibling uses. */
function plainKey(value: unknown, path: Path, i: number): string {
  const parent = valueAt(value, path.slice(0, i));
  const taken = new Set(parent !== null && typeof parent === 'object' ? Object.keys(parent) : []);
  let k = 'k';
  for (let n = 1; taken.has(k); n++) k = `k${n}`;
  return k;
}

async function keyMatters(ctx: LocateContext, c: Case, miss: Miss, path: Path, i: number): Promise<boolean> {
  const value = JSON.parse(c.json) as unknown;
  const key = plainKey(value, path, i);
  if (key === path[i]) return false;
  const renamedPath = path.map((s, j) => (j === i ? key : s));
  return !(await stillFails(ctx, variant(c, withKeyRenamed(value, path.slice(0, i + 1), key), renamedPath), miss));
}

/** The value class to name in the fingerprint, or undefined when any value of any type fails the same way. */
async function valuePart(ctx: LocateContext, c: Case, miss: Miss, path: Path): Promise<string | undefined> {
  const value = JSON.parse(c.json) as unknown;
  const v = valueAt(value, path);
  const type = jsonTypeOf(v);
  const node = nodeAt(ctx.root, path);
  const candidates = c.kind === 'valid' ? [plain[type], node ? safeExample(node) : undefined] : [plain[type]];
  for (const p of candidates) {
    if (p === undefined || JSON.stringify(p) === JSON.stringify(v)) continue;
    const alt = variant(c, withValueAt(value, path, p), path);
    if (!sameKind(ctx, alt)) continue;
    if (!(await judgedSame(ctx, alt, miss))) return classOf(v, node, c.violation?.keyword);
    if (c.kind === 'valid') return undefined;
    // Invalid values: the exact value does not matter; does its JSON type?
    const numeric = type === 'integer' || type === 'number';
    let kind = type;
    if (numeric) {
      // Integers are numbers: when the other kind of number fails the same way, the bug is about numbers.
      const alt = variant(c, withValueAt(value, path, type === 'integer' ? plain.number : plain.integer), path);
      if (await stillFails(ctx, alt, miss)) kind = 'number';
    }
    for (const [t, other] of Object.entries(plain)) {
      if (t === type || (numeric && (t === 'integer' || t === 'number'))) continue;
      const alt2 = variant(c, withValueAt(value, path, other), path);
      if (sameKind(ctx, alt2)) return (await judgedSame(ctx, alt2, miss)) ? undefined : kind;
    }
    return kind;
  }
  // No variant could be tried: a valid value is not named (no test showed it matters); an invalid one is.
  return c.kind === 'valid' ? undefined : classOf(v, node, c.violation?.keyword);
}

/** The value class, enum-aware: a string that misses an enum is named by how it misses (case, padding, …). */
function classOf(v: unknown, node: CNode | undefined, keyword: string | undefined): string {
  const allowed = node?.keywords.get('enum');
  if (keyword === 'enum' && typeof v === 'string' && Array.isArray(allowed))
    return `string:${enumMissClass(
      v,
      allowed.filter((a): a is string => typeof a === 'string'),
    )}`;
  return valueClass(v);
}

function safeExample(node: CNode): unknown {
  try {
    return exampleOf(node);
  } catch {
    return undefined;
  }
}

/** Failure classes that say nothing about the verdict: the operation threw, or did not answer a boolean. */
const verdictFree = new Set(['threw', 'not-boolean']);

/**
 * For an invalid case that failed without judging its validity (it threw, or answered no boolean): the case with its
 * violation repaired (the violated value replaced by a valid one, or removed), when that is valid and still fails the
 * same way. The failure is then about other data in the case (a decoder refusing a noncharacter somewhere, say), not
 * about the violation, and is located as that valid case's failure would be.
 */
export async function independentOfViolation(ctx: LocateContext, c: Case, miss: Miss): Promise<Case | undefined> {
  if (c.kind !== 'invalid' || !c.violation || miss.at !== undefined || !verdictFree.has(miss.failureClass)) return undefined;
  const value = JSON.parse(c.json) as unknown;
  const path = typedPath(value, pointerTokens(c.violation.instancePath));
  if (path.length === 0) return undefined;
  const node = nodeAt(ctx.root, path);
  const example = node ? safeExample(node) : undefined;
  // Removing the violated property leaves the least data to locate; a valid value in its place keeps its key.
  const candidates = [withoutKey(value, path), example === undefined ? undefined : withValueAt(value, path, example)];
  for (const candidate of candidates) {
    if (candidate === undefined || !ctx.oracle.isValid(candidate)) continue;
    const fixed: Case = { kind: 'valid', json: JSON.stringify(candidate), phase: c.phase, index: c.index };
    if (await judgedSame(ctx, fixed, miss)) return fixed;
  }
  return undefined;
}

/**
 * True when the failing element (the value at `path`, or the key that ends it with the value under it) fails the same
 * way on its own wherever it is put: as an unknown property of the root and one level deeper. The location is then
 * not part of the bug (a decoder or encoder that mishandles the value anywhere), and a fingerprint names `**`.
 */
async function failsAnywhere(ctx: LocateContext, c: Case, miss: Miss, path: Path, asKey: boolean): Promise<boolean> {
  const value = JSON.parse(c.json) as unknown;
  // The value under its own key, or under a plain one; then that one level deeper.
  const element = { [asKey ? String(path[path.length - 1]) : 'k']: valueAt(value, path) };
  for (const at of [element, { k: element }]) {
    const placed: Case = { kind: 'valid', json: JSON.stringify(at), phase: c.phase, index: c.index };
    if (!(await stillFails(ctx, placed, miss))) return false;
  }
  return true;
}

/**
 * A repaired case without the data its failure does not need: leaves (and emptied containers) are dropped one at a
 * time while the case stays valid and fails the same way. The shrunk case kept everything on the way to its
 * violation; once the violation is repaired, that part can go too.
 */
async function pruned(ctx: LocateContext, c: Case, miss: Miss): Promise<Case> {
  let cur = c;
  for (let changed = true, rounds = 0; changed && rounds < 32; rounds++) {
    changed = false;
    const value = JSON.parse(cur.json) as unknown;
    for (const path of leafPaths(value)) {
      const smaller = withoutKey(value, path);
      if (smaller === undefined) continue;
      const candidate: Case = { ...cur, json: JSON.stringify(smaller) };
      if (await stillFails(ctx, candidate, miss)) {
        cur = candidate;
        changed = true;
        break;
      }
    }
  }
  return cur;
}

/** The fingerprint parts of a failing case (a few extra judge calls on variants of it). */
export async function locate(ctx: LocateContext, c: Case, miss: Miss): Promise<FingerprintParts> {
  const fixed = await independentOfViolation(ctx, c, miss);
  return fixed ? locateAsIs(ctx, await pruned(ctx, fixed, miss), miss) : locateAsIs(ctx, c, miss);
}

/** {@link locate} for a case whose failure `independentOfViolation` has already found to depend on its violation (or a valid case). */
export async function locateAsIs(ctx: LocateContext, c: Case, miss: Miss): Promise<FingerprintParts> {
  const path = pathOf(c, miss);
  const matters = new Map<number, boolean>();
  for (let i = 0; i < path.length; i++) if (isFreeKey(ctx.root, path, i)) matters.set(i, await keyMatters(ctx, c, miss, path, i));
  const value = miss.at === undefined || c.kind === 'valid' ? await valuePart(ctx, c, miss, path) : undefined;
  const keyword = miss.keyword ?? c.violation?.keyword;
  const lastKey = path.length > 0 && matters.get(path.length - 1) === true;
  let location = generalizeLocation(ctx.root, path, (i) => matters.get(i) === true);
  if (c.kind === 'valid' && (value !== undefined || lastKey) && (await failsAnywhere(ctx, c, miss, path, lastKey)))
    location = lastKey ? `**/{${stringClass(String(path[path.length - 1]))}}` : '**';
  return {
    check: ctx.check,
    failure: miss.failureClass,
    location,
    ...(keyword ? { keyword } : {}),
    ...(value ? { value } : {}),
  };
}

/** The location of a failing case without any variant test (all keys generalised): what shrinking must keep. */
export function coarseLocation(root: CNode, c: Case, miss: Miss): string {
  return generalizeLocation(root, pathOf(c, miss));
}
