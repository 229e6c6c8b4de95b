// Two independent faults in one check: credentialStatus compared case-insensitively, and numbers accepted as meta values.
import { makeValidate, validIntegration } from './_base.mjs';
export const validate = makeValidate({
  metaValue: (v) => typeof v === 'string' || typeof v === 'number',
  integration: (e) => validIntegration(typeof e?.credentialStatus === 'string' ? { ...e, credentialStatus: e.credentialStatus.toUpperCase() } : e),
});
