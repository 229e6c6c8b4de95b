// Fault: a strict number decoder throws on integers beyond 2^53 (9007199254740993, 1e308), which JSON allows.
import { validate as base, isObject } from './_base.mjs';

function assertSafe(v) {
  if (typeof v === 'number' && Number.isInteger(v) && !Number.isSafeInteger(v)) throw new RangeError(`unsafe integer ${v}`);
  if (Array.isArray(v)) v.forEach(assertSafe);
  else if (isObject(v)) Object.values(v).forEach(assertSafe);
}
export function validate(u) {
  assertSafe(u);
  return base(u);
}
