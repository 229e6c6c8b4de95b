import { describe, expect, it } from 'vitest';
import type { Failure, Report } from '../../src/core/types.js';
import { MARKDOWN_MAX_BYTES, renderMarkdown } from '../../src/report/markdown.js';
import { baselinedReport, FP, multiTargetReport } from './fixtures.js';

/** The text of one `## Title` section (up to the next `## `). */
function section(md: string, title: string): string {
  const start = md.indexOf(`\n## ${title}`);
  expect(start, `section ${title}`).toBeGreaterThanOrEqual(0);
  const end = md.indexOf('\n## ', start + 4);
  return md.slice(start, end < 0 ? undefined : end);
}

describe('renderMarkdown, many targets and a baseline', () => {
  it('renders the multi-target run (snapshot)', async () => {
    await expect(renderMarkdown(multiTargetReport())).toMatchFileSnapshot('./__snapshots__/multi-target.md');
  });

  it('has a targets table with each verdict and the targets × checks matrix', () => {
    const md = renderMarkdown(multiTargetReport());
    expect(section(md, 'Targets\n')).toMatch(
      /\| T2 \| `module:\.\/codec<\/script>\.js` \(module\) \| acme-codec typescript 3\.2\.0 \| \*\*NON-CONFORMANT\*\* \|/,
    );
    expect(section(md, 'Targets\n')).toMatch(/\| T3 \| `cmd:python3 harness\.py` \(cmd\) \| pyimpl python \| \*\*ERROR\*\* \|/);
    const matrix = section(md, 'Targets × checks');
    expect(matrix).toContain('| Check | Level | T1 | T2 | T3 |');
    expect(matrix).toContain('| `validate.rejects-invalid` | MUST | passed | **FAILED (2 +1 known)** | skipped |');
    expect(matrix).toContain('| `validate.accepts-valid` | MUST | passed | passed | **ERRORED** |');
    expect(matrix).toContain('| `roundtrip.preserves-unknown` | SHOULD | passed | known (1) | skipped |');
  });

  it('gives every failing check and every finding its slot; known findings come after, compact', () => {
    const r = multiTargetReport();
    const md = renderMarkdown(r);
    const findings = section(md, 'Findings');
    for (const c of r.checks.filter((x) => x.status === 'failed')) expect(findings).toContain(`\`${c.id}\``);
    for (const fp of [FP.enumCase, FP.expired, FP.parseProto, FP.consequence, FP.mutation]) expect(findings).toContain(`**Finding \`${fp}\``);
    expect(findings).not.toContain(FP.knownProto);
    const known = section(md, 'Known findings');
    expect(md.indexOf('## Known findings')).toBeGreaterThan(md.indexOf('## Findings'));
    expect(known).toContain(`**Finding \`${FP.knownProto}\` KNOWN**`);
    expect(known).toContain('known: our library drops \\_\\_proto\\_\\_ keys; tracked upstream (https://github.com/acme/codec/issues/12)');
    expect(known).not.toContain('```'); // compact: no counterexample blocks
    expect(findings).toContain(`**Finding \`${FP.expired}\` EXPIRED (accepted until 2026-06-30)**`);
    expect(findings).toContain(
      `**Finding \`${FP.enumCase}\` NEW**: \`validate.rejects-invalid accepted-invalid at /integrations/*/credentialStatus (enum) [string:enum-case]\`, 15 cases`,
    );
    expect(findings).toContain('… and 4 more failing cases not attributed');
    expect(findings).toContain(`--replay reports/replays/validate.rejects-invalid-${FP.enumCase}.json`);
  });

  it('shows a consequence as following from its cause, not as a second bug', () => {
    const md = renderMarkdown(multiTargetReport());
    expect(md).toContain('#### `roundtrip.output-valid` MUST, FAILED: 1 new (all follow from `parse.accepts-valid`)');
    expect(md).toContain(`**Finding \`${FP.consequence}\` NEW** (follows from \`parse.accepts-valid\` \`${FP.parseProto}\`)`);
    expect(md).toContain(
      `- Follows from: \`parse.accepts-valid\` finding \`${FP.parseProto}\` (a consequence of that finding, not a separate bug: fix that one first)`,
    );
  });

  it('has the targets × findings matrix and the disagreements with each target’s outcome', () => {
    const md = renderMarkdown(multiTargetReport());
    const matrix = section(md, 'Targets × findings');
    expect(matrix).toMatch(new RegExp(`\\| \`${FP.enumCase}\` \\| .* \\| passes \\| \\*\\*NEW\\*\\* \\| errored \\|`));
    expect(matrix).toMatch(new RegExp(`\\| \`${FP.knownProto}\` \\| .* \\| passes \\| KNOWN \\| skipped \\|`));
    const d = section(md, 'Disagreements');
    expect(d).toContain('[string:enum-case]`: **fails T2**; passes T1; errored T3');
    expect(d).toContain('[key:__proto__]`: **fails T2**; passes T1; skipped T3');
  });

  it('puts run health near the top, marks internal errors as bugs of this tool, lists fixed baseline entries', () => {
    const md = renderMarkdown(multiTargetReport());
    expect(md.indexOf('## Warnings (run health)')).toBeLessThan(md.indexOf('| Seed |'));
    expect(section(md, 'Warnings')).toContain(
      '- T3 `cmd:python3 harness.py`: every valid case was rejected: is the target wired to the right function? (`all-valid-rejected`)',
    );
    expect(section(md, 'Errors')).toContain(
      '**internal error** (a bug in paragon-conformance, not in the target: please report it): `validate.total`: TypeError',
    );
    const baseline = section(md, 'Baseline');
    expect(baseline).toContain('5 entries; 2 known findings (not gating), 1 expired (gating)');
    expect(baseline).toContain(`- fixed: remove it: \`validate.total\` finding \`${FP.fixed}\` (threw on deep arrays; fixed in 3.1)`);
    expect(section(md, 'History')).toContain('9 (3.0.0) → 6 (3.1.0) → 6 (3.1.5) → 7 (3.2.0)');
    expect(md).not.toMatch(/\p{Extended_Pictographic}/u);
  });

  it('keeps hostile text inert and control characters visible', () => {
    const md = renderMarkdown(multiTargetReport());
    const outsideCode = md.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '').replace(/(`+)[^`]*?\1/g, '');
    expect(outsideCode).not.toContain('<');
    expect(md).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(md).toContain('\\u0000\\ud800');
  });

  it('a single target with a baseline keeps the checks table and shows standings', () => {
    const md = renderMarkdown(baselinedReport());
    expect(md).toContain('| `roundtrip.preserves-unknown` | SHOULD | known | 200 |');
    expect(md).toContain('### `validate.rejects-invalid` MUST, FAILED: 1 new, 1 expired (+1 known, listed below)');
    expect(md).not.toContain('## Targets');
    expect(md).toContain('## Warnings (run health)');
  });
});

