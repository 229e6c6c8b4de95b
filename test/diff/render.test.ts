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
});
