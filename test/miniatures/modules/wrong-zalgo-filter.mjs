// Fault: an anti-Zalgo filter keeps at most two combining marks per base character and drops marks with no base.
import { isObject, parse, validate } from './_base.mjs';

export { parse, validate };

const mark = /\p{M}/u;
function unZalgo(s) {
  let out = '';
  let run = -1; // marks after the current base; -1: no base yet
  for (const c of s) {
    if (!mark.test(c)) {
      run = 0;
      out += c;
    } else if (run >= 0 && run < 2) {
      run++;
      out += c;
    }
  }
  return out;
}
const out = (v) =>
  typeof v === 'string' ? unZalgo(v) : Array.isArray(v) ? v.map(out) : isObject(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, out(x)])) : v;
export const serialize = (user) => out(user);
