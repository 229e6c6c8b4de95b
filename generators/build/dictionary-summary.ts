/** The report's view of the dictionary phase: how many entries ran at how many locations, per location and per class. */
import type { DictionarySummary } from '../../src/core/types.js';
import type { DictionaryCase } from './dictionary.js';

/** How many dropped placements the summary lists by label. */
const MAX_DROPPED_LABELS = 10;

/** Counts the cases of the phase by entry, location and class. */
export function summarize(valid: readonly DictionaryCase[], invalid: readonly DictionaryCase[], dropped: readonly string[]): DictionarySummary {
  const entries = new Set<string>();
  const locations = new Map<string, { pattern: string; valid: number; invalid: number }>();
  const classes = new Map<string, { class: string; entries: Set<string>; locations: Set<string>; valid: number; invalid: number }>();
  for (const c of [...valid, ...invalid]) {
    const entry = `${c.origin}:${c.entry}`;
    entries.add(entry);
    const l = locations.get(c.location) ?? { pattern: c.location, valid: 0, invalid: 0 };
    l[c.kind]++;
    locations.set(c.location, l);
    const k = classes.get(c.class) ?? { class: c.class, entries: new Set(), locations: new Set(), valid: 0, invalid: 0 };
    k.entries.add(entry);
    k.locations.add(c.location);
    k[c.kind]++;
    classes.set(c.class, k);
  }
  return {
    entries: entries.size,
    fromConfig: [...entries].filter((e) => e.startsWith('config:')).length,
    cases: { valid: valid.length, invalid: invalid.length },
    dropped: dropped.length,
    ...(dropped.length ? { droppedLabels: dropped.slice(0, MAX_DROPPED_LABELS) } : {}),
    locations: [...locations.values()],
    classes: [...classes.values()].map((k) => ({ class: k.class, entries: k.entries.size, locations: k.locations.size, valid: k.valid, invalid: k.invalid })),
  };
}
