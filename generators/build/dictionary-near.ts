/** Enum near misses as the dictionary describes them: affixes, a case change, or a character map (named or a table). */
import type { NearMiss } from '../data/dictionary.js';

/** Named character maps: fullwidth forms, mathematical bold, and the dotted/dotless I of Turkish casing. */
const named: Readonly<Record<string, (cp: number) => number>> = {
  fullwidth: (cp) => (cp >= 0x21 && cp <= 0x7e ? cp + 0xfee0 : cp),
  'math-bold': (cp) =>
    cp >= 0x41 && cp <= 0x5a ? 0x1d400 + cp - 0x41 : cp >= 0x61 && cp <= 0x7a ? 0x1d41a + cp - 0x61 : cp >= 0x30 && cp <= 0x39 ? 0x1d7ce + cp - 0x30 : cp,
  'dotted-i': (cp) => (cp === 0x49 ? 0x130 : cp === 0x69 ? 0x131 : cp),
};

/** True when `map` names a known character map (a table is always known). */
export function knownMap(map: NearMiss['map']): boolean {
  return map === undefined || typeof map === 'object' || Object.hasOwn(named, map);
}

function mapChars(s: string, map: NonNullable<NearMiss['map']>): string {
  if (typeof map === 'string') {
    const f = named[map];
    if (!f) throw new Error(`dictionary: unknown character map "${map}"`);
    return Array.from(s, (c) => String.fromCodePoint(f(c.codePointAt(0)!))).join('');
  }
  return Array.from(s, (c) => (Object.hasOwn(map, c) ? map[c]! : c)).join('');
}

/**
 * The near miss of `s` that `n` describes (which may equal `s` when nothing applies, e.g. a look-alike table for a
 * string without such letters; callers skip those).
 * @example nearMiss('VALID', { suffix: '\u0000' }); // 'VALID\u0000'
 */
export function nearMiss(s: string, n: NearMiss): string {
  let out = s;
  if (n.case === 'lower') out = out.toLowerCase();
  else if (n.case === 'upper') out = out.toUpperCase();
  else if (n.case === 'title') out = out.slice(0, 1).toUpperCase() + out.slice(1).toLowerCase();
  if (n.map !== undefined) out = mapChars(out, n.map);
  return `${n.prefix ?? ''}${out}${n.suffix ?? ''}`;
}
