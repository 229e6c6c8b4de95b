// diff-reports' Markdown: report strings are inert in the step summary (one escaper, the report's).
import { describe, expect, it } from 'vitest';
import type { DiffEntry } from '../../src/diff/compare.js';
import { renderDiffMarkdown } from '../../src/diff/render.js';

const entry = (signature: string, target = ''): DiffEntry => ({
  target,
  check: 'validate.total',
  fingerprint: 'abc123def456',
  signature,
  hits: 1,
  known: false,
});

describe('renderDiffMarkdown', () => {
  it('escapes Markdown specials, HTML, table pipes and invisible characters in signatures and targets', () => {
    const md = renderDiffMarkdown({
      added: [entry('threw at /meta/*_[x]* | <b>\u200b', 'cmd:a|b')],
      fixed: [],
      unchanged: [],
      notCompared: [],
    });
    const row = md.split('\n').find((l) => l.startsWith('| `abc123def456`'))!;
    expect(row).toContain('threw at /meta/\\*\\_\\[x\\]\\* \\| &lt;b>\\\\u200b');
    expect(row).toContain('cmd:a\\|b');
  });

  it('keeps a legacy fingerprint (expected|actual of a report without fingerprints) and odd check ids inside their code spans', () => {
    const legacy = { ...entry('validate.total: x'), fingerprint: 'legacy:meta kept|meta lost ``` | pipes' };
    const md = renderDiffMarkdown({ added: [legacy], fixed: [], unchanged: [], notCompared: ['odd`id|x'] });
    const row = md.split('\n').find((l) => l.includes('legacy:'))!;
    expect(row).toBe('| ```` legacy:meta kept\\|meta lost ``` \\| pipes ```` | validate.total: x | — |');
    expect(md).toContain('Not compared (ran in only one report): `` odd`id\\|x ``');
  });
});
