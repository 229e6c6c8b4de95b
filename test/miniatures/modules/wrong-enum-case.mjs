// Fault: near miss — credentialStatus compared case-insensitively ("valid" accepted).
import { makeValidate, validIntegration } from './_base.mjs';
export const validate = makeValidate({
  integration: (e) => validIntegration(typeof e?.credentialStatus === 'string' ? { ...e, credentialStatus: e.credentialStatus.toUpperCase() } : e),
});
