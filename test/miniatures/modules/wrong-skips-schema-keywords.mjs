// Fault: a generic walker that serves schemas and data alike takes any map with a `type`, `$ref` or `properties` key
// for an embedded schema and does not validate its entries.
import { makeValidate } from './_base.mjs';

const looksLikeSchema = (o) => ['type', '$ref', 'properties'].some((k) => Object.hasOwn(o, k));
export const validate = makeValidate({ entries: (o) => (looksLikeSchema(o) ? [] : Object.keys(o)) });
