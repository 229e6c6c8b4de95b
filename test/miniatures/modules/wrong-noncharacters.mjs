// Fault: a "validating" decoder refuses noncharacters (U+FFFE, U+FFFF, U+FDD0 …) in strings and keys, though JSON allows them.
import { validate as base, isObject } from './_base.mjs';

const noncharacter = /\p{Noncharacter_Code_Point}/u;
const clean = (v) =>
  typeof v === 'string'
    ? !noncharacter.test(v)
    : Array.isArray(v)
      ? v.every(clean)
      : isObject(v)
        ? Object.entries(v).every(([k, x]) => !noncharacter.test(k) && clean(x))
        : true;
export const validate = (u) => clean(u) && base(u);
