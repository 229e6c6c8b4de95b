/** Small helpers shared by vocabulary entries: fixed-value mutations, JSON type of a value, reading keywords. */
import fc from 'fast-check';
import { cloneJson } from '../../src/core/json.js';
import type { CNode } from '../schema/canonical.js';
import type { JsonType, Mutation } from './types.js';

/** A mutation whose faulty value is always `value` (a fresh copy each time). */
export function fixedMutation(operator: string, keyword: string, value: unknown): Mutation {
  const primitive = value === null || typeof value !== 'object';
  return { operator, keyword, arbitrary: () => (primitive ? fc.constant(value) : fc.constant(value).map(cloneJson)), example: () => cloneJson(value) };
}

/** The most specific JSON type of a value (`integer` for integral numbers). */
export function jsonTypeOf(v: unknown): JsonType {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v as JsonType;
}

/** True when a value of JSON type `t` satisfies the allowed `types` (undefined = any; `number` admits integers). */
export function typeAllowed(t: JsonType, types: ReadonlySet<JsonType> | undefined): boolean {
  if (!types) return true;
  return types.has(t) || (t === 'integer' && types.has('number'));
}

/** A numeric keyword of the node, or undefined. */
export function numberKeyword(node: CNode, k: string): number | undefined {
  const v = node.keywords.get(k);
  return typeof v === 'number' ? v : undefined;
}

/** JSON-ish text for operator names (short, stable). */
export function show(v: unknown): string {
  return JSON.stringify(v) ?? String(v);
}
