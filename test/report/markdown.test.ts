import { describe, expect, it } from 'vitest';
import { MARKDOWN_MAX_BYTES, renderMarkdown } from '../../src/report/markdown.js';
import { mdCode, mdFence } from '../../src/report/md-escape.js';
import { conformantReport, nonConformantReport } from './fixtures.js';

describe('renderMarkdown', () => {
  it('renders a conformant run (snapshot)', async () => {
    await expect(renderMarkdown(conformantReport())).toMatchFileSnapshot('./__snapshots__/conformant.md');
  });

  it('renders a non-conformant run (snapshot)', async () => {
    await expect(renderMarkdown(nonConformantReport())).toMatchFileSnapshot('./__snapshots__/non-conformant.md');
  });

  it('states the verdict, target, seed and each check without emoji', () => {
    const r = nonConformantReport();
    const md = renderMarkdown(r);
    expect(md).toMatch(/^# paragon-conformance: NON-CONFORMANT\n/);
    expect(md).toContain('| Seed | `1337` |');
    expect(md).toContain('| `validate.rejects-invalid` | MUST | FAILED | 150 |');
    expect(md).toContain('| `roundtrip.preserves-unknown` | SHOULD | warning | 80 |');
    for (const c of r.checks) expect(md).toContain(`\`${c.id}\``);
    expect(md).not.toMatch(/\p{Extended_Pictographic}/u);
  });

  it('neutralises HTML and truncates long values; replay commands are included', () => {
    const md = renderMarkdown(nonConformantReport());
    const outsideCode = md.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '').replace(/(`+)[^`]*?\1/g, '');
    expect(outsideCode).not.toContain('<');
    expect(md).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(md).toContain('&lt;script>alert(1)&lt;/script>');
    expect(md).toContain('more characters]');
    expect(md).toContain('npx paragon-conformance check --target');
  });

  it('stays far below the 1 MiB step-summary limit even for huge reports', () => {
    const r = nonConformantReport();
    const big = 'y'.repeat(300_000);
    r.checks = r.checks.map((c) => ({
      ...c,
      failures: Array.from({ length: 500 }, () => ({ counterexample: { big }, expected: big, actual: big, replay: big })),
    }));
    r.notes = Array.from({ length: 10_000 }, () => big.slice(0, 5_000));
    expect(Buffer.byteLength(renderMarkdown(r))).toBeLessThan(MARKDOWN_MAX_BYTES);
  });
});

describe('Markdown helpers', () => {
  it('builds code spans and fences that backticks inside cannot close', () => {
    expect(mdCode('a`b|c')).toBe('`` a`b\\|c ``');
    expect(mdFence('x ```` y')).toBe('`````\nx ```` y\n`````');
  });
});
