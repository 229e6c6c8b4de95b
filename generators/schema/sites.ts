/** Fault sites: every path from the root to a schema node (through properties, map entries and array items). */
import type { Canonical, CNode } from './canonical.js';

/** One step down the instance: a declared property, an entry of a map (`additionalProperties`), or an array item. */
export type Step = { kind: 'property'; key: string; parent: CNode } | { kind: 'entry'; parent: CNode } | { kind: 'item'; parent: CNode };

/** A node together with the path that reaches it from the root. */
export interface Site {
  steps: readonly Step[];
  node: CNode;
}

/** Every site, depth-first in document order; a node recurs at most `maxRepeat` extra times on one path. */
export function sitesOf(c: Canonical, maxRepeat = 1): Site[] {
  const out: Site[] = [];
  const walk = (node: CNode, steps: Step[], onPath: Map<CNode, number>) => {
    const seen = onPath.get(node) ?? 0;
    if (seen > maxRepeat || steps.length > 16) return;
    out.push({ steps, node });
    if (node.never) return;
    const path = new Map(onPath).set(node, seen + 1);
    for (const [key, child] of node.properties) walk(child, [...steps, { kind: 'property', key, parent: node }], path);
    if (node.additionalProperties) walk(node.additionalProperties, [...steps, { kind: 'entry', parent: node }], path);
    if (node.items) walk(node.items, [...steps, { kind: 'item', parent: node }], path);
  };
  walk(c.root, [], new Map());
  return out;
}
