// Fault (SHOULD): validate deletes unknown properties from the value it was given.
import { validate as base } from './_base.mjs';

const known = ['id', 'meta', 'authenticated', 'integrations'];
export function validate(u) {
  const ok = base(u);
  if (ok) for (const k of Object.keys(u)) if (!known.includes(k)) delete u[k];
  return ok;
}
