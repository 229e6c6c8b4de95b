/**
 * Observed values (SPEC §15): what the service really sends, per generalised location: enum values (also those the
 * schema forbids), properties it does not declare, map sizes, content types. Bounded memory whatever the traffic.
 */
import type { CNode } from '../../generators/index.js';
import { isObject, jsonEqual } from '../core/json.js';
import { escapeToken } from '../core/pointer.js';
import type { Observed } from './types.js';

/** Distinct values or names kept per location; longer strings are cut. */
const MAX_DISTINCT = 50;
const MAX_TEXT = 120;
const MAX_DEPTH = 64;
/** Distinct map sizes kept per location (a histogram, so the median is exact). */
const MAX_SIZES = 10_000;

const cut = (v: unknown): unknown => (typeof v === 'string' && v.length > MAX_TEXT ? `${v.slice(0, MAX_TEXT)}…` : v);

/** The entry of `key`, created by `make` when missing. */
function slotOf<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}

/** Counts per distinct key, bounded: keys beyond the bound are counted in `other`. */
class Tally {
  readonly counts = new Map<string, number>();
  other = 0;
  add(key: string): void {
    const n = this.counts.get(key);
    if (n !== undefined) this.counts.set(key, n + 1);
    else if (this.counts.size < MAX_DISTINCT) this.counts.set(key, 1);
    else this.other++;
  }
  sorted(): [string, number][] {
    return [...this.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  }
}

/** Accumulates observations; `add` walks one body alongside the canonical schema. */
export class Observations {
  private readonly enums = new Map<string, { allowed: unknown[]; tally: Tally }>();
  private readonly unknown = new Map<string, Tally>();
  private readonly sizes = new Map<string, Map<number, number>>();
  private readonly types = new Tally();

  /** Applied to every string kept (enum values, property names): the redactor with the current body's secrets. */
  private clean: (s: string) => string = (s) => s;

  constructor(private readonly root: CNode) {}

  /** Records the content type of a judged response. */
  contentType(type: string): void {
    this.types.add(type);
  }

  /** Walks one response body; `clean` redacts each string kept (the exchange's secrets, token shapes). */
  add(value: unknown, clean: (s: string) => string): void {
    this.clean = clean;
    this.walk(value, this.root, '', 0);
  }

  private walk(value: unknown, node: CNode | undefined, loc: string, depth: number): void {
    if (!node || depth > MAX_DEPTH) return;
    const allowed = node.keywords.get('enum');
    if (Array.isArray(allowed)) this.enumValue(loc, allowed, value);
    if (Array.isArray(value)) {
      for (const item of value) this.walk(item, node.items, `${loc}/*`, depth + 1);
      return;
    }
    if (!isObject(value)) return;
    const map = node.additionalProperties || undefined;
    if (map) this.size(loc, Object.keys(value).length);
    for (const key of Object.keys(value)) {
      const declared = node.properties.find(([k]) => k === key);
      if (declared) this.walk(value[key], declared[1], `${loc}/${escapeToken(key)}`, depth + 1);
      else if (map) this.walk(value[key], map, `${loc}/*`, depth + 1);
      else if (node.additionalProperties === undefined) this.unknownName(loc, key);
    }
  }

  private enumValue(loc: string, allowed: unknown[], value: unknown): void {
    const slot = slotOf(this.enums, loc, () => ({ allowed, tally: new Tally() }));
    slot.tally.add(JSON.stringify(cut(typeof value === 'string' ? this.clean(value) : value)) ?? 'null');
  }

  private unknownName(loc: string, key: string): void {
    slotOf(this.unknown, loc, () => new Tally()).add(String(cut(this.clean(key))));
  }

  private size(loc: string, n: number): void {
    const hist = slotOf(this.sizes, loc, () => new Map<number, number>());
    const c = hist.get(n);
    if (c !== undefined || hist.size < MAX_SIZES) hist.set(n, (c ?? 0) + 1);
  }

  /** The observations as report data, locations in a stable order. */
  snapshot(): Observed {
    const at = (loc: string) => loc || '/';
    const byLoc = <T>(m: Map<string, T>) => [...m].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return {
      enums: byLoc(this.enums).map(([loc, { allowed, tally }]) => ({
        location: at(loc),
        allowed,
        values: tally.sorted().map(([text, count]) => {
          const value = JSON.parse(text) as unknown;
          return { value, count, allowed: allowed.some((a) => jsonEqual(a, value)) };
        }),
        otherValues: tally.other,
      })),
      unknownProperties: byLoc(this.unknown).map(([loc, tally]) => ({
        location: at(loc),
        names: tally.sorted().map(([name, count]) => ({ name, count })),
        otherNames: tally.other,
      })),
      mapSizes: byLoc(this.sizes).map(([loc, hist]) => ({ location: at(loc), ...sizeStats(hist) })),
      contentTypes: this.types.sorted().map(([contentType, count]) => ({ contentType, count })),
    };
  }
}

/** Count, min, median (lower middle) and max of a histogram of sizes. */
function sizeStats(hist: Map<number, number>): { bodies: number; min: number; median: number; max: number } {
  const sizes = [...hist.keys()].sort((a, b) => a - b);
  const bodies = [...hist.values()].reduce((a, b) => a + b, 0);
  let seen = 0;
  let median = sizes[0] ?? 0;
  for (const s of sizes) {
    seen += hist.get(s) ?? 0;
    if (seen * 2 >= bodies) {
      median = s;
      break;
    }
  }
  return { bodies, min: sizes[0] ?? 0, median, max: sizes[sizes.length - 1] ?? 0 };
}
