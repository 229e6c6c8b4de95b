import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
import { renderHtml } from '../../src/report/html.js';
import { renderJunit } from '../../src/report/junit.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { validateReport } from '../../src/report/schema.js';
import { nonConformantReport } from './fixtures.js';

/** A report as written before multi-target runs and findings: no `targets`, no `warnings`, no fingerprints. */
function oldReport(): Report {
  const { targets: _t, warnings: _w, ...old } = nonConformantReport();
  return old as Report;
}

describe('reports read from disk that predate targets and warnings', () => {
  it('are still valid reports', () => {
    expect(validateReport(JSON.parse(JSON.stringify(oldReport())))).toEqual([]);
  });

  it('render in every format with their failing checks and findings', () => {
    const md = renderMarkdown(oldReport());
    expect(md).toContain('### `validate.rejects-invalid` MUST, FAILED: 3 findings');
    expect(md).toContain('**Finding #3 of 3**');
    expect(md).not.toContain('## Targets');
    const html = renderHtml(oldReport());
    expect(html).toContain('id="t1-roundtrip.preserves-data-n1"');
    expect(html).toContain('<p>Target: <code>module:./impl&lt;/script&gt;');
    expect(renderJunit(oldReport())).toContain('name="roundtrip.preserves-unknown #1"');
  });
});
