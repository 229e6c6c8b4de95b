/** One generation per case stream: every check of every target walks the same arrays (a case depends only on seed, kind, index). */
import type { CaseSource, GeneratedCase, Shard } from '../../generators/index.js';
import { mark } from '../core/trace.js';

/**
 * Every check of every target walks the same cases: each stream is generated once and handed out as the same array
 * (cases depend only on seed, kind and index, so this changes no value).
 */
export function memoized(src: CaseSource): CaseSource {
  const memo = new Map<string, GeneratedCase[]>();
  const get = (kind: 'valid' | 'invalid', runs: number, shard?: Shard): GeneratedCase[] => {
    const key = `${kind}:${runs}:${shard ? `${shard.index}/${shard.count}/${shard.block ?? 1}` : ''}`;
    let list = memo.get(key);
    if (!list) {
      list = [...(kind === 'valid' ? src.valid(runs, shard) : src.invalid(runs, shard))];
      mark(`cases ${kind} ${list.length}`);
      memo.set(key, list);
    }
    return list;
  };
  return {
    valid: (runs, shard) => get('valid', runs, shard),
    invalid: (runs, shard) => get('invalid', runs, shard),
    shrink: (c, fails, opts) => src.shrink(c, fails, opts),
    locationsOf: (value) => src.locationsOf(value),
    locations: src.locations,
  };
}
