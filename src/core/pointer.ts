/** JSON Pointers and local `$ref`s, spelled exactly as ajv reports instance and schema paths. */
import { isObject } from './json.js';

/** Escapes one JSON Pointer reference token (`~` → `~0`, `/` → `~1`). */
export function escapeToken(key: string): string {
  if (!key.includes('~') && !key.includes('/')) return key; // nearly every key: no copy, no regex
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Reverses {@link escapeToken}. */
export function unescapeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** ajv's `instancePath` for a list of keys/indices, e.g. `['integrations', 'a/b']` → `/integrations/a~1b`. */
export function instancePointer(path: readonly (string | number)[]): string {
  return path.map((k) => `/${escapeToken(String(k))}`).join('');
}

/** The keys of an instance pointer (`/integrations/a~1b` → `['integrations', 'a/b']`). */
export function pointerTokens(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map(unescapeToken);
}

/** One segment of a schema location as ajv writes it in `schemaPath` (pointer-escaped, then URI-encoded). */
export function schemaToken(key: string): string {
  return encodeURIComponent(escapeToken(key));
}

/** Decodes a local `$ref` fragment (`#/$defs/A~1B`) into reference tokens; undefined when not local. */
export function refTokens(ref: string): string[] | undefined {
  if (!ref.startsWith('#')) return undefined;
  const body = decodeURIComponent(ref.slice(1));
  if (body === '') return [];
  if (!body.startsWith('/')) return undefined;
  return body.slice(1).split('/').map(unescapeToken);
}

/** The value a local `$ref` points at inside `doc` (own properties only), or undefined when it does not resolve. */
export function resolveRef(doc: unknown, ref: string): unknown {
  const tokens = refTokens(ref);
  if (!tokens) return undefined;
  let cur: unknown = doc;
  for (const t of tokens) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, t)) return undefined;
    cur = (cur as Record<string, unknown>)[t];
  }
  return cur;
}

/**
 * Follows `$ref`s from a schema node (local ones, depth-bounded) and returns the schema they end at, sibling keywords
 * of each `$ref` merged over its target. Nodes without a `$ref` come back unchanged.
 */
export function derefSchema(node: unknown, doc: unknown, depth = 0): unknown {
  if (!isObject(node) || typeof node.$ref !== 'string' || depth > 32) return node;
  const { $ref, ...rest } = node;
  const target = resolveRef(doc, $ref as string);
  if (target === undefined) return node;
  const inner = derefSchema(target, doc, depth + 1);
  return isObject(inner) && Object.keys(rest).length > 0 ? { ...inner, ...rest } : inner;
}

/**
 * The schema location of a violation: its `schemaPath` without the final keyword.
 * @example violationLocation({ schemaPath: "#/properties/meta/type" }); // "#/properties/meta"
 */
export function violationLocation(v: { schemaPath: string }): string {
  const cut = v.schemaPath.lastIndexOf('/');
  return cut <= 0 ? '#' : v.schemaPath.slice(0, cut);
}
