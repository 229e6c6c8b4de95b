// Fault: hostile keys mishandled — meta copied by assignment, so a "__proto__" key is lost.
import { parse as base, validate } from './_base.mjs';

export { validate };
export const parse = base;
export function serialize(user) {
  const meta = {};
  if (user.meta) for (const k of Object.keys(user.meta)) meta[k] = user.meta[k];
  return user.meta ? { ...user, meta } : { ...user };
}
