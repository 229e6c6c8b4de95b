// Fault: credentialStatus is compared as a C string, so "VALID\u0000" (a trailing NUL) passes as VALID.
import { makeValidate, STATUSES, validIntegration } from './_base.mjs';

const cString = (s) => (typeof s === 'string' ? s.split('\u0000')[0] : s);
export const validate = makeValidate({
  integration: (e) => validIntegration(e && typeof e === 'object' && !Array.isArray(e) ? { ...e, credentialStatus: cString(e.credentialStatus) } : e, STATUSES),
});
