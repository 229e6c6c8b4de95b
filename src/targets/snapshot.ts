/** Snapshots of the built-in prototypes, so `safety.no-prototype-pollution` can detect and undo pollution. */

/** The prototypes watched, by name. */
const watched: Record<string, object> = {
  'Object.prototype': Object.prototype,
  'Array.prototype': Array.prototype,
  'Function.prototype': Function.prototype,
  'String.prototype': String.prototype,
  'Number.prototype': Number.prototype,
  'Boolean.prototype': Boolean.prototype,
};

/** Own property descriptors of each watched prototype at one moment. */
export type PrototypeSnapshot = ReadonlyMap<string, ReadonlyMap<PropertyKey, PropertyDescriptor>>;

/** Records the own properties (names, symbols and descriptors) of the built-in prototypes. */
export function snapshotPrototypes(): PrototypeSnapshot {
  const snap = new Map<string, Map<PropertyKey, PropertyDescriptor>>();
  for (const [name, proto] of Object.entries(watched)) {
    const props = new Map<PropertyKey, PropertyDescriptor>();
    for (const key of Reflect.ownKeys(proto)) props.set(key, Object.getOwnPropertyDescriptor(proto, key)!);
    snap.set(name, props);
  }
  return snap;
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

/** Lists what changed on the built-in prototypes since `before`, e.g. `Object.prototype.polluted added` (empty when nothing did). */
export function diffPrototypes(before: PrototypeSnapshot): string[] {
  const changes: string[] = [];
  const now = snapshotPrototypes();
  for (const [prototype, was] of before) {
    const is = now.get(prototype)!;
    for (const [key, desc] of is) {
      const old = was.get(key);
      if (!old) changes.push(`${prototype}.${String(key)} added`);
      else if (!sameDescriptor(old, desc)) changes.push(`${prototype}.${String(key)} changed`);
    }
    for (const key of was.keys()) if (!is.has(key)) changes.push(`${prototype}.${String(key)} removed`);
  }
  return changes;
}

/** Undoes every change since `before`: removes added keys and restores changed or removed ones. */
export function restorePrototypes(before: PrototypeSnapshot): void {
  for (const [name, was] of before) {
    const proto = watched[name]!;
    for (const key of Reflect.ownKeys(proto)) {
      if (!was.has(key)) Reflect.deleteProperty(proto, key);
    }
    for (const [key, desc] of was) {
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
