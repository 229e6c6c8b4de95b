import { describe, expect, it } from 'vitest';
import type { TrafficReport, TrafficSection } from '../../src/core/traffic.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { MAX_ROWS } from '../../src/report/traffic-rows.js';
import { conformantReport } from './fixtures.js';

const seen = { exchange: 1, where: 'line 1' };

function withTraffic(): TrafficReport {
  const traffic: TrafficSection = {
    mode: 'audit',
    source: 'access.ndjson',
    exchanges: { total: 3, judged: 2, responsesJudged: 2, patchesJudged: 0, unjudged: 1, upstreamErrors: 0, tooLarge: 0, malformed: 0, byStatus: { '2xx': 3 } },
    findings: [
      {
        fingerprint: 'abcdef012345',
        text: 'traffic.response.conforms type at /meta',
        rule: 'traffic.response.conforms',
        failure: 'invalid-response',
        location: '/meta',
        keyword: 'type',
        count: 2,
        exchanges: 2,
        firstSeen: seen,
        lastSeen: seen,
        expected: 'a valid Connected User',
        actual: 'meta is a string',
        request: { method: 'GET', path: '/users/1', status: 200 },
      },
    ],
    otherFindings: 0,
    observed: { enums: [], unknownProperties: [], mapSizes: [], contentTypes: [{ contentType: 'application/json', count: 3 }] },
    problems: [],
  };
  return { ...conformantReport(), traffic };
}

describe('the traffic section', () => {
  it('names every column of its tables in conformance.md, in full', () => {
    const md = renderMarkdown(withTraffic());
    expect(md).toContain('## Traffic');
    expect(md).toContain('| Fingerprint | Rule | Failure | Location | Keyword | Value class | Count | Exchanges | First seen | Last seen |');
    expect(md).toContain('| Content type | Count |');
    expect(md).not.toContain('more characters]');
  });

  it('names the same columns in conformance.html', () => {
    const html = renderHtml(withTraffic());
    expect(html).toContain('<th>Fingerprint</th><th>Rule</th>');
  });

  it('counts in words that agree with their number, in both formats', () => {
    const one = withTraffic();
    expect(renderMarkdown(one)).toContain('3 exchanges (audit of access.ndjson); 2 judged:');
    expect(renderMarkdown(one)).toMatch(/; 1 finding\.$/m);
    const many = withTraffic();
    const f = many.traffic!.findings[0]!;
    many.traffic!.findings = Array.from({ length: MAX_ROWS + 1 }, (_, i) => ({ ...f, fingerprint: i.toString(16).padStart(12, '0') }));
    expect(renderMarkdown(many)).toContain('\n1 more row is in conformance.json.\n');
    expect(renderHtml(many)).toContain('<p>1 more row is in conformance.json.</p>');
  });
});
