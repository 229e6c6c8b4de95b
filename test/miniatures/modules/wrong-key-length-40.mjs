// Fault: valid data rejected — meta keys longer than 40 characters refused.
import { makeValidate } from './_base.mjs';

const base = makeValidate();
export function validate(u) {
  if (u && typeof u === 'object' && u.meta && typeof u.meta === 'object' && Object.keys(u.meta).some((k) => k.length > 40)) return false;
  return base(u);
}
