/** Picking object keys that do not collide with declared properties or keys already present. */

/** `key` itself when free, else the first free variant (`key_1`, `key_2`, …). */
export function freshKey(key: string, declared: ReadonlySet<string>, taken?: Iterable<string>): string {
  if (!declared.has(key) && taken === undefined) return key;
  const used = new Set(taken);
  if (!declared.has(key) && !used.has(key)) return key;
  for (let i = 1; ; i++) {
    const k = `${key}_${i}`;
    if (!declared.has(k) && !used.has(k)) return k;
  }
}
