import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderJunit } from '../../src/report/junit.js';
import { xmlAttr, xmlText } from '../../src/report/junit-xml.js';
import { conformantReport, erroredReport, nonConformantReport } from './fixtures.js';

// biome-ignore lint/suspicious/noExplicitAny: parsed XML has no static shape
type Node = Record<string, any>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name) });

function load(xml: string): { suites: Node; suite: Node; cases: Node[] } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = parser.parse(xml) as Node;
  const suites = doc.testsuites as Node;
  expect(suites.testsuite).toHaveLength(1);
  const suite = suites.testsuite[0] as Node;
  return { suites, suite, cases: suite.testcase as Node[] };
}

const byName = (cases: Node[], name: string) => cases.find((t) => t['@name'] === name)!;

describe('renderJunit', () => {
  it('gives one testcase per check with classname by level, and zero failures for a conformant run', () => {
    const r = conformantReport();
    const { suites, suite, cases } = load(renderJunit(r));
    expect(suite['@name']).toBe('module:./impl.js'); // the suite is named after the target
    expect(cases).toHaveLength(r.checks.length);
    expect(suite['@tests']).toBe(String(r.checks.length));
    expect(suite['@failures']).toBe('0');
    expect(suite['@skipped']).toBe('2');
    expect(suites['@tests']).toBe(suite['@tests']);
    expect(byName(cases, 'validate.accepts-valid')['@classname']).toBe('paragon-conformance.MUST');
    expect(byName(cases, 'purity.no-input-mutation')['@classname']).toBe('paragon-conformance.SHOULD');
    expect(byName(cases, 'http.auth.required').skipped['@message']).toMatch(/not an HTTP target/);
    expect(suite.properties.property.find((p: Node) => p['@name'] === 'seed')['@value']).toBe('42');
  });

  it('gives each finding of a failed MUST check its own failing testcase, with counterexample, violation, expected/actual and replay, even with hostile text', () => {
    const r = nonConformantReport();
    const xml = renderJunit(r);
    const { suite, cases } = load(xml);
    expect(suite['@failures']).toBe('4'); // 3 findings of validate.rejects-invalid + 1 of roundtrip.preserves-data
    expect(suite['@tests']).toBe(String(cases.length));
    expect(cases).toHaveLength(r.checks.length - 3 + 5);
    const names = cases.filter((t) => t['@classname'] === 'paragon-conformance.MUST.validate.rejects-invalid').map((t) => t['@name']);
    expect(names).toEqual(['validate.rejects-invalid #1', 'validate.rejects-invalid #2', 'validate.rejects-invalid #3']);
    const failure = byName(cases, 'validate.rejects-invalid #2').failure as Node;
    expect(failure['@type']).toBe('MUST');
    expect(failure['@message']).toMatch(
      /^validate.rejects-invalid \(MUST\) finding: validate returns false: expected validate returns false, got validate returned true$/,
    );
    const body = failure['#text'] as string;
    expect(body).toContain('Violation: enum at /integrations/__proto__/credentialStatus');
    expect(body).toContain('"__proto__"');
    expect(body).toContain('PENDING]]><&amp;'); // entity-decoded back to the original text
    expect(body).toContain('Replay: npx paragon-conformance check');
    expect((byName(cases, 'validate.rejects-invalid #3').failure as Node)['#text']).toContain('valid\\u0000\\u0007\\u001b[31m\\ud800'); // forbidden characters made visible
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('marks a SHOULD finding as a passing testcase with a WARNING in system-out unless strict', () => {
    const r = nonConformantReport();
    const warn = byName(load(renderJunit(r)).cases, 'roundtrip.preserves-unknown #1');
    expect(warn['@classname']).toBe('paragon-conformance.SHOULD.roundtrip.preserves-unknown');
    expect(warn.failure).toBeUndefined();
    expect(warn['system-out']).toMatch(/^WARNING \(SHOULD/);
    const strict = load(renderJunit({ ...r, strict: true }));
    expect(strict.suite['@failures']).toBe('5');
    expect(byName(strict.cases, 'roundtrip.preserves-unknown #1').failure['@type']).toBe('SHOULD');
  });

  it('reports errored checks as <error> and run errors in system-err', () => {
    const { suite, cases } = load(renderJunit(erroredReport()));
    expect(suite['@errors']).toBe('1');
    expect(byName(cases, 'validate.rejects-invalid').error['@message']).toMatch(/harness exited with code 1/);
    expect(suite['system-err']).toContain('interrupted \\u0003 by SIGINT');
  });
});

describe('XML escaping', () => {
  it('escapes markup, quotes and newlines, and replaces characters XML 1.0 forbids', () => {
    expect(xmlText('a<b>&]]>')).toBe('a&lt;b&gt;&amp;]]&gt;');
    expect(xmlAttr('"x"\n\'y\'\t')).toBe('&quot;x&quot;&#10;&apos;y&apos;&#9;');
    expect(xmlText('\u0000\uFFFE\udc00ok\ud83d\ude00')).toBe('\\u0000\\ufffe\\udc00ok\ud83d\ude00');
  });
});
