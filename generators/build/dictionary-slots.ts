/** Where the hostile dictionary goes: every value slot of a schema, derived from the canonical graph, with its kinds. */
import { escapeToken } from '../../src/core/pointer.js';
import type { LocationKind } from '../data/dictionary.js';
import type { Canonical, CNode } from '../schema/canonical.js';
import type { Step } from '../schema/sites.js';
import { sitesOf } from '../schema/sites.js';
import { constraintsOf, unconstrained } from '../vocab/index.js';
import { typeAllowed } from '../vocab/util.js';

/** One place a dictionary value (or, for map entries and unknown properties, a key) can go. */
export interface Slot {
  /** `""` for the root, `/meta`, `/meta/*` (an entry of the map), `/*` (an undeclared property of the root) … */
  pattern: string;
  /** Steps from the root to the slot (an `entry` step last for map entries and undeclared properties). */
  steps: readonly Step[];
  /** The slot's schema node; undefined for an undeclared property, which takes any JSON value. */
  node?: CNode;
  /** The kinds the slot belongs to (`keys`: a key can be chosen here). */
  kinds: ReadonlySet<LocationKind>;
}

/** The pattern segment of one step: the escaped property name, or `*` for any map entry, undeclared property or item. */
const segment = (s: Step): string => (s.kind === 'property' ? `/${escapeToken(s.key)}` : '/*');

/** The kinds of a slot holding `node` (undefined: an undeclared property). */
function kindsOf(node: CNode | undefined, keyed: boolean): Set<LocationKind> {
  const kinds = new Set<LocationKind>(['values']);
  if (keyed) kinds.add('keys');
  if (!node) return new Set([...kinds, 'strings', 'unknown']);
  const c = constraintsOf(node);
  if (unconstrained(node)) kinds.add('unknown');
  if (!c.choices && typeAllowed('string', c.types)) kinds.add('strings');
  if (c.choices?.some((v) => typeof v === 'string')) kinds.add('enums');
  if (c.types?.has('object') && !c.types.has('array') && !c.types.has('null')) kinds.add('objects');
  if (c.types && !c.types.has('object')) kinds.add('non-objects');
  return kinds;
}

/**
 * Every slot of a canonical schema in document order: each schema location on each path from the root (a node once
 * per path), and an undeclared-property slot in each object that allows extra properties without constraining them.
 * @example slotsOf(canonicalize(schema)).map((s) => s.pattern); // ['', '/*', '/id', '/meta', '/meta/*', …]
 */
export function slotsOf(canonical: Canonical): Slot[] {
  const out: Slot[] = [];
  for (const { steps, node } of sitesOf(canonical, 0)) {
    if (node.never) continue;
    const pattern = steps.map(segment).join('');
    out.push({ pattern, steps, node, kinds: kindsOf(node, steps.at(-1)?.kind === 'entry') });
    const c = constraintsOf(node);
    if (c.types?.has('object') && c.object.additional === undefined) {
      out.push({ pattern: `${pattern}/*`, steps: [...steps, { kind: 'entry', parent: node }], kinds: kindsOf(undefined, true) });
    }
  }
  return out;
}
