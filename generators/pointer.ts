/** JSON Pointer helpers that spell instance and schema paths exactly as ajv reports them. */

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
  return path.map((k) => '/' + escapeToken(String(k))).join('');
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

/**
 * The schema location of a violation: its `schemaPath` without the final keyword.
 * @example violationLocation({ schemaPath: "#/properties/meta/type" }); // "#/properties/meta"
 */
export function violationLocation(v: { schemaPath: string }): string {
  const cut = v.schemaPath.lastIndexOf('/');
  return cut <= 0 ? '#' : v.schemaPath.slice(0, cut);
}
