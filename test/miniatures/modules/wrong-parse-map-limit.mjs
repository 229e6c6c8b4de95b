// Fault: parse refuses users with more than 20 meta entries.
import { validate, parse as base, serialize } from './_base.mjs';
export { validate, serialize };
export function parse(v) {
  if (v && v.meta && Object.keys(v.meta).length > 20) throw new Error('too many meta keys');
  return base(v);
}
