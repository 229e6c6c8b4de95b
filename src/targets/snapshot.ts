/**
 * Snapshots of the built-in prototypes, so `safety.no-prototype-pollution` can detect and undo pollution; and the
 * fence every in-process call goes through, which compares against one baseline in a single pass (the hot path of a
 * module `check`: some 17,000 fenced calls).
 */

/** The prototypes watched, by name. */
const watched: readonly { name: string; proto: object }[] = [
  { name: 'Object.prototype', proto: Object.prototype },
  { name: 'Array.prototype', proto: Array.prototype },
  { name: 'Function.prototype', proto: Function.prototype },
  { name: 'String.prototype', proto: String.prototype },
  { name: 'Number.prototype', proto: Number.prototype },
  { name: 'Boolean.prototype', proto: Boolean.prototype },
];

/** Own properties of one watched prototype at one moment, in `Reflect.ownKeys` order. */
interface PrototypeState {
  keys: readonly (string | symbol)[];
  descriptors: readonly PropertyDescriptor[];
}

/** Own property descriptors of each watched prototype at one moment (index-aligned with the watched list). */
export type PrototypeSnapshot = readonly PrototypeState[];

/** Records the own properties (names, symbols and descriptors) of the built-in prototypes. */
export function snapshotPrototypes(): PrototypeSnapshot {
  return watched.map(({ proto }) => {
    const keys = Reflect.ownKeys(proto);
    return { keys, descriptors: keys.map((k) => Object.getOwnPropertyDescriptor(proto, k)!) };
  });
}

function sameDescriptor(a: PropertyDescriptor, b: PropertyDescriptor): boolean {
  return (
    Object.is(a.value, b.value) &&
    a.get === b.get &&
    a.set === b.set &&
    a.writable === b.writable &&
    a.enumerable === b.enumerable &&
    a.configurable === b.configurable
  );
}

function sameKeys(a: readonly (string | symbol)[], b: readonly (string | symbol)[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Lists what changed on the built-in prototypes since `before`, e.g. `Object.prototype.polluted added` (empty when nothing did). */
export function diffPrototypes(before: PrototypeSnapshot): string[] {
  const changes: string[] = [];
  for (let i = 0; i < watched.length; i++) {
    const { name, proto } = watched[i]!;
    const was = before[i]!;
    const keys = Reflect.ownKeys(proto);
    if (sameKeys(keys, was.keys)) {
      // The usual case: the same keys in the same order, so descriptors are compared index by index.
      for (let j = 0; j < keys.length; j++) {
        if (!sameDescriptor(was.descriptors[j]!, Object.getOwnPropertyDescriptor(proto, keys[j]!)!)) changes.push(`${name}.${String(keys[j])} changed`);
      }
      continue;
    }
    const old = new Map(was.keys.map((k, j) => [k, was.descriptors[j]!]));
    for (const key of keys) {
      const o = old.get(key);
      if (!o) changes.push(`${name}.${String(key)} added`);
      else if (!sameDescriptor(o, Object.getOwnPropertyDescriptor(proto, key)!)) changes.push(`${name}.${String(key)} changed`);
    }
    const now = new Set(keys);
    for (const key of was.keys) if (!now.has(key)) changes.push(`${name}.${String(key)} removed`);
  }
  return changes;
}

/** Undoes every change since `before`: removes added keys and restores changed or removed ones. */
export function restorePrototypes(before: PrototypeSnapshot): void {
  for (let i = 0; i < watched.length; i++) {
    const { proto } = watched[i]!;
    const was = before[i]!;
    const kept = new Set(was.keys);
    for (const key of Reflect.ownKeys(proto)) {
      if (!kept.has(key)) Reflect.deleteProperty(proto, key);
    }
    for (let j = 0; j < was.keys.length; j++) {
      const key = was.keys[j]!;
      const desc = was.descriptors[j]!;
      const cur = Object.getOwnPropertyDescriptor(proto, key);
      if (!cur || !sameDescriptor(cur, desc)) {
        try {
          Object.defineProperty(proto, key, desc);
        } catch {
          // a non-configurable property was redefined: nothing more can be done in-process
        }
      }
    }
  }
}

/**
 * The fence of in-process calls: one baseline of the prototypes, compared after each call in one pass (instead of a
 * snapshot before and another after every call). Changes are undone at once, so the baseline holds again for the
 * next call; a change that cannot be undone (a non-configurable property) becomes part of the baseline, as it would
 * have been part of the next call's "before".
 */
export class PrototypeFence {
  private baseline: PrototypeSnapshot = snapshotPrototypes();

  /** Takes the prototypes as they are now as the baseline (what code outside the fenced calls did is not theirs). */
  renew(): void {
    this.baseline = snapshotPrototypes();
  }

  /** What changed since the baseline (the call just made), undone; empty when nothing did. */
  check(): string[] {
    const changes = diffPrototypes(this.baseline);
    if (changes.length > 0) {
      restorePrototypes(this.baseline);
      if (diffPrototypes(this.baseline).length > 0) this.baseline = snapshotPrototypes();
    }
    return changes;
  }
}
