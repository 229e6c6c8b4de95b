// Fault: valid data rejected — more than 100 meta entries refused.
import { makeValidate } from './_base.mjs';

const base = makeValidate();
export function validate(u) {
  if (u && typeof u === 'object' && u.meta && typeof u.meta === 'object' && Object.keys(u.meta).length > 100) return false;
  return base(u);
}
