// Fault: type confusion — authenticated may be the string "true"/"false".
import { makeValidate, own } from './_base.mjs';

const base = makeValidate();
export function validate(u) {
  if (u && typeof u === 'object' && own(u, 'authenticated') && (u.authenticated === 'true' || u.authenticated === 'false')) {
    return base({ ...u, authenticated: u.authenticated === 'true' });
  }
  return base(u);
}
