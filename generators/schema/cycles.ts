/** Finds the nodes that lie on a `$ref` cycle, so recursion depth can be bounded only where it exists. */
import type { Canonical, CNode } from './canonical.js';

/** Children of a node in the canonical graph. */
export function childrenOf(n: CNode): CNode[] {
  const out = n.properties.map(([, c]) => c);
  if (n.additionalProperties) out.push(n.additionalProperties);
  if (n.items) out.push(n.items);
  return out;
}

/** Nodes from which the node itself is reachable again. */
export function cyclicNodes(c: Canonical): Set<CNode> {
  const out = new Set<CNode>();
  for (const start of c.nodes) {
    const seen = new Set<CNode>();
    const stack = childrenOf(start);
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (n === start) {
        out.add(start);
        break;
      }
      if (seen.has(n)) continue;
      seen.add(n);
      stack.push(...childrenOf(n));
    }
  }
  return out;
}
