/** The PATCH profile (SPEC §3.2) as a schema derived from the Connected User schema in use: `{"meta": …}` and nothing else. */
import { isObject } from '../core/json.js';

/**
 * `{"type":"object","required":["meta"],"additionalProperties":false,"properties":{"meta":<the schema's meta>}}`, with
 * the schema's `$defs` kept so its `$ref`s resolve and its `meta` errors have the same `schemaPath`s as under the
 * Connected User schema (a meta fault in a PATCH body is the same finding as in a response). The reference service's
 * `parsePatch` applies the same rules.
 */
export function patchProfileSchema(doc: Record<string, unknown>): Record<string, unknown> {
  const properties = isObject(doc.properties) ? doc.properties : {};
  const meta = Object.hasOwn(properties, 'meta') ? properties.meta : true;
  const keep = Object.fromEntries(['$schema', '$defs', 'definitions'].filter((k) => Object.hasOwn(doc, k)).map((k) => [k, doc[k]]));
  return { ...keep, type: 'object', required: ['meta'], additionalProperties: false, properties: { meta } };
}
