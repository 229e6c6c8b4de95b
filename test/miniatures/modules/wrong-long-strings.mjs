// Fault: valid data rejected — strings longer than 255 characters refused.
import { makeValidate } from './_base.mjs';
export const validate = makeValidate({ metaValue: (v) => typeof v === 'string' && v.length <= 255 });
