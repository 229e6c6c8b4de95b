// Correct for MUST checks: serialize keeps only schema-defined data (SHOULD warning: unknown properties lost).
import { own, parse, validate } from './_base.mjs';

export { parse, validate };

const pick = (o, keys) => Object.fromEntries(keys.filter((k) => own(o, k)).map((k) => [k, o[k]]));
export function serialize(u) {
  const out = pick(u, ['id', 'meta', 'authenticated', 'integrations']);
  if (out.meta) out.meta = { ...out.meta };
  if (out.integrations)
    out.integrations = Object.fromEntries(Object.entries(out.integrations).map(([k, e]) => [k, pick(e, ['enabled', 'credentialStatus', 'providerId'])]));
  return out;
}