describe('renderMarkdown within the step-summary limit', () => {
  /** The multi-target fixture with `n` findings per failing check, each with huge values. */
  function huge(n: number, size: number): Report {
    const r = multiTargetReport();
    const big = `</script>${'z'.repeat(size)}`;
    r.checks = r.checks.map((c, i) =>
      c.failures.length === 0
        ? c
        : {
            ...c,
            failures: Array.from(
              { length: n },
              (_, k): Failure => ({
                ...c.failures[k % c.failures.length]!,
                fingerprint: `${i.toString(16).padStart(2, '0')}${k.toString(16).padStart(4, '0')}`.padEnd(12, 'f'),
                counterexample: { meta: { big } },
                expected: big,
                actual: big,
              }),
            ),
          },
    );
    return r;
  }

  for (const [n, size, layout] of [
    [40, 200_000, /Values are cut at \d+ characters/],
    [300, 1_000, /Findings are listed without their details/],
    [1_000, 100, /Findings are listed without their details/],
  ] as const) {
    it(`keeps every check id and every fingerprint in its section with ${n} findings of ${size} characters per check`, () => {
      const r = huge(n, size);
      const md = renderMarkdown(r);
      expect(Buffer.byteLength(md)).toBeLessThanOrEqual(MARKDOWN_MAX_BYTES);
      expect(md).toMatch(layout);
      expect(md).not.toContain('(truncated to fit the step summary');
      const findings = section(md, 'Findings');
      const known = section(md, 'Known findings');
      for (const c of r.checks.filter((x) => x.failures.length > 0)) {
        if (c.status === 'failed') expect(findings).toContain(`\`${c.id}\` ${c.level}`);
        for (const f of c.failures) expect(f.baseline?.status === 'known' ? known : findings).toContain(`\`${f.fingerprint}\``);
      }
    });
  }

  it('shortens the longest values first and keeps details while they fit', () => {
    const md = renderMarkdown(huge(30, 20_000));
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(MARKDOWN_MAX_BYTES);
    expect(md).toContain('Values are cut at 1000 characters to fit the step summary');
    expect(md).toContain('- Expected: '); // still the full layout
    expect(md).toContain('Replay:');
    expect(renderMarkdown(multiTargetReport())).not.toContain('Values are cut');
  });
});
