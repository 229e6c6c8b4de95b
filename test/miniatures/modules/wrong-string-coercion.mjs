// Fault (seen in a real schema library): the string type guard coerces with String(v), which throws on an object whose
// own toString is not a function, e.g. {"id":{"toString":1}}.
import { validate as base, own } from './_base.mjs';

const isString = (v) => String(v) === v;
export function validate(u) {
  if (u !== null && typeof u === 'object' && !Array.isArray(u) && own(u, 'id') && !isString(u.id)) return false;
  return base(u);
}
