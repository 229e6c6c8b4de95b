// compat's Markdown: every note is shown whole (escaped), whatever its place in the list.
import { expect, it } from 'vitest';
import { renderMarkdown } from '../../src/compat/render-md.js';
import type { CompatReport } from '../../src/compat/types.js';

it('renders each note whole, the first as the fifth', () => {
  const notes = ['first note, long enough to be cut', 'second note', 'third note', 'fourth note', 'fifth note, also long'];
  const r = {
    verdict: 'compatible',
    old: { source: 'a.json' },
    new: { source: 'b.json' },
    roles: ['reader'],
    changes: [],
    impact: [],
    staleAccepts: [],
    notes,
    summary: { breaking: 0, unknown: 0, compatible: 0, accepted: 0 },
  };
  const md = renderMarkdown(r as unknown as CompatReport, 0);
  for (const n of notes) expect(md).toContain(`- ${n}\n`);
});
