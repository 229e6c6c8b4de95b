// The report says how many dictionary entries ran at how many locations, beside the coverage heatmap (HTML, Markdown).
import { describe, expect, it } from 'vitest';
import { dictionaryCases } from '../../generators/build/dictionary.js';
import type { Report } from '../../src/core/types.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { validateReport } from '../../src/report/schema.js';
import { userSchema } from '../generators/support.js';
import { conformantReport } from './fixtures.js';

const withDictionary = (): Report => ({
  ...conformantReport(),
  dictionary: dictionaryCases(userSchema, [
    { value: 'x', at: '/meta/*', class: 'te|nant`\n' },
    { value: 1, at: '/id', expect: 'valid' },
  ]).summary,
});

describe('the dictionary summary in the reports', () => {
  it('is valid against the report schema', () => {
    expect(validateReport(withDictionary())).toEqual([]);
  });

  it('HTML: a block inside the coverage section with the sentence, cases per location and per class, dropped placements', () => {
    const html = renderHtml(withDictionary());
    const coverage = html.slice(html.indexOf('<section id="coverage">'));
    const block = coverage.slice(0, coverage.indexOf('</section>'));
    expect(block).toContain('<h3>Hostile dictionary</h3>');
    expect(block).toMatch(/\d+ dictionary entries \(1 from the config\) ran at 12 locations: \d+ valid and \d+ invalid cases; 1 placement dropped/);
    expect(block).toContain('<code>/meta/*</code>');
    expect(block).toContain('<code>(root)</code>');
    expect(block).toContain('<code>__proto__</code>');
    expect(block).toContain('marked valid, but the oracle reports type at /id');
  });

  it('Markdown: the sentence and a table per class, safe for table cells', () => {
    const md = renderMarkdown(withDictionary());
    expect(md).toContain('### Hostile dictionary');
    expect(md).toMatch(/ran at 12 locations/);
    expect(md).toMatch(/\| `lone-surrogate` \| \d+ \| 6 \| \d+ \| \d+ \|/);
    expect(md).toContain('| `te nant  ` |');
  });

  it('reports without a dictionary (replays, older reports) render as before', () => {
    expect(renderMarkdown(conformantReport())).not.toContain('Hostile dictionary');
    expect(renderHtml(conformantReport())).not.toContain('Hostile dictionary');
  });
});
