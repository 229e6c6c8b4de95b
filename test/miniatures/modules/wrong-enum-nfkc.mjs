// Fault: credentialStatus is NFKC-normalised before the comparison, so fullwidth "ＶＡＬＩＤ" and bold "𝐕𝐀𝐋𝐈𝐃" pass as VALID.
import { isObject, makeValidate, own, validIntegration } from './_base.mjs';

const fold = (e) =>
  isObject(e) && own(e, 'credentialStatus') && typeof e.credentialStatus === 'string' ? { ...e, credentialStatus: e.credentialStatus.normalize('NFKC') } : e;
export const validate = makeValidate({ integration: (e) => validIntegration(fold(e)) });
