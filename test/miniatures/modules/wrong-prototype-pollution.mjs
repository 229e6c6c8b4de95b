// Fault: prototype pollution — parse deep-merges into {} and follows "__proto__" keys.
import { validate } from './_base.mjs';

export { validate };

function merge(target, source) {
  for (const k of Object.keys(source)) {
    const v = source[k];
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      if (!target[k] || typeof target[k] !== 'object') target[k] = {};
      merge(target[k], v);
    } else target[k] = v;
  }
  return target;
}
export function parse(v) {
  if (!validate(v)) throw new Error('invalid');
  return merge({}, v);
}
export const serialize = (u) => JSON.parse(JSON.stringify(u));
