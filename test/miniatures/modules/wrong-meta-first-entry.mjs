// Fault: meta values are checked only up to the first one (past the first entry anything goes).
import { isObject, makeValidate, own } from './_base.mjs';

const base = makeValidate();
export function validate(u) {
  if (isObject(u) && own(u, 'meta') && isObject(u.meta)) {
    const [first] = Object.keys(u.meta);
    return base({ ...u, meta: first === undefined ? {} : { [first]: u.meta[first] } });
  }
  return base(u);
}
