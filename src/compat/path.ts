/** Instance-path patterns of changes: JSONPath-like text for people and accept files, and matching ajv's instancePaths. */
import { pointerTokens } from '../core/pointer.js';

/** One step of a pattern: a property name, any other key of a map (`*`), or any array item. */
export type PathToken = { key: string } | { anyKey: true } | { anyItem: true };

const identifier = /^[A-Za-z_$][\w$-]*$/;

/**
 * The pattern as text: `$` root, `.name` (or `["odd name"]`), `.*` any key not declared, `[*]` any item.
 * @example patternText([{ key: 'integrations' }, { anyKey: true }, { key: 'credentialStatus' }]); // "$.integrations.*.credentialStatus"
 */
export function patternText(tokens: readonly PathToken[]): string {
  let out = '$';
  for (const t of tokens) {
    if ('key' in t) out += identifier.test(t.key) ? `.${t.key}` : `[${JSON.stringify(t.key)}]`;
    else if ('anyKey' in t) out += '.*';
    else out += '[*]';
  }
  return out;
}

/**
 * True when an ajv instancePath (`/integrations/x/credentialStatus`) is one of the places `tokens` stands for
 * (or, with `within`, one of them or a place inside one).
 */
export function matchesPointer(tokens: readonly PathToken[], pointer: string, within = false): boolean {
  const parts = pointerTokens(pointer);
  if (within ? parts.length < tokens.length : parts.length !== tokens.length) return false;
  return tokens.every((t, i) => {
    const p = parts[i]!;
    if ('key' in t) return p === t.key;
    if ('anyItem' in t) return /^(0|[1-9]\d*)$/.test(p);
    return true;
  });
}
