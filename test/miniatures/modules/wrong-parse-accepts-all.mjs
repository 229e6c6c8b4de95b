// Fault: parse does not validate (anything is "parsed").
import { validate, copy, serialize } from './_base.mjs';
export { validate, serialize };
export const parse = (v) => copy(v);
