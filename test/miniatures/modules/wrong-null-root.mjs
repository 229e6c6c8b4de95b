// Fault: type confusion — null is treated as an empty user.
import { isObject, makeValidate } from './_base.mjs';
export const validate = makeValidate({ isObj: (v) => v === null || isObject(v) });
