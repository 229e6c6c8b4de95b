// Fault: answers 1/0 instead of true/false.
import { validate as base } from './_base.mjs';
export const validate = (u) => (base(u) ? 1 : 0);
