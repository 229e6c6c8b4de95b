import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import { heatColor, renderCoverage } from '../../src/report/html-coverage.js';
import { escapeHtml } from '../../src/report/html-escape.js';
import { baselinedReport, conformantReport, erroredReport, multiTargetReport, nonConformantReport } from './fixtures.js';

/** Text between tags, with the five entities decoded, as a browser would show it. */
const visible = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('renderHtml', () => {
  it('is one self-contained page: no scripts, no external resources, a CSP forbidding both', () => {
    for (const r of [conformantReport(), nonConformantReport(), erroredReport(), multiTargetReport(), baselinedReport()]) {
      const html = renderHtml(r);
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
      const tags = html.match(/<[a-zA-Z][^>]*>/g) ?? [];
      expect(tags.filter((t) => /\s(src|action|srcset)=/i.test(t) || /\shref="[^#]/i.test(t))).toEqual([]);
      expect(html).toContain('http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;');
    }
  });

  it('escapes every hostile string from the report', () => {
    const html = renderHtml(nonConformantReport());
    expect(html).not.toContain('</script>');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>&</b>');
    expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    const text = visible(html);
    expect(text).toContain('module:./impl</script><script>alert(1)</script>.js');
    expect(text).toContain('output lacks "__proto__" & "extra" </pre></details><script>alert(1)</script>');
    expect(text).toContain('PENDING]]><&amp;');
  });

  it('shows the verdict, checks grouped by level, one block per finding with replay, and the heatmap', () => {
    const html = renderHtml(nonConformantReport());
    expect(html).toContain('<header id="verdict" class="banner v-non-conformant"><div class="inner"><h1>NON-CONFORMANT</h1>');
    expect(html.indexOf('id="level-MUST"')).toBeLessThan(html.indexOf('id="level-SHOULD"'));
    expect(html).toMatch(/<tr data-check="validate.rejects-invalid">.*s-failed/);
    expect(html).toMatch(/<tr data-check="roundtrip.preserves-unknown">.*s-warning/);
    expect(html).toContain('<details open class="check-findings" id="t1-validate.rejects-invalid" data-check="validate.rejects-invalid" data-target="1">');
    // Findings of reports written before fingerprints are numbered.
    expect(html.match(/<div class="finding fs-none" id="t1-validate.rejects-invalid-n\d"/g)).toHaveLength(3);
    expect(html).toContain('<pre class="replay">npx paragon-conformance check --target &#39;module:./impl&lt;/script&gt;.js&#39;');
    expect(html).toMatch(/<tr class="hit"><td class="loc"><code[^>]*>#\/\$defs\/UserIntegration\/properties\/credentialStatus<\/code>.*FAILED/);
  });

  it('is deterministic', () => {
    expect(renderHtml(nonConformantReport())).toBe(renderHtml(nonConformantReport()));
  });
});

describe('coverage heatmap', () => {
  it('colours more-reached locations darker and marks unreached ones', () => {
    const pale = heatColor(1, 1000, 145);
    const dark = heatColor(1000, 1000, 145);
    const light = (c: string) => Number(/(\d+)%\)$/.exec(c)![1]);
    expect(light(dark.bg)).toBeLessThan(light(pale.bg));
    const html = renderCoverage([{ location: '#/x', valid: 0, invalid: 3, failedChecks: [] }]);
    expect(html).toContain('class="cell none"');
    expect(renderCoverage([])).toContain('No coverage was recorded');
  });

  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>\u0000`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;\\u0000');
  });
});
