// Fault: type confusion — null is treated as an empty user.
import { makeValidate, isObject } from './_base.mjs';
export const validate = makeValidate({ isObj: (v) => v === null || isObject(v) });
