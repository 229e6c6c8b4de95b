/**
 * Witness candidates, most targeted first: values built at the changed place (the values the diff names, the stricter
 * version's mutations there, the other version's valid values there), each embedded in a minimal valid instance; then
 * whole instances from both versions' generators (seeded valid users of one, single-fault users of the other).
 */
import fc from 'fast-check';
import { embed } from '../../generators/build/embed.js';
import { exampleOf } from '../../generators/build/example.js';
import { faultArbitrary, faultsOf, kitFor } from '../../generators/build/invalid.js';
import type { ValidBuilder } from '../../generators/build/valid.js';
import type { Canonical, CNode } from '../../generators/index.js';
import { mutationsOf } from '../../generators/vocab/index.js';
import { objectFrom } from '../core/json.js';
import type { ChangeSite, Side } from './diff.js';

/** One version as the search sees it: its canonical graph and valid builder. */
export interface Generators {
  canonical: Canonical;
  builder: ValidBuilder;
}

/** Samples drawn from each arbitrary (seeded, so witnesses are the same on every run). */
const SAMPLES = 8;
const RANDOM_CASES = 100;
const typeExamples: unknown[] = [null, false, 0, 1.5, '', [], {}];

const sample = (arb: fc.Arbitrary<unknown>, n = SAMPLES): unknown[] => fc.sample(arb, { seed: 1, numRuns: n });

/** Values the diff itself names: both versions' enum/const values, bound-adjacent lengths, numbers and sizes. */
function namedValues(site: ChangeSite, items: CNode | undefined): unknown[] {
  const { keyword, before, after } = site.change;
  const given = [before, after].filter((v) => v !== undefined);
  if (keyword === 'enum') return given.flatMap((v) => (Array.isArray(v) ? v : []));
  if (keyword === 'const') return given;
  if (keyword === 'type') return typeExamples;
  const bounds = given.filter((v): v is number => typeof v === 'number');
  const near = [...new Set(bounds.flatMap((n) => [n - 1, n, n + 1]))].filter((n) => n >= 0 && n < 100_000);
  if (/Length$/.test(keyword)) return near.map((n) => 'a'.repeat(n));
  if (/Items$/.test(keyword)) return near.map((n) => Array.from({ length: n }, () => (items ? exampleOf(items) : null)));
  if (/Properties$/.test(keyword)) return near.map((n) => objectFrom(Array.from({ length: n }, (_, i) => [`k${i}`, null] as const)));
  if (/imum$|multipleOf/.test(keyword)) return bounds.flatMap((n) => [n - 1, n - 0.5, n, n + 0.5, n + 1, n * 2, 0]);
  return [];
}

/** Faulty values of the stricter node (`strict`), the changed keyword's operators first. */
function mutationValues(strict: CNode, keyword: string, gen: Generators): unknown[] {
  if (strict.never) return [];
  const kit = kitFor(gen.builder);
  const ms = mutationsOf(strict).sort((a, b) => Number(b.keyword === keyword) - Number(a.keyword === keyword));
  return ms.flatMap((m) => [m.example(kit), ...sample(m.arbitrary(kit), 3)]);
}

/** Valid values of a node (its minimal example, then seeded samples). */
function validValues(node: CNode, gen: Generators): unknown[] {
  if (node.never) return [];
  return [exampleOf(node), ...sample(gen.builder.valid(node))];
}

/** Builds each value lazily and skips the ones a builder cannot make (e.g. no valid value exists there). */
function* attempt(makers: (() => unknown[])[]): Generator<unknown> {
  for (const make of makers) {
    let values: unknown[];
    try {
      values = make();
    } catch {
      continue;
    }
    yield* values;
  }
}

/**
 * Candidate instances for "valid under A, invalid under B" at `site`, lazily, most targeted first.
 * `a`/`b` are the change's sides in A and B; every leaf is embedded along A's steps so the rest of it is A-valid.
 */
export function* candidates(site: ChangeSite, a: Side, b: Side, genA: Generators, genB: Generators): Generator<unknown> {
  const place = (steps: Side['steps'], leaf: unknown): unknown => embed(steps, leaf).value;
  const leaves = attempt([
    () => namedValues(site, a.node.items ?? b.node.items),
    () => mutationValues(b.node, site.change.keyword, genB),
    () => validValues(a.node, genA),
  ]);
  for (const leaf of leaves) {
    try {
      yield place(a.steps, leaf);
    } catch {
      // no minimal valid surroundings for this leaf: try the next one
    }
  }
  const parent = b.steps.at(-1)?.parent;
  if (site.kind === 'never' && parent) {
    for (const v of attempt([() => mutationValues(parent, 'additionalProperties', genB)])) yield place(a.steps.slice(0, -1), v);
  }
  // Whole instances: seeded valid users of A, then single-fault users of B at every (place, mutation) of B.
  yield* attempt([() => sample(genA.builder.valid(genA.canonical.root), RANDOM_CASES)]);
  for (const fault of faultsOf(genB.canonical)) {
    yield* attempt([() => sample(faultArbitrary(fault, genB.builder), 2).map((v) => (v as { instance: unknown }).instance)]);
  }
}
