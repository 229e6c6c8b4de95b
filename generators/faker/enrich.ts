/**
 * Walks a json-schema-faker value beside its schema and makes it realistic: fills the maps jsf leaves empty
 * (driven by the map's value schema), turns id-like strings into UUIDs and weights enums. Pure; seeded.
 */

import { isObject, setOwn } from '../../src/core/json.js';
import { derefSchema } from '../../src/core/pointer.js';
import { patternRegExp } from '../vocab/pattern.js';
import { enumWeights, integrationNames, mapSize, metaVocabulary, type Persona, type Rng, stringFor, usuallyTrueName, weighted } from './overlay.js';

type Schema = Record<string, unknown>;

/** What the walk needs: the root document (for `$ref`), a seeded PRNG, a persona and a jsf call for sub-schemas. */
export interface EnrichContext {
  root: Schema;
  rng: Rng;
  persona: Persona;
  /** Generates a value for a sub-schema with json-schema-faker (the root's `$defs` available). */
  fake(schema: Schema, seed: number): unknown;
}

/** Resolves local `$ref`s (sibling keywords merged over the target), memoised so a schema node always resolves to the same object. */
export function resolveRef(node: unknown, root: Schema): unknown {
  if (!isObject(node) || typeof node.$ref !== 'string') return node;
  const hit = resolved.get(node);
  if (hit && hit.root === root) return hit.value;
  const value = derefSchema(node, root);
  resolved.set(node, { root, value });
  return value;
}

const resolved = new WeakMap<object, { root: Schema; value: unknown }>();

const types = (s: Schema): string[] => (Array.isArray(s.type) ? (s.type as string[]) : typeof s.type === 'string' ? [s.type] : []);

function fitsString(s: Schema, v: string): boolean {
  const len = [...v].length;
  if (typeof s.minLength === 'number' && len < s.minLength) return false;
  if (typeof s.maxLength === 'number' && len > s.maxLength) return false;
  if (typeof s.pattern === 'string') {
    try {
      if (!patternRegExp(s.pattern).test(v)) return false;
    } catch {
      return false;
    }
  }
  return true;
}

function enrichString(s: Schema, value: string, name: string | undefined, ctx: EnrichContext): string {
  if (s.format === 'uuid') return ctx.rng.uuid();
  if (s.format !== undefined) return value;
  const candidate = stringFor(ctx.rng, ctx.persona, name);
  return fitsString(s, candidate) ? candidate : value;
}

/** The kind of entries a map gets, from its value schema: strings → meta-like, objects → integration-like. */
function mapVocabulary(valueSchema: Schema): 'meta' | 'integration' | 'generic' {
  const t = types(valueSchema);
  if (t.includes('object') || isObject(valueSchema.properties)) return 'integration';
  if (t.length === 1 && t[0] === 'string' && valueSchema.enum === undefined && valueSchema.const === undefined) return 'meta';
  return 'generic';
}

function fillMap(obj: Record<string, unknown>, s: Schema, addl: Schema, ctx: EnrichContext): void {
  const declared = isObject(s.properties) ? s.properties : {};
  const patterns = isObject(s.patternProperties) ? Object.keys(s.patternProperties) : [];
  const free = (k: string): boolean =>
    !Object.hasOwn(declared, k) &&
    !Object.hasOwn(obj, k) &&
    !patterns.some((p) => {
      try {
        return patternRegExp(p).test(k);
      } catch {
        return true;
      }
    });
  const kind = mapVocabulary(addl);
  const room = typeof s.maxProperties === 'number' ? s.maxProperties - Object.keys(obj).length : Infinity;
  const want = Math.min(mapSize(ctx.rng), room);
  const keys = (kind === 'integration' ? integrationNames : metaVocabulary.map(([k]) => k)).filter(free);
  for (let i = 0; i < want && keys.length > 0; i++) {
    const key = keys.splice(ctx.rng.int(0, keys.length - 1), 1)[0]!;
    if (kind === 'meta') {
      const v = enrichString(addl, '', key, ctx);
      if (v !== '' || fitsString(addl, '')) setOwn(obj, key, v);
    } else {
      setOwn(obj, key, enrich(ctx.fake(addl, ctx.rng.seed()), addl, ctx, key));
    }
  }
}

function enrichObject(obj: Record<string, unknown>, s: Schema, ctx: EnrichContext): Record<string, unknown> {
  const declared = isObject(s.properties) ? s.properties : {};
  for (const key of Object.keys(obj)) {
    if (Object.hasOwn(declared, key)) setOwn(obj, key, enrich(obj[key], declared[key], ctx, key));
  }
  const addl = resolveRef(s.additionalProperties, ctx.root);
  if (isObject(addl)) {
    const extra = Object.keys(obj).filter((k) => !Object.hasOwn(declared, k));
    for (const k of extra) setOwn(obj, k, enrich(obj[k], addl, ctx, k));
    if (extra.length === 0) fillMap(obj, s, addl, ctx);
  }
  return obj;
}

/**
 * Returns a more realistic version of `value` (a jsf output for `schema`), mutating objects in place.
 * `name` is the property or map key the value sits under, used as a hint for ids and meta values.
 */
export function enrich(value: unknown, schema: unknown, ctx: EnrichContext, name?: string): unknown {
  const s = resolveRef(schema, ctx.root);
  if (!isObject(s) || s.const !== undefined) return value;
  if (Array.isArray(s.enum) && s.enum.length > 0 && s.enum.some((e) => e === value)) {
    return weighted(
      ctx.rng,
      s.enum.map((e) => [e, typeof e === 'string' ? (enumWeights[e] ?? 10) : 10] as const),
    );
  }
  if (s.enum !== undefined) return value;
  if (typeof value === 'string' && types(s).includes('string')) return enrichString(s, value, name, ctx);
  if (typeof value === 'boolean' && name !== undefined && usuallyTrueName.test(name)) return ctx.rng.next() < 0.85;
  if (Array.isArray(value) && isObject(s.items)) return value.map((v) => enrich(v, s.items, ctx));
  if (isObject(value)) return enrichObject(value, s, ctx);
  return value;
}
