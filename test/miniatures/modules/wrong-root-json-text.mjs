// Fault (seen in a real validator, default options): a root string is read as JSON text, so "{}" is a valid user.
import { validate as base } from './_base.mjs';

export function validate(u) {
  if (typeof u === 'string') {
    try {
      return base(JSON.parse(u.trim()));
    } catch {
      return false;
    }
  }
  return base(u);
}
