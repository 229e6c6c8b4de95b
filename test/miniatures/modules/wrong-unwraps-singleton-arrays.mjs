// Fault: like form and XML-to-JSON decoders, a one-element array is unwrapped wherever an object is expected.
import { isObject, makeValidate } from './_base.mjs';

const unwrap = (v) => (Array.isArray(v) && v.length === 1 ? v[0] : v);
const check = makeValidate({ isObj: (v) => isObject(unwrap(v)) });
const deep = (v) => {
  const u = unwrap(v);
  if (!isObject(u)) return u;
  const out = { ...u };
  for (const k of ['meta', 'integrations']) if (Object.hasOwn(out, k)) out[k] = unwrap(out[k]);
  if (isObject(out.integrations)) out.integrations = Object.fromEntries(Object.entries(out.integrations).map(([k, e]) => [k, unwrap(e)]));
  return out;
};
export const validate = (u) => check(deep(u));
