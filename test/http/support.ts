/** Test kit for the HTTP checks: a small deterministic case source and a CheckContext builder. */
import { type CaseSource, canonicalize, type GeneratedCase, type Shard } from '../../generators/index.js';
import type { CheckContext, CheckDef, CheckOutcome } from '../../src/checks/types.js';
import type { Case, Target } from '../../src/core/types.js';
import { loadSchema } from '../../src/schema/load.js';
import { oracleFor } from '../../src/schema/oracle.js';

const bigMeta = JSON.stringify({ meta: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`key${i}`, `value ${i}`])) });

/** Valid users whose meta exercises hostile keys, big maps, unicode and long strings. */
const validJson = [
  '{}',
  '{"meta":{}}',
  '{"meta":{"a":"b"}}',
  '{"meta":{"__proto__":"x","constructor":"y","toString":"","":"empty","prototype":"p"}}',
  bigMeta,
  '{"meta":{"ключ":"значение","😀":"e\\u0301","k":"  padded  ","n":"123","t":"true"}}',
  '{"id":"u1","authenticated":true,"integrations":{"slack":{"enabled":true,"credentialStatus":"VALID"}},"meta":{"plan":"pro"}}',
  JSON.stringify({ meta: { long: 'x'.repeat(2000) } }),
];

const t = (path: string, schemaPath: string) => ({ instancePath: path, keyword: 'type', schemaPath });
/** Invalid users: faults in meta, at the root, and one elsewhere (not a PATCH fault). */
const invalidCases: { json: string; violation: Case['violation'] }[] = [
  { json: '{"meta":{"a":1}}', violation: t('/meta/a', '#/properties/meta/additionalProperties/type') },
  { json: '{"meta":{"ok":"x","deep":"y","bad":false}}', violation: t('/meta/bad', '#/properties/meta/additionalProperties/type') },
  { json: '{"meta":[]}', violation: t('/meta', '#/properties/meta/type') },
  { json: '{"meta":null}', violation: t('/meta', '#/properties/meta/type') },
  { json: '{"meta":{"ok":"x","__proto__":5}}', violation: t('/meta/__proto__', '#/properties/meta/additionalProperties/type') },
  { json: '[]', violation: t('', '#/type') },
  { json: '"user"', violation: t('', '#/type') },
  { json: '{"authenticated":"true"}', violation: t('/authenticated', '#/properties/authenticated/type') },
];

function* stream(kind: 'valid' | 'invalid', runs: number, shard?: Shard): Iterable<GeneratedCase> {
  const edge = kind === 'valid' ? validJson.map((json) => ({ json })) : invalidCases;
  const all: { json: string; violation?: Case['violation'] }[] = [...edge];
  for (let i = 0; i < runs; i++) {
    if (kind === 'valid') all.push({ json: JSON.stringify({ meta: Object.fromEntries(Array.from({ length: i % 6 }, (_, j) => [`r${i}-${j}`, `v${j}`])) }) });
    else all.push(invalidCases[i % invalidCases.length] as { json: string; violation: Case['violation'] });
  }
  for (const [index, c] of all.entries()) {
    if (shard && index % shard.count !== shard.index - 1) continue;
    yield { kind, json: c.json, ...(c.violation ? { violation: c.violation } : {}), phase: index < edge.length ? 'edge' : 'random', index };
  }
}

/** Shrinks by dropping meta keys one at a time while the failure holds. */
async function shrink(c: GeneratedCase, fails: (candidate: Case) => Promise<boolean>): Promise<{ case: Case; steps: number }> {
  let current: Case = c;
  let steps = 0;
  for (let progress = true; progress && steps < 100; ) {
    progress = false;
    const value = JSON.parse(current.json) as { meta?: Record<string, unknown> };
    if (typeof value !== 'object' || value === null || typeof value.meta !== 'object' || value.meta === null) break;
    for (const key of Object.keys(value.meta)) {
      if (current.violation && current.violation.instancePath === `/meta/${key}`) continue;
      const meta = JSON.parse(JSON.stringify(value.meta)) as Record<string, unknown>;
      delete meta[key];
      const candidate = { ...current, json: JSON.stringify({ ...value, meta }) };
      steps++;
      if (await fails(candidate)) {
        current = candidate;
        progress = true;
        break;
      }
    }
  }
  return { case: current, steps };
}

/** The stub case source. */
export const stubCases: CaseSource = {
  valid: (runs, shard) => stream('valid', runs, shard),
  invalid: (runs, shard) => stream('invalid', runs, shard),
  shrink,
  locationsOf: () => [],
  locations: [],
};

const schema = loadSchema();
const oracle = oracleFor(schema.document);

/** A CheckContext over `target` with the stub cases (or `cases`). */
export function contextFor(
  target: Target,
  opts: { runs?: number; seed?: number; cases?: CaseSource; signal?: AbortSignal; shard?: Shard } = {},
): CheckContext & { latencies: number[] } {
  const latencies: number[] = [];
  return {
    target,
    schema,
    root: canonicalize(schema.document).root,
    oracle,
    cases: opts.cases ?? stubCases,
    settings: {
      seed: opts.seed ?? 42,
      runs: opts.runs ?? 10,
      ...(opts.shard ? { shard: opts.shard } : {}),
      timeoutMs: 10_000,
      maxFindings: 10,
    },
    recordLatency: (ms) => latencies.push(ms),
    signal: opts.signal ?? new AbortController().signal,
    latencies,
  };
}

/** Result of running one check: its outcome, or the error it threw. */
export type Ran = { outcome: CheckOutcome } | { error: Error } | { skipped: string };

/** Runs `checks` in order against one context, like the engine does. */
export async function runAll(checks: readonly CheckDef[], ctx: CheckContext): Promise<Map<string, Ran>> {
  const out = new Map<string, Ran>();
  for (const c of checks) {
    const reason = c.skipReason(ctx.target);
    if (reason) {
      out.set(c.id, { skipped: reason });
      continue;
    }
    try {
      out.set(c.id, { outcome: await c.run(ctx) });
    } catch (e) {
      out.set(c.id, { error: e as Error });
    }
  }
  return out;
}

/** Ids of the checks that failed (had failures). */
export function failedIds(results: Map<string, Ran>): string[] {
  return [...results].filter(([, r]) => 'outcome' in r && r.outcome.findings.length > 0).map(([id]) => id);
}
