// Not a fault under the published schema's checks (it never returns wrongly), but it throws on a status it does not
// know instead of returning false: compat's impact table reports it as "threw" (it breaks).
import { makeValidate, STATUSES, validIntegration } from './_base.mjs';

const inner = makeValidate();
export function validate(u) {
  for (const e of Object.values(u?.integrations ?? {})) {
    if (e && typeof e === 'object' && typeof e.credentialStatus === 'string' && !STATUSES.includes(e.credentialStatus)) {
      throw new Error(`unknown credential status ${e.credentialStatus}`);
    }
  }
  return inner(u) && Object.values(u?.integrations ?? {}).every((e) => validIntegration(e));
}
