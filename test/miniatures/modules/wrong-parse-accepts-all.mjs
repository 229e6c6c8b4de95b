// Fault: parse does not validate (anything is "parsed").
import { copy, serialize, validate } from './_base.mjs';

export { serialize, validate };
export const parse = (v) => copy(v);
