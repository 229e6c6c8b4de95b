// Fault: serialize writes credentialStatus in lower case, so the output is not a valid Connected User.
import { copy, parse, validate } from './_base.mjs';

export { parse, validate };
export function serialize(user) {
  const out = copy(user);
  for (const e of Object.values(out.integrations ?? {})) if (typeof e.credentialStatus === 'string') e.credentialStatus = e.credentialStatus.toLowerCase();
  return out;
}
