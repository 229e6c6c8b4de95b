// Fault: type confusion — numbers accepted as meta values.
import { makeValidate } from './_base.mjs';
export const validate = makeValidate({ metaValue: (v) => typeof v === 'string' || typeof v === 'number' });
