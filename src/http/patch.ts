/** Parses and validates a PATCH /sdk/me body: `{"meta": {…strings}}`, judged by the schema's own `meta` rules. */

import { isObject } from '../core/json.js';
import type { Oracle } from '../schema/oracle.js';

/** A usable patch, or the HTTP error to answer with. */
export type PatchParse = { ok: true; meta: Record<string, string> } | { ok: false; status: number; error: string; message: string; details?: unknown[] };

/** Largest accepted body in bytes. */
export const maxPatchBytes = 1024 * 1024;

/**
 * Rules (documented in the README): malformed JSON → 400; a body that is not an object, without `meta`, with any
 * field other than `meta`, or whose `{meta}` the oracle rejects → 422 with the schema errors.
 */
export function parsePatch(text: string, oracle: Oracle): PatchParse {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (e) {
    return { ok: false, status: 400, error: 'invalid_json', message: `the body is not JSON: ${(e as Error).message}` };
  }
  if (!isObject(body)) {
    return { ok: false, status: 422, error: 'invalid_body', message: 'the body must be a JSON object of the form {"meta": {…}}' };
  }
  const extra = Object.keys(body).filter((k) => k !== 'meta');
  if (extra.length > 0) {
    return { ok: false, status: 422, error: 'invalid_body', message: `only "meta" can be patched; remove ${extra.map((k) => JSON.stringify(k)).join(', ')}` };
  }
  if (!Object.hasOwn(body, 'meta')) {
    return { ok: false, status: 422, error: 'invalid_body', message: 'the body must contain "meta"' };
  }
  const { valid, errors } = oracle.check({ meta: body.meta });
  if (!valid || !isObject(body.meta)) {
    return { ok: false, status: 422, error: 'invalid_meta', message: 'meta must be an object whose values are strings', details: errors };
  }
  return { ok: true, meta: body.meta as Record<string, string> };
}
