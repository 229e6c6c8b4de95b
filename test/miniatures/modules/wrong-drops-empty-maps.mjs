// Fault: data lost in the round trip — empty maps are dropped (absent and {} are different).
import { copy, parse, validate } from './_base.mjs';

export { parse, validate };
export function serialize(user) {
  const out = copy(user);
  for (const k of ['meta', 'integrations']) if (out[k] && Object.keys(out[k]).length === 0) delete out[k];
  return out;
}
