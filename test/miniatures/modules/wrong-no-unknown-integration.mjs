// Fault: valid data rejected — unknown properties inside integration entries refused.
import { makeValidate, validIntegration } from './_base.mjs';

const known = ['enabled', 'credentialStatus', 'providerId'];
export const validate = makeValidate({ integration: (e) => validIntegration(e) && Object.keys(e).every((k) => known.includes(k)) });
