/**
 * Verdict rules: when a keyword change is provably a loosening in one direction. Validity is the conjunction of every
 * keyword at every place, so "NEW's keyword admits all OLD's keyword admits" at one place proves the change harmless
 * to readers (and the reverse to writers) — no search needed, no witness can exist.
 */
import type { ChangeSite } from './diff.js';
import type { Role } from './types.js';

/** A proof that a change cannot break a role, in words. */
export type Proof = string;

const show = (v: unknown): string => (v === undefined ? '(absent)' : JSON.stringify(v));
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);
const lower = ['minLength', 'minItems', 'minProperties', 'minimum', 'exclusiveMinimum'];
const upper = ['maxLength', 'maxItems', 'maxProperties', 'maximum', 'exclusiveMaximum'];

/**
 * Does `b` (a keyword's value in version `bn`, undefined = absent) admit every value that `a` (in `an`) admits?
 * The reason in words, or undefined when no rule tells.
 */
function admitsAll(keyword: string, a: unknown, b: unknown, an: string, bn: string): string | undefined {
  if (b === undefined) return `${bn} has no ${keyword} (${an}: ${show(a)})`;
  if (a === undefined) return undefined;
  const both = `${an} ${show(a)}, ${bn} ${show(b)}`;
  if (keyword === 'type') {
    const bt = list(b);
    const ok = list(a).every((t) => bt.includes(t) || (t === 'integer' && bt.includes('number')));
    return ok ? `type: ${bn} allows every type ${an} allows (${both})` : undefined;
  }
  if (keyword === 'enum') {
    const bv = list(b).map(show);
    return list(a).every((x) => bv.includes(show(x))) ? `enum: ${bn} keeps every value of ${an} (${both})` : undefined;
  }
  if (keyword === 'required') {
    const av = list(a);
    return list(b).every((x) => av.includes(x)) ? `required: ${bn} asks for no key ${an} does not (${both})` : undefined;
  }
  if (typeof a === 'number' && typeof b === 'number') {
    if (lower.includes(keyword) && b <= a) return `${keyword}: ${bn}'s lower bound is no higher (${both})`;
    if (upper.includes(keyword) && b >= a) return `${keyword}: ${bn}'s upper bound is no lower (${both})`;
    if (keyword === 'multipleOf' && b > 0 && Number.isInteger(a / b)) return `multipleOf: every multiple of ${a} is a multiple of ${b} (${both})`;
  }
  return undefined;
}

/**
 * A proof that `site` cannot break `role`, or undefined when no rule applies (then only a witness search can tell).
 * Reader: NEW must admit all OLD admits here. Writer: OLD must admit all NEW admits here.
 */
export function proveCompatible(site: ChangeSite, role: Role): Proof | undefined {
  const { change, kind } = site;
  const [from, to, fromName, toName] = role === 'reader' ? [change.before, change.after, 'OLD', 'NEW'] : [change.after, change.before, 'NEW', 'OLD'];
  if (kind === 'never') {
    return to === true ? `${toName} takes any value ${fromName} takes at ${change.path} (${fromName} takes none there)` : undefined;
  }
  if (kind === 'raw') return undefined;
  const why = admitsAll(change.keyword, from, to, fromName, toName);
  return why === undefined ? undefined : `${why}: every value ${fromName} accepts here ${toName} accepts too`;
}

/** What an unproven, witness-less change is about, for the unknown verdict's reason. */
export function undecidedReason(site: ChangeSite, role: Role, tried: number): string {
  const { change, kind } = site;
  const what =
    kind === 'raw'
      ? `${change.keyword} is not modelled by the generators, so no rule compares its versions`
      : change.keyword === 'pattern'
        ? `pattern ${show(change.before)} → ${show(change.after)}: no rule compares two regular expressions`
        : change.keyword === 'format'
          ? `format ${show(change.before)} → ${show(change.after)}: no rule compares two formats`
          : `${change.keyword} ${show(change.before)} → ${show(change.after)} may exclude values for ${role}s`;
  return `${what}, and none of ${tried} candidate instances is a witness (the excluded values may be unreachable)`;
}
