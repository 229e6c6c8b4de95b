/** The schema-defined projection of a value: what `roundtrip.preserves-data` compares. */
import { isObject, setOwn } from '../core/json.js';
import { derefSchema } from '../core/pointer.js';

/**
 * The part of `value` the schema defines: declared properties and values of constrained `additionalProperties`
 * maps, recursively; unknown properties (where the schema allows anything) are dropped.
 */
export function projectDefined(root: Record<string, unknown>, value: unknown, schema: unknown = root): unknown {
  const s = derefSchema(schema, root);
  if (!isObject(s) || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items = s.items;
    return items === undefined ? value : value.map((v) => projectDefined(root, v, items));
  }
  const props = isObject(s.properties) ? s.properties : {};
  const extra = s.additionalProperties;
  const constrainedExtra = extra !== undefined && extra !== true && !(isObject(extra) && Object.keys(extra).length === 0);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (Object.hasOwn(props, key)) setOwn(out, key, projectDefined(root, v, props[key]));
    else if (constrainedExtra) setOwn(out, key, projectDefined(root, v, extra));
  }
  return out;
}
