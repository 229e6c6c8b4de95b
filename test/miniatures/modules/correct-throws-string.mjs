// Correct: rejection by throwing a non-Error value.
import { validate, copy, serialize } from './_base.mjs';
export { validate, serialize };
export function parse(v) {
  if (!validate(v)) throw 'invalid Connected User';
  return copy(v);
}
