// Fault: throws instead of answering — Object.keys on a non-object root.
import { validate as base } from './_base.mjs';
export function validate(u) {
  if (typeof u !== 'object') throw new TypeError('expected an object');
  return base(u);
}
