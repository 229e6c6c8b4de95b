// Fault: near miss — credentialStatus trimmed before comparison (" VALID" accepted).
import { makeValidate, validIntegration } from './_base.mjs';
export const validate = makeValidate({
  integration: (e) => validIntegration(typeof e?.credentialStatus === 'string' ? { ...e, credentialStatus: e.credentialStatus.trim() } : e),
});
