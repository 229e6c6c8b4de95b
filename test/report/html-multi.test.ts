import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import { historyChart } from '../../src/report/html-history.js';
import { baselinedReport, FP, multiTargetReport, nonConformantReport } from './fixtures.js';

/** The markup of the element with this id, to its matching closing tag (nesting of the same tag counted). */
function element(html: string, id: string): string {
  const at = html.indexOf(` id="${id}"`);
  expect(at, `element #${id}`).toBeGreaterThan(0);
  const open = html.lastIndexOf('<', at);
  const tag = /^<([a-z0-9]+)/.exec(html.slice(open))![1]!;
  const re = new RegExp(`<${tag}[\\s>]|</${tag}>`, 'g');
  re.lastIndex = open;
  let depth = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return html.slice(open, m.index + m[0].length);
  }
  throw new Error(`unclosed <${tag} id="${id}">`);
}

const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

describe('renderHtml, many targets and a baseline', () => {
  it('every in-page link leads to an element of the page', () => {
    for (const r of [multiTargetReport(), baselinedReport(), nonConformantReport()]) {
      const html = renderHtml(r);
      const have = ids(html);
      const links = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
      expect(links.length).toBeGreaterThan(3);
      expect(links.filter((l) => !have.has(l))).toEqual([]);
    }
  });

  it('draws the targets × checks matrix; cells with findings link to that target’s findings for that check', () => {
    const html = renderHtml(multiTargetReport());
    const matrix = element(html, 'matrix');
    const row = /<tr data-check="validate.rejects-invalid">.*?<\/tr>/.exec(matrix)![0];
    const cells = [...row.matchAll(/<td class="m ([^"]+)"[^>]*>(.*?)<\/td>/g)].map((m) => [m[1], m[2]]);
    expect(cells).toEqual([
      ['m-passed', 'passed'],
      ['m-failed', '<a href="#t2-validate.rejects-invalid">FAILED 2 +1 known</a>'],
      ['m-skipped', 'skipped'],
    ]);
    expect(matrix).toContain('<a href="#known-t2-roundtrip.preserves-unknown">known 1</a>');
    expect(matrix).toMatch(/<td class="m m-errored"[^>]*>ERRORED<\/td>/);
    const block = element(html, 't2-validate.rejects-invalid');
    expect(block).toContain(`id="t2-validate.rejects-invalid-${FP.enumCase}"`);
    expect(block).toContain(`id="t2-validate.rejects-invalid-${FP.expired}"`);
  });

  it('gives each finding a block with fingerprint, standing, signature, hits, counterexample and replay; known ones apart', () => {
    const html = renderHtml(multiTargetReport());
    const findings = element(html, 'findings');
    const first = element(html, `t2-validate.rejects-invalid-${FP.enumCase}`);
    expect(first).toContain(`<code class="fp">${FP.enumCase}</code> <span class="standing st-new">NEW</span>`);
    expect(first).toContain('<span class="hits">15 cases</span>');
    expect(first).toContain('<pre class="replay">npx paragon-conformance check');
    expect(element(html, `t2-validate.rejects-invalid-${FP.expired}`)).toContain('EXPIRED (accepted until 2026-06-30)');
    expect(findings).not.toContain(FP.knownProto);
    const known = element(html, 'known');
    expect(html.indexOf('<section id="known"')).toBeGreaterThan(html.indexOf('<section id="findings"'));
    expect(known).toContain(`<span class="standing st-known">KNOWN</span>`);
    expect(known).toContain('known: our library drops __proto__ keys; tracked upstream (https://github.com/acme/codec/issues/12)');
    expect(known).not.toContain('<pre'); // compact
  });

  it('links a consequence to the finding it follows from', () => {
    const html = renderHtml(multiTargetReport());
    const echo = element(html, `t2-roundtrip.output-valid-${FP.consequence}`);
    expect(echo).toContain(
      `Follows from <a href="#t2-parse.accepts-valid-${FP.parseProto}"><code>parse.accepts-valid</code> <code>${FP.parseProto}</code></a>: a consequence of that finding`,
    );
    expect(echo).toMatch(/class="finding fs-new consequence"/);
  });

  it('has the targets × findings matrix, disagreements, run health, errors and the baseline', () => {
    const html = renderHtml(multiTargetReport());
    const fm = element(html, 'finding-matrix');
    expect(fm).toMatch(
      new RegExp(
        `<tr data-fingerprint="${FP.enumCase}">.*<td class="m f-passes">passes</td><td class="m f-new"><a href="#t2-validate.rejects-invalid-${FP.enumCase}">NEW</a></td><td class="m f-errored">errored</td></tr>`,
      ),
    );
    expect(element(html, 'disagreements')).toMatch(/<td class="m o-passes">passes<\/td><td class="m o-fails">fails<\/td><td class="m o-skipped">skipped<\/td>/);
    expect(element(html, 'warnings')).toContain('every valid case was rejected: is the target wired to the right function?');
    expect(element(html, 'errors')).toMatch(/<strong class="internal">Internal error<\/strong> \(a bug in paragon-conformance/);
    expect(element(html, 'baseline')).toContain(`fixed: remove it: <code>validate.total</code> finding <code>${FP.fixed}</code>`);
    expect(html.indexOf('id="warnings"')).toBeLessThan(html.indexOf('class="facts"'));
  });

  it('draws each target’s history as an inline SVG, a dot per run coloured by verdict; nothing without history', () => {
    const html = renderHtml(multiTargetReport());
    const history = element(html, 'history');
    expect(history.match(/<svg /g)).toHaveLength(2);
    const codec = multiTargetReport().history![1]!;
    const svg = historyChart(codec);
    const dots = [...svg.matchAll(/<circle [^>]*fill="([^"]+)" data-verdict="([^"]+)"/g)].map((m) => [m[2], m[1]]);
    expect(dots).toEqual([
      ['non-conformant', '#c62828'],
      ['non-conformant', '#c62828'],
      ['error', '#6f42c1'],
      ['non-conformant', '#c62828'],
    ]);
    const ys = [...svg.matchAll(/<circle cx="[^"]+" cy="([^"]+)"/g)].map((m) => Number(m[1]));
    expect(ys[0]).toBeLessThan(ys[1]!); // 9 findings drawn above 6
    expect(ys[1]).toBe(ys[2]);
    expect(svg).toContain('<title>2026-11-10T10:00:00.000Z version 3.1.5: error, 6 findings</title>');
    const { history: _h, ...none } = multiTargetReport();
    expect(renderHtml(none)).not.toMatch(/<svg|id="history"/);
  });

  it('stays inert with hostile target names and counterexamples', () => {
    const html = renderHtml(multiTargetReport());
    expect(html).not.toContain('</script>');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(html).toContain('x&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;\\u0000\\ud800');
  });
});
