// Correct: rejection by throwing a non-Error value.
import { copy, serialize, validate } from './_base.mjs';

export { serialize, validate };
export function parse(v) {
  if (!validate(v)) throw 'invalid Connected User';
  return copy(v);
}
