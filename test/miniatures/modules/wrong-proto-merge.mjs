// Fault: the user is copied with Object.assign before its fields are read with `in`, so a "__proto__" member becomes the
// copy's prototype and {"__proto__":{"id":1}} (valid: an unknown property) looks like a user whose id is a number.
import { validate as base, isObject } from './_base.mjs';

export function validate(u) {
  if (!isObject(u)) return false;
  const copy = Object.assign({}, u);
  if ('id' in copy && typeof copy.id !== 'string') return false;
  if ('authenticated' in copy && typeof copy.authenticated !== 'boolean') return false;
  return base(u);
}
