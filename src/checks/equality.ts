/** JSON equality (key order never matters; absent, null and {} differ) and the schema-defined projection of a value. */

const own = (o: object): string[] => Object.keys(o);

/** Deep JSON equality. Own keys only (a `__proto__` own key counts like any other); key order is ignored. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => jsonEqual(x, bb[i]));
  }
  const ka = own(a as object);
  const kb = own(b as object);
  if (ka.length !== kb.length) return false;
  const rb = b as Record<string, unknown>;
  const ra = a as Record<string, unknown>;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && jsonEqual(ra[k], rb[k]));
}

type Schema = Record<string, unknown> | boolean;

function resolve(root: Record<string, unknown>, s: Schema, depth = 0): Schema {
  if (typeof s !== 'object' || typeof s.$ref !== 'string' || depth > 32) return s;
  const ref = s.$ref;
  if (!ref.startsWith('#')) return s;
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/').filter(Boolean)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = (node as Record<string, unknown> | undefined)?.[key];
  }
  return node === undefined ? s : resolve(root, node as Schema, depth + 1);
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * The part of `value` the schema defines: declared properties and values of constrained `additionalProperties`
 * maps, recursively; unknown properties (where the schema allows anything) are dropped.
 */
export function projectDefined(root: Record<string, unknown>, value: unknown, schema: Schema = root): unknown {
  const s = resolve(root, schema);
  if (typeof s !== 'object' || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items = s.items as Schema | undefined;
    return items === undefined ? value : value.map((v) => projectDefined(root, v, items));
  }
  const props = (s.properties ?? {}) as Record<string, Schema>;
  const extra = s.additionalProperties as Schema | undefined;
  const constrainedExtra = extra !== undefined && extra !== true && !(typeof extra === 'object' && Object.keys(extra).length === 0);
  const out: Record<string, unknown> = {};
  for (const key of own(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (Object.prototype.hasOwnProperty.call(props, key)) setOwn(out, key, projectDefined(root, v, props[key]));
    else if (constrainedExtra) setOwn(out, key, projectDefined(root, v, extra));
  }
  return out;
}

/** Compact JSON for messages, cut at `max` characters. */
export function excerpt(value: unknown, max = 400): string {
  let text: string;
  try {
    text = value === undefined ? 'undefined' : JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}
