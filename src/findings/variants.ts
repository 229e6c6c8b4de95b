/** Small, pure edits of a JSON value along a path: the variants that tell whether a key or a value matters to a failure. */
import { isObject, setOwn } from '../core/json.js';

/** A path into a JSON value: object keys and array indexes. */
export type Path = readonly (string | number)[];

/** The value at `path`, or undefined when the path does not exist. */
export function valueAt(root: unknown, path: Path): unknown {
  let cur = root;
  for (const k of path) {
    if (Array.isArray(cur) && typeof k === 'number') cur = cur[k];
    else if (isObject(cur) && Object.hasOwn(cur, String(k))) cur = cur[String(k)];
    else return undefined;
  }
  return cur;
}

/** Copies `v` one level (own keys kept in order, `__proto__` as data). */
function shallowCopy(v: unknown): unknown {
  if (Array.isArray(v)) return [...v];
  if (isObject(v)) {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v)) setOwn(o, k, v[k]);
    return o;
  }
  return v;
}

/** `root` with `f(old)` at `path` (copied along the path only). */
function editAt(root: unknown, path: Path, f: (parent: unknown, key: string | number) => void): unknown {
  const top = shallowCopy(root);
  let cur = top;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i]!;
    const next = shallowCopy(valueAt(cur, [k]));
    if (Array.isArray(cur)) cur[k as number] = next;
    else setOwn(cur as Record<string, unknown>, String(k), next);
    cur = next;
  }
  if (path.length > 0) f(cur, path[path.length - 1]!);
  return top;
}

/** `root` with `value` at `path` (the root itself when the path is empty). */
export function withValueAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  return editAt(root, path, (parent, key) => {
    if (Array.isArray(parent)) parent[key as number] = value;
    else setOwn(parent as Record<string, unknown>, String(key), value);
  });
}

/** `root` without the object property at `path`; undefined when `path` does not end at an object's key. */
export function withoutKey(root: unknown, path: Path): unknown {
  if (path.length === 0 || !isObject(valueAt(root, path.slice(0, -1)))) return undefined;
  return editAt(root, path, (parent, key) => {
    delete (parent as Record<string, unknown>)[String(key)];
  });
}

/** `root` with the object key at `path` renamed to `to` (same position among its siblings). */
export function withKeyRenamed(root: unknown, path: Path, to: string): unknown {
  return editAt(root, path, (parent, key) => {
    if (!isObject(parent)) return;
    const entries = Object.keys(parent).map((k): [string, unknown] => [k === String(key) ? to : k, parent[k]]);
    for (const k of Object.keys(parent)) delete parent[k];
    for (const [k, v] of entries) setOwn(parent, k, v);
  });
}

/** Every path of `value` that ends at a scalar or an empty container, in document order. */
export function leafPaths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value) && value.length > 0) return value.flatMap((x, i) => leafPaths(x, [...at, i]));
  if (isObject(value) && Object.keys(value).length > 0) return Object.keys(value).flatMap((k) => leafPaths(value[k], [...at, k]));
  return [at];
}

/** The longest common prefix of some paths (the place that holds all of them). */
export function commonPrefix(paths: readonly Path[]): (string | number)[] {
  if (paths.length === 0) return [];
  const first = paths[0]!;
  let n = first.length;
  for (const p of paths) {
    let i = 0;
    while (i < n && i < p.length && p[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n);
}
