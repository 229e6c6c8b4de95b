// Fault: near miss — the live API's PENDING status is accepted although the schema has no such value.
import { makeValidate, STATUSES, validIntegration } from './_base.mjs';
export const validate = makeValidate({ integration: (e) => validIntegration(e, [...STATUSES, 'PENDING']) });
