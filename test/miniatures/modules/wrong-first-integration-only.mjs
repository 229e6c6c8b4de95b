// Fault: only the first integration entry is checked.
import { makeValidate } from './_base.mjs';
export const validate = makeValidate({ entries: (o) => Object.keys(o).slice(0, 1) });
