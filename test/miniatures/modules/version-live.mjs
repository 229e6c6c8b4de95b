// Not a fault: a correct implementation of the *next* schema version (examples/schema-versions/connected-user.live.schema.json:
// PENDING is a status, userId must be a string), for compat's impact table.
import { isObject, makeValidate, STATUSES, validIntegration } from './_base.mjs';

const onOld = makeValidate({ integration: (e) => validIntegration(e, [...STATUSES, 'PENDING']) });
export const validate = (u) => onOld(u) && (!isObject(u) || !Object.hasOwn(u, 'userId') || typeof u.userId === 'string');
