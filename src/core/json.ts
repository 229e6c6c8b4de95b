/** JSON values as plain data: own properties only (`__proto__` included), JSON equality, safe copies, fresh keys. */

/** A JSON value (what `JSON.parse` can return). */
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** True for a JSON object (not an array, not null). */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A fresh ordinary object (prototype Object.prototype) that V8 keeps in dictionary mode. Generated objects mostly carry
 * random keys; adding those to a `{}` makes V8 create a new hidden class per new key (3x slower to build and stringify).
 */
export function dictionary(): Record<string, unknown> {
  return Object.setPrototypeOf(Object.create(null), Object.prototype) as Record<string, unknown>;
}

/**
 * Sets an own, enumerable data property. Plain assignment is safe (and keeps V8's fast object shapes) for every key of a
 * fresh `{}` except `__proto__`, whose assignment would change the prototype instead: only that key needs defineProperty.
 */
export function setOwn<T>(o: Record<string, T>, k: string, v: T): void {
  if (k === '__proto__') Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
  else o[k] = v;
}

/** Builds an ordinary object (Object.prototype) whose own properties are `entries`, in order; later keys win. */
export function objectFrom(entries: Iterable<readonly [string, unknown]>): Record<string, unknown> {
  const o = dictionary();
  for (const [k, v] of entries) setOwn(o, k, v);
  return o;
}

/** Deep copy of a JSON value keeping hostile keys as own properties. */
export function cloneJson<T>(v: T): T {
  if (Array.isArray(v)) return v.map(cloneJson) as T;
  if (v !== null && typeof v === 'object') return objectFrom(Object.entries(v).map(([k, x]) => [k, cloneJson(x)])) as T;
  return v;
}

/** Deep JSON equality. Own keys only (a `__proto__` own key counts like any other); key order is ignored; absent, null and {} differ. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => jsonEqual(x, bb[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra);
  if (ka.length !== Object.keys(rb).length) return false;
  return ka.every((k) => Object.hasOwn(rb, k) && jsonEqual(ra[k], rb[k]));
}

/** `key` itself when free, else the first free variant (`key_1`, `key_2`, …) not in `declared` nor `taken`. */
export function freshKey(key: string, declared: ReadonlySet<string>, taken?: Iterable<string>): string {
  if (!declared.has(key) && taken === undefined) return key;
  const used = new Set(taken);
  if (!declared.has(key) && !used.has(key)) return key;
  for (let i = 1; ; i++) {
    const k = `${key}_${i}`;
    if (!declared.has(k) && !used.has(k)) return k;
  }
}

/** The first place where two JSON values differ: `missing` (in `b`), `extra` (only in `b`) or `changed`. */
export interface JsonDifference {
  path: (string | number)[];
  kind: 'missing' | 'extra' | 'changed';
}

/** The first difference between `a` and `b` in document order (key order ignored), or undefined when JSON-equal. */
export function firstDifference(a: unknown, b: unknown, at: (string | number)[] = []): JsonDifference | undefined {
  if (jsonEqual(a, b)) return undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i >= b.length) return { path: [...at, i], kind: 'missing' };
      if (i >= a.length) return { path: [...at, i], kind: 'extra' };
      const d = firstDifference(a[i], b[i], [...at, i]);
      if (d) return d;
    }
  }
  if (isObject(a) && isObject(b)) {
    for (const k of Object.keys(a)) {
      if (!Object.hasOwn(b, k)) return { path: [...at, k], kind: 'missing' };
      const d = firstDifference(a[k], b[k], [...at, k]);
      if (d) return d;
    }
    for (const k of Object.keys(b)) if (!Object.hasOwn(a, k)) return { path: [...at, k], kind: 'extra' };
  }
  return { path: at, kind: 'changed' };
}
