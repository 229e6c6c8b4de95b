/** Whether a failing case holds what a known finding is about, so it counts as a hit without being shrunk again. */
import type { CNode } from '../../generators/index.js';
import { jsonTypeOf } from '../../generators/vocab/util.js';
import { escapeToken } from '../core/pointer.js';
import { stringClass, valueClass } from './classes.js';
import { nodeAt } from './locate.js';
import { type Path, valueAt } from './variants.js';

/** Every path of a JSON value (containers included), root first. */
function* allPaths(value: unknown, at: (string | number)[] = []): Generator<(string | number)[]> {
  yield at;
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* allPaths(value[i], [...at, i]);
  else if (value !== null && typeof value === 'object') for (const k of Object.keys(value)) yield* allPaths((value as Record<string, unknown>)[k], [...at, k]);
}

/** True when one concrete step matches one segment of a generalised location. */
function stepMatches(root: CNode, path: Path, i: number, segment: string): boolean {
  const step = path[i]!;
  const parent = nodeAt(root, path.slice(0, i));
  const declared = typeof step === 'string' && parent?.properties.some(([k]) => k === step);
  if (declared) return segment === escapeToken(step);
  if (segment === '*') return true;
  const key = String(step);
  if (segment === '(unknown)') return !parent?.additionalProperties && !parent?.items;
  const unknownClass = /^\(unknown:(.*)\)$/.exec(segment);
  if (unknownClass) return stringClass(key) === unknownClass[1];
  const cls = /^\{(.*)\}$/.exec(segment);
  return cls !== null && typeof step === 'string' && stringClass(key) === cls[1];
}

/**
 * True when `value` has a place matching `location` whose value is of class `value` (when given). A location starting
 * with `**` matches at any depth (`**` alone: any place; `**` then segments: any place whose last steps match them).
 */
export function holds(root: CNode, instance: unknown, location: string, value?: string): boolean {
  const anyDepth = location === '**' || location.startsWith('**/');
  const segments = location === '/' || location === '**' ? [] : location.slice(anyDepth ? 3 : 1).split('/');
  for (const path of allPaths(instance)) {
    if (anyDepth ? path.length < segments.length : path.length !== segments.length) continue;
    const offset = path.length - segments.length;
    if (!segments.every((s, i) => stepMatches(root, path, offset + i, s))) continue;
    if (value === undefined) return true;
    const v = valueAt(instance, path);
    if (valueClass(v) === value || jsonTypeOf(v) === value) return true;
  }
  return false;
}
