/** Judges one exchange (SPEC §15): sdk/me 2xx response bodies against the schema, PATCH request bodies against the profile. Pure. */
import { type CNode, canonicalize } from '../../generators/index.js';
import { UsageError } from '../core/errors.js';
import { pointerTokens } from '../core/pointer.js';
import type { Violation } from '../core/types.js';
import { valueClass } from '../findings/classes.js';
import { enumMissClass } from '../findings/enum-miss.js';
import { generalizeLocation } from '../findings/fingerprint.js';
import { nodeAt, typedPath } from '../findings/locate.js';
import { valueAt } from '../findings/variants.js';
import { type Oracle, oracleFor } from '../schema/oracle.js';
import { patchProfileSchema } from './profile.js';
import { isJsonType, isJudgedMethod, isSdkMe, mediaType } from './route.js';
import type { Exchange, Hit, TrafficRule } from './types.js';

/** What judging one exchange found. `value` is the parsed 2xx response body, for the observed values. */
export interface Judgement {
  /** A 2xx sdk/me response body was judged. */
  response: boolean;
  /** A PATCH request body was judged. */
  patch: boolean;
  hits: Hit[];
  value?: unknown;
  contentType?: string;
}

/** A judge compiled for one schema document. */
export interface Judge {
  readonly root: CNode;
  /** The Connected User oracle. */
  readonly oracle: Oracle;
  /** The oracle a rule judges with (the profile for PATCH bodies). */
  oracleOf(rule: TrafficRule): Oracle;
  /** The hit for violation `v` in `value` (location generalised, value classed): shrinking compares these. */
  describe(rule: TrafficRule, failure: string, value: unknown, v: Violation, expected: string): Hit;
  judge(ex: Exchange): Judgement;
}

type Parsed = { ok: true; value: unknown } | { ok: false; bytes: number };

function parseBody(body: Exchange['responseBody']): Parsed {
  if (body === undefined) return { ok: false, bytes: 0 };
  if (typeof body === 'object' && !Buffer.isBuffer(body)) return { ok: true, value: body.json };
  const text = typeof body === 'string' ? body : body.toString('utf8');
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, bytes: Buffer.byteLength(text) };
  }
}

/** Creates the judge: the oracle and canonical tree of `doc`, and the PATCH profile derived from it. */
export function createJudge(doc: Record<string, unknown>): Judge {
  const oracle = oracleFor(doc);
  const profile = oracleFor(patchProfileSchema(doc));
  let root: CNode;
  try {
    root = canonicalize(doc).root;
  } catch (e) {
    throw new UsageError(`${(e as Error).message}. Judging traffic needs a schema whose $refs are local JSON pointers (#/…); pass such a --schema.`);
  }

  const describe = (rule: TrafficRule, failure: string, value: unknown, v: Violation, expected: string): Hit => {
    const path = typedPath(value, pointerTokens(v.instancePath));
    const here = valueAt(value, path);
    const allowed = v.keyword === 'enum' ? nodeAt(root, path)?.keywords.get('enum') : undefined;
    const cls = Array.isArray(allowed) ? enumMissClass(here, allowed) : valueClass(here);
    const location = generalizeLocation(root, path);
    return {
      rule,
      failure,
      location,
      keyword: v.keyword,
      value: cls,
      instance: value,
      violation: v,
      expected,
      actual: `${v.keyword} fails at ${location} [${cls}]`,
    };
  };

  /** One hit per instance location (ajv may report type and enum at one place: the first one counts). */
  const schemaHits = (rule: TrafficRule, failure: string, value: unknown, errors: readonly Violation[], expected: string): Hit[] => {
    const seen = new Set<string>();
    const hits: Hit[] = [];
    for (const v of errors) {
      if (seen.has(v.instancePath)) continue;
      seen.add(v.instancePath);
      hits.push(describe(rule, failure, value, v, expected));
    }
    return hits;
  };

  const judgeResponse = (ex: Exchange, out: Judgement): void => {
    const rule = 'traffic.response.conforms';
    const type = ex.responseHeaders['content-type'];
    out.contentType = mediaType(type);
    if (!isJsonType(type)) {
      const expected = 'Content-Type: application/json';
      out.hits.push({ rule, failure: 'wrong-content-type', location: '/', value: out.contentType, expected, actual: `Content-Type: ${out.contentType}` });
    }
    const parsed = parseBody(ex.responseBody);
    if (!parsed.ok) {
      out.hits.push({ rule, failure: 'not-json', location: '/', expected: 'a JSON body', actual: `a body that is not JSON (${parsed.bytes} bytes)` });
      return;
    }
    out.value = parsed.value;
    const { valid, errors } = oracle.check(parsed.value);
    if (!valid) out.hits.push(...schemaHits(rule, 'schema-violation', parsed.value, errors, 'a Connected User the schema accepts'));
  };

  const judgePatch = (ex: Exchange, out: Judgement): void => {
    const rule = 'traffic.patch.profile';
    const failure = ex.status >= 200 && ex.status < 300 ? 'invalid-patch-accepted' : 'invalid-patch';
    const parsed = parseBody(ex.requestBody);
    if (!parsed.ok) {
      out.hits.push({
        rule,
        failure,
        location: '/',
        keyword: 'json',
        expected: 'a JSON body {"meta": {…}}',
        actual: `a body that is not JSON (${parsed.bytes} bytes), answered ${ex.status}`,
      });
      return;
    }
    const { valid, errors } = profile.check(parsed.value);
    if (!valid) out.hits.push(...schemaHits(rule, failure, parsed.value, errors, `a body {"meta": {…strings}} (answered ${ex.status})`));
  };

  return {
    root,
    oracle,
    oracleOf: (rule) => (rule === 'traffic.patch.profile' ? profile : oracle),
    describe,
    judge(ex) {
      const out: Judgement = { response: false, patch: false, hits: [] };
      if (!isSdkMe(ex.path) || !isJudgedMethod(ex.method) || ex.tooLarge) return out;
      out.patch = ex.method.toUpperCase() === 'PATCH';
      out.response = ex.status >= 200 && ex.status < 300;
      if (out.patch) judgePatch(ex, out);
      if (out.response) judgeResponse(ex, out);
      return out;
    },
  };
}
