/**
 * Generator benchmark: instances/second of the schema-derived arbitraries beside a hand-written `fc.record` of the
 * same shape and json-schema-faker, measured in one run, in this process (`generate.ts` measures whole processes and the
 * peak RSS of a million users).
 */
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { generateSync, type JsonSchema } from 'json-schema-faker';
import { caseSource, fakerSource, invalidArbitrary, validArbitrary } from '../generators/index.js';
import { loadSchema } from '../src/schema/load.js';

const BUDGET_MS = Number(process.env.BENCH_MS ?? 2_000);

const ROUNDS = 5;

/** A generator under test: produces `n` instances from a seed. */
interface Contender {
  name: string;
  produce: (n: number, seed: number) => void;
  batch: number;
}

/**
 * Instances per second of each contender: `ROUNDS` interleaved rounds of `BUDGET_MS / ROUNDS` each, best round
 * kept, so a burst of load from other processes hits every contender alike and is filtered out.
 */
function rates(contenders: Contender[]): Map<string, number> {
  const best = new Map<string, number>();
  for (const c of contenders) c.produce(c.batch, 0); // warm-up (JIT, caches)
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of contenders) {
      let n = 0;
      const start = performance.now();
      while (performance.now() - start < BUDGET_MS / ROUNDS) {
        c.produce(c.batch, round * 1_000_000 + n + 1);
        n += c.batch;
      }
      best.set(c.name, Math.max(best.get(c.name) ?? 0, (n * 1000) / (performance.now() - start)));
    }
  }
  return best;
}

const sampler =
  (arb: fc.Arbitrary<unknown>) =>
  (n: number, seed: number): void => {
    fc.sample(arb, { numRuns: n, seed });
  };

/**
 * The Connected User written by hand as `fc.record`, tuned to the schema-derived arbitrary's distribution (measured:
 * ~170 bytes of JSON on average, ~1 entry per map, 0.5% of maps with 50+ entries, rare 1,000+ char strings).
 * `invalid` swaps one top-level value for a wrong one (the usual hand-written shortcut); `deepInvalid` is the fair
 * counterpart of the schema-derived invalid arbitrary: one wrong value at any of the ten schema locations, deep inside
 * maps too, among valid siblings (a wrong type everywhere, near misses for `credentialStatus`); measured ~210 bytes of
 * JSON on average (schema-derived: ~240).
 */
