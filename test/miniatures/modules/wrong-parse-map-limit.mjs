// Fault: parse refuses users with more than 20 meta entries.
import { parse as base, serialize, validate } from './_base.mjs';

export { serialize, validate };
export function parse(v) {
  if (v?.meta && Object.keys(v.meta).length > 20) throw new Error('too many meta keys');
  return base(v);
}
