// Fault: keys pass through C strings on the way out, so a key is cut at its first NUL ("a\u0000" becomes "a").
import { isObject, parse, validate } from './_base.mjs';

export { parse, validate };

const cut = (k) => k.split('\u0000')[0];
const out = (v) => (Array.isArray(v) ? v.map(out) : isObject(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [cut(k), out(x)])) : v);
export const serialize = (user) => out(user);
