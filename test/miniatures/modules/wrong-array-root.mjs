// Fault: type confusion — arrays pass the "object" test.
import { makeValidate, parse as p, serialize } from './_base.mjs';
export const validate = makeValidate({ isObj: (v) => v !== null && typeof v === 'object' });
export { serialize };
export const parse = p;
