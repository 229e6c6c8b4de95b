// Fault: a strict UTF-8 decoder throws on noncharacters (U+FFFF, U+FDD0 …) wherever they are, keys and values alike,
// though JSON allows them (Perl's Mojo::JSON does this). The bug has no place: it is the same at every location.
import { validate as base, copy, isObject } from './_base.mjs';

const noncharacter = /\p{Noncharacter_Code_Point}/u;
const scan = (v) => {
  if (typeof v === 'string' && noncharacter.test(v)) throw new Error('Input is not UTF-8 encoded');
  if (Array.isArray(v)) v.forEach(scan);
  else if (isObject(v))
    for (const [k, x] of Object.entries(v)) {
      scan(k);
      scan(x);
    }
};
export const validate = (u) => {
  scan(u);
  return base(u);
};
export function parse(u) {
  scan(u);
  if (!base(u)) throw new Error('not a valid Connected User');
  return copy(u);
}
export const serialize = (u) => copy(u);
