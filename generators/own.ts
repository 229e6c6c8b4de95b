/** Own properties on fresh plain objects, fast and safe for every key (`__proto__` included). */

/**
 * A fresh ordinary object (prototype Object.prototype) that V8 keeps in dictionary mode. Generated objects mostly carry
 * random keys; adding those to a `{}` makes V8 create a new hidden class per new key (3x slower to build and stringify).
 */
export function dictionary(): Record<string, unknown> {
  return Object.setPrototypeOf(Object.create(null), Object.prototype) as Record<string, unknown>;
}

/**
 * Sets an own, enumerable data property. Plain assignment is safe (and keeps V8's fast object shapes) for every key of a
 * fresh `{}` except `__proto__`, whose assignment would change the prototype instead: only that key needs defineProperty.
 */
export function setOwn(o: Record<string, unknown>, k: string, v: unknown): void {
  if (k === '__proto__') Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
  else o[k] = v;
}
