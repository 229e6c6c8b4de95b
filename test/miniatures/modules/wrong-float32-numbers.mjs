// Fault: numbers in unknown properties are stored as 32-bit floats (0.30000000000000004 comes back 0.30000001192092896,
// 1e308 as null): a SHOULD failure (unknown properties survive the round trip).
import { isObject, parse, validate } from './_base.mjs';

export { parse, validate };

const out = (v) =>
  typeof v === 'number' ? Math.fround(v) : Array.isArray(v) ? v.map(out) : isObject(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, out(x)])) : v;
export const serialize = (user) => out(user);