export function handWrittenUser(): { valid: fc.Arbitrary<unknown>; invalid: fc.Arbitrary<unknown>; deepInvalid: fc.Arbitrary<unknown> } {
  const text = fc.oneof(
    { weight: 200, arbitrary: fc.string({ maxLength: 10 }) },
    { weight: 40, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
    { weight: 60, arbitrary: fc.constantFrom('', 'true', '123', ' x ', '__proto__') },
    { weight: 1, arbitrary: fc.string({ minLength: 1000, maxLength: 1200 }) },
  );
  const extra = fc.oneof(
    { weight: 6, arbitrary: fc.constant({}) },
    { weight: 1, arbitrary: fc.dictionary(text, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 2 }) },
  );
  const integration = fc
    .tuple(
      fc.record({ enabled: fc.boolean(), credentialStatus: fc.constantFrom('VALID', 'INVALID', 'EXPIRED'), providerId: text }, { requiredKeys: [] }),
      extra,
    )
    .map(([known, more]) => ({ ...more, ...known }));
  const map = <T>(v: fc.Arbitrary<T>) =>
    fc.oneof(
      { weight: 199, arbitrary: fc.dictionary(text, v, { maxKeys: 2 }) },
      { weight: 1, arbitrary: fc.dictionary(text, v, { minKeys: 50, maxKeys: 55 }) },
    );
  const user = fc
    .tuple(fc.record({ id: text, meta: map(text), authenticated: fc.boolean(), integrations: map(integration) }, { requiredKeys: [] }), extra)
    .map(([known, more]) => ({ ...more, ...known }));
  const wrong = fc.constantFrom<unknown>(null, 0, 1.5, 'x', 'true', [], {}, true);
  const invalid = fc.tuple(user, fc.constantFrom('id', 'meta', 'authenticated', 'integrations'), wrong).map(([u, key, bad]) => ({ ...u, [key]: bad }));
  const notString = fc.constantFrom<unknown>(null, true, 0, 1.5, [], {});
  const notBoolean = fc.constantFrom<unknown>(null, 'true', 'false', 0, 1, 1.5, '', [], {});
  const notObject = fc.constantFrom<unknown>(null, true, 0, 1.5, 'x', []);
  const notStatus = fc.constantFrom<unknown>('valid', ' VALID', 'VALID ', 'Valid', 'PENDING', '', 'null', 0, null, true, [], {});
  const at = (key: string, bad: fc.Arbitrary<unknown>) => fc.tuple(user, bad).map(([u, b]) => ({ ...u, [key]: b }));
  const inMap = (key: string, entries: fc.Arbitrary<Record<string, unknown>>, bad: fc.Arbitrary<unknown>) =>
    fc.tuple(user, entries, text, bad).map(([u, m, k, b]) => ({ ...u, [key]: { ...m, [k]: b } }));
  // The map holding the fault has 0..4 valid siblings, as in the schema-derived arbitrary.
  const siblings = <T>(v: fc.Arbitrary<T>) => fc.dictionary(text, v, { maxKeys: 4 });
  const inEntry = (prop: string, bad: fc.Arbitrary<unknown>) =>
    inMap(
      'integrations',
      siblings(integration),
      fc.tuple(integration, bad).map(([i, b]) => ({ ...i, [prop]: b })),
    );
  const deepInvalid = fc.oneof(
    notObject,
    at('id', notString),
    at('meta', notObject),
    at('authenticated', notBoolean),
    at('integrations', notObject),
    inMap('meta', siblings(text), notString),
    inMap('integrations', siblings(integration), notObject),
    inEntry('enabled', notBoolean),
    inEntry('credentialStatus', notStatus),
    inEntry('providerId', notString),
  );
  return { valid: user, invalid, deepInvalid };
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;

/** Runs the generator benchmark and returns printable lines. */
export async function benchGenerators(): Promise<string> {
  const doc = loadSchema().document;
  const hand = handWrittenUser();
  const faker = fakerSource(doc, { seed: 1 });
  const drain = (it: Iterable<unknown>): void => {
    for (const _ of it) {
      /* consume */
    }
  };
  // What `check` and `generate` pay per case: a fresh RNG per index, oracle confirmation and the JSON text. One endless
  // stream per kind; the warm-up call drains its edge cases, so rounds time random cases only.
  const fromSource = (kind: 'valid' | 'invalid') => {
    const stream = caseSource(doc, { seed: 1 })[kind](Number.MAX_SAFE_INTEGER)[Symbol.iterator]();
    let warm = false;
    return (n: number): void => {
      if (!warm) {
        warm = true;
        while (stream.next().value?.phase === 'edge') {
          /* skip the edge phase */
        }
      }
      for (let i = 0; i < n; i++) stream.next();
    };
  };
  const r = rates([
    { name: 'derivedValid', produce: sampler(validArbitrary(doc) as fc.Arbitrary<unknown>), batch: 500 },
    { name: 'handValid', produce: sampler(hand.valid), batch: 500 },
    {
      name: 'jsf',
      produce: (n, seed) => {
        for (let i = 0; i < n; i++) generateSync(doc as JsonSchema, { seed: seed + i });
      },
      batch: 200,
    },
    { name: 'fakerValid', produce: (n) => drain(faker.valid(n)), batch: 200 },
    { name: 'sourceValid', produce: fromSource('valid'), batch: 2_000 },
    { name: 'derivedInvalid', produce: sampler(invalidArbitrary(doc) as fc.Arbitrary<unknown>), batch: 500 },
    { name: 'handInvalid', produce: sampler(hand.invalid), batch: 500 },
    { name: 'handDeepInvalid', produce: sampler(hand.deepInvalid), batch: 500 },
    { name: 'fakerInvalid', produce: (n) => drain(faker.invalid(n)), batch: 200 },
    { name: 'sourceInvalid', produce: fromSource('invalid'), batch: 2_000 },
  ]);
  const get = (k: string): number => r.get(k)!;
  const [derivedValid, handValid, jsf, fakerValid, sourceValid] = ['derivedValid', 'handValid', 'jsf', 'fakerValid', 'sourceValid'].map(get) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const [derivedInvalid, handInvalid, handDeepInvalid, fakerInvalid, sourceInvalid] = [
    'derivedInvalid',
    'handInvalid',
    'handDeepInvalid',
    'fakerInvalid',
    'sourceInvalid',
  ].map(get) as [number, number, number, number, number];
  const lines = [
    `Generators (instances/s, best of ${ROUNDS} interleaved rounds, ${BUDGET_MS} ms per generator, node ${process.version})`,
    `  valid   schema-derived ${fmt(derivedValid)}/s | hand-written fc.record ${fmt(handValid)}/s (derived/hand ${ratio(derivedValid, handValid)}) | json-schema-faker ${fmt(jsf)}/s (derived/jsf ${ratio(derivedValid, jsf)}) | faker engine (jsf+overlay+oracle) ${fmt(fakerValid)}/s | case source (RNG per index+oracle+JSON text) ${fmt(sourceValid)}/s`,
    `  invalid schema-derived ${fmt(derivedInvalid)}/s | hand-written top-level swap ${fmt(handInvalid)}/s (derived/hand ${ratio(derivedInvalid, handInvalid)}) | hand-written any location ${fmt(handDeepInvalid)}/s (derived/hand-deep ${ratio(derivedInvalid, handDeepInvalid)}) | faker engine (mutate+oracle) ${fmt(fakerInvalid)}/s (derived/faker ${ratio(derivedInvalid, fakerInvalid)}) | case source ${fmt(sourceInvalid)}/s`,
  ];
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${await benchGenerators()}\n`);
}
