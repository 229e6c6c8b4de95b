/**
 * The class of a value an enum does not allow (SPEC §12 value classes): a case slip, padding or a look-alike of an
 * allowed value is a different bug from an unknown value such as `PENDING`. Pure; never the concrete value.
 */
import { valueClass } from './classes.js';

/**
 * `enum-miss:case`, `enum-miss:padded`, `enum-miss:nul`, `enum-miss:look-alike` (NFKC/width forms) or
 * `enum-miss:unknown-value` for strings; the value class (`integer`, `null`, …) for other JSON types.
 * @example enumMissClass('valid', ['VALID', 'INVALID']); // 'enum-miss:case'
 */
export function enumMissClass(value: unknown, allowed: readonly unknown[]): string {
  if (typeof value !== 'string') return valueClass(value);
  const strings = allowed.filter((a): a is string => typeof a === 'string');
  if (strings.includes(value.replace(/\u0000/g, ''))) return 'enum-miss:nul';
  if (strings.includes(value.trim())) return 'enum-miss:padded';
  const lower = value.toLowerCase();
  if (strings.some((a) => a.toLowerCase() === lower)) return 'enum-miss:case';
  const folded = value.normalize('NFKC').trim().toLowerCase();
  if (strings.some((a) => a.normalize('NFKC').toLowerCase() === folded)) return 'enum-miss:look-alike';
  return 'enum-miss:unknown-value';
}
