/** The model of `http.write.persists`: GET/PATCH steps run against a model of the merged meta. */
import fc from 'fast-check';
import { objectFrom } from '../../core/json.js';
import type { CheckContext } from '../types.js';
import { endpointOf, type HttpMiss, metaOf, missOf, readJson, type Sent, send, statusText } from './common.js';

/** One step of a sequence, as plain data (also the counterexample form). */
export type Step = { method: 'GET' } | { method: 'PATCH'; body: Record<string, unknown> };

/** The model: the meta the service should hold. A Map, so hostile keys are plain data. */
export interface Model {
  meta: Map<string, string>;
}

/** The system under test for one sequence: one user, and the steps run so far. */
export interface Real {
  authorization: string;
  trace: Step[];
}

/** Thrown by a step when the service disagrees with the model. */
export class PersistMiss extends Error {
  constructor(readonly miss: HttpMiss) {
    super(miss.actual);
  }
}

const showMeta = (m: Map<string, string>): string =>
  JSON.stringify(Object.fromEntries([...m].map(([k, v]) => [k === '__proto__' ? '["__proto__"]' : k, v]))).slice(0, 300);

function metaMap(sent: Sent, what: string): Map<string, string> {
  const body = readJson(sent.res);
  const meta = body.ok ? metaOf(body.value) : undefined;
  if (sent.res.status !== 200 || !meta)
    throw new PersistMiss(
      missOf(sent, `${what} to answer 200 with a user whose meta is an object`, `status ${statusText(sent.res)}: ${sent.res.body.slice(0, 200)}`, 'bad-answer'),
    );
  return new Map(Object.keys(meta).map((k) => [k, meta[k] as string]));
}

/** How a GET's meta differs from the model: entries lost, values not updated, or entries that should not be there. */
function mismatchClass(want: Map<string, string>, got: Map<string, string>): string {
  if ([...want.keys()].some((k) => !got.has(k))) return 'lost-entry';
  if ([...want].some(([k, v]) => got.get(k) !== v)) return 'stale-value';
  return 'extra-entry';
}

function sameMeta(a: Map<string, string>, b: Map<string, string>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.has(k) && b.get(k) === v);
}

/** Opens a sequence: a fresh user (or the fixed one) and its current meta as the initial model. */
export async function openSequence(ctx: CheckContext): Promise<{ model: Model; real: Real }> {
  const user = await endpointOf(ctx).newUser();
  const sent = await send(ctx, { method: 'GET', authorization: user.authorization });
  return { model: { meta: metaMap(sent, 'the first GET of the sequence') }, real: { authorization: user.authorization, trace: [] } };
}

/** Runs one step against the service and the model; throws `PersistMiss` on disagreement. */
export async function runStep(ctx: CheckContext, step: Step, model: Model, real: Real): Promise<void> {
  real.trace.push(step);
  if (step.method === 'GET') {
    const sent = await send(ctx, { method: 'GET', authorization: real.authorization });
    const got = metaMap(sent, 'GET');
    if (!sameMeta(got, model.meta)) {
      throw new PersistMiss(
        missOf(sent, `GET to show every patch merged over the old meta: ${showMeta(model.meta)}`, `meta is ${showMeta(got)}`, mismatchClass(model.meta, got)),
      );
    }
    return;
  }
  const sent = await send(ctx, { method: 'PATCH', body: JSON.stringify(step.body), authorization: real.authorization });
  if (sent.res.status < 200 || sent.res.status >= 300) {
    throw new PersistMiss(
      missOf(sent, 'PATCH with valid meta to answer 2xx', `status ${statusText(sent.res)}: ${sent.res.body.slice(0, 200)}`, 'patch-refused'),
    );
  }
  const patch = step.body.meta as Record<string, string>;
  for (const k of Object.keys(patch)) model.meta.set(k, patch[k] as string);
}

/** Keys drawn from a small pool (so patches overwrite each other) plus hostile and random ones. */
const keyArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('a', 'b', 'c', 'plan', 'Email') },
  { weight: 3, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', '', ' ', 'ключ', '😀', 'a.b', '$ref', '/~') },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const valueArb = fc.oneof(fc.constantFrom('', 'v1', 'v2', '123', 'true', 'null', ' padded ', 'e\u0301'), fc.string({ maxLength: 12, unit: 'binary' }));

/** A patch body `{"meta": {…}}` built with own properties only. */
export const patchArb: fc.Arbitrary<Record<string, unknown>> = fc
  .uniqueArray(fc.tuple(keyArb, valueArb), { selector: ([k]) => k, maxLength: 5 })
  .map((pairs) => ({ meta: objectFrom(pairs) }));

/** Sequences of steps: GETs and PATCHes of `patchArb` bodies (shrinking drops steps, then simplifies patches). */
export const sequenceArb: fc.Arbitrary<Step[]> = fc.array(
  fc.oneof(
    fc.constant<Step>({ method: 'GET' }),
    patchArb.map((body): Step => ({ method: 'PATCH', body })),
  ),
  { minLength: 1, maxLength: 8 },
);
