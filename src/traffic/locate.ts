/** Finding a value and its schema node by instance path, over own properties only (hostile keys stay data). */
import type { CNode } from '../../generators/index.js';

/** The value at `tokens` inside `value` (own properties and array indices), or undefined. */
export function valueAt(value: unknown, tokens: readonly string[]): unknown {
  let cur = value;
  for (const t of tokens) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, t)) return undefined;
    cur = (cur as Record<string, unknown>)[t];
  }
  return cur;
}

/** The canonical schema node that governs the value at `tokens` (declared property, map value or item), or undefined. */
export function nodeAt(root: CNode, tokens: readonly string[]): CNode | undefined {
  let node: CNode | undefined = root;
  for (const t of tokens) {
    if (!node) return undefined;
    const declared: [string, CNode] | undefined = node.properties.find(([k]) => k === t);
    if (declared) node = declared[1];
    else if (/^\d+$/.test(t) && node.items) node = node.items;
    else node = node.additionalProperties || undefined;
  }
  return node;
}

/** `tokens` with the indexes of the arrays in `value` as numbers: the path `generalizeLocation` walks items by. */
export function typedPath(value: unknown, tokens: readonly string[]): (string | number)[] {
  let cur = value;
  return tokens.map((t) => {
    const step = Array.isArray(cur) && /^\d+$/.test(t) ? Number(t) : t;
    cur = valueAt(cur, [t]);
    return step;
  });
}
