/** Coverage: which schema locations a (valid) value reaches, walking the value alongside the canonical graph. */
import type { CNode } from './canonical.js';

/** Locations reached by `value` under `root`, in first-visit order. */
export function locationsReached(root: CNode, value: unknown): string[] {
  const out = new Set<string>();
  const visit = (node: CNode, v: unknown) => {
    out.add(node.location);
    if (Array.isArray(v)) {
      if (node.items) for (const x of v) visit(node.items, x);
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        const prop = node.properties.find(([p]) => p === k);
        if (prop) visit(prop[1], x);
        else if (node.additionalProperties) visit(node.additionalProperties, x);
      }
    }
  };
  visit(root, value);
  return [...out];
}
