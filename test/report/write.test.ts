import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { REDACTED, redact, redactValue } from '../../src/core/redact.js';
import { parseFormats } from '../../src/report/formats.js';
import { validateReport } from '../../src/report/schema.js';
import { writeReports, writeReportsSync } from '../../src/report/write.js';
import { conformantReport, nonConformantReport, TOKEN } from './fixtures.js';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'pc-report-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('writeReports', () => {
  it('writes all four formats into a new nested directory and leaves no temp files', async () => {
    const dir = join(tempDir(), 'a', 'b');
    const written = await writeReports(nonConformantReport(), dir);
    expect(written.map((p) => p.slice(dir.length + 1))).toEqual(['conformance.json', 'junit.xml', 'conformance.md', 'conformance.html']);
    expect(readdirSync(dir).sort()).toEqual(['conformance.html', 'conformance.json', 'conformance.md', 'junit.xml']);
    expect(validateReport(JSON.parse(readFileSync(join(dir, 'conformance.json'), 'utf8')))).toEqual([]);
    expect(XMLValidator.validate(readFileSync(join(dir, 'junit.xml'), 'utf8'))).toBe(true);
  });

  it('replaces an existing report whole (no leftovers of a longer old file)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'conformance.json'), `${'x'.repeat(200_000)}\n`);
    await writeReports(conformantReport(), dir, ['json']);
    const text = readFileSync(join(dir, 'conformance.json'), 'utf8');
    expect(JSON.parse(text)).toMatchObject({ verdict: 'conformant' });
    expect(readdirSync(dir)).toEqual(['conformance.json']);
  });

  it('writes only the formats asked for; the sync variant does the same', () => {
    const dir = tempDir();
    const written = writeReportsSync({ ...conformantReport(), verdict: 'error', errors: [{ message: 'interrupted by SIGINT' }] }, dir, ['md', 'json']);
    expect(written).toHaveLength(2);
    expect(readdirSync(dir).sort()).toEqual(['conformance.json', 'conformance.md']);
    expect(readFileSync(join(dir, 'conformance.md'), 'utf8')).toContain('interrupted by SIGINT');
  });

  it('fails loudly and leaves no temp file when the directory cannot be written', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'not a dir');
    await expect(writeReports(conformantReport(), join(dir, 'file'))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['file']);
  });

  it('never writes a known secret into any file, in any escaped form', async () => {
    const dir = tempDir();
    const r = nonConformantReport();
    const header = 'X-Api-Key-value-<&"\'>';
    r.target.description = `http://127.0.0.1:8080 (token ${TOKEN})`;
    r.checks[0]!.failures.push({
      counterexample: { token: TOKEN, [TOKEN]: header },
      expected: `Bearer ${TOKEN}`,
      actual: header,
      replay: `PARAGON_USER_TOKEN=${TOKEN} npx paragon-conformance check`,
      http: { request: { method: 'GET', path: '/sdk/me', headers: { Authorization: `Bearer ${TOKEN}`, 'X-Api-Key': header } } },
    });
    r.errors.push({ message: `401 for ${TOKEN}` });
    r.notes.push(header);
    await writeReports(r, dir, undefined, { secrets: [TOKEN, header, 'ab'] });
    for (const file of readdirSync(dir)) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(text, file).not.toContain(TOKEN);
      expect(text, file).not.toContain('secret-user-token');
      expect(text, file).not.toContain('X-Api-Key-value');
      expect(text, file).toContain(REDACTED);
    }
    expect(validateReport(JSON.parse(readFileSync(join(dir, 'conformance.json'), 'utf8')))).toEqual([]);
  });
});

describe('redact', () => {
  it('replaces raw and escaped forms, longest secret first, ignoring too-short secrets', () => {
    expect(redact('a TOKEN-LONG b TOKEN c', ['TOKEN', 'TOKEN-LONG'])).toBe(`a ${REDACTED} b ${REDACTED} c`);
    expect(redact('x &lt;tok&amp;en&gt; "<tok\\"en>"', ['<tok&en>', '<tok"en>'])).toBe(`x ${REDACTED} "${REDACTED}"`);
    expect(redact('1 + 1', ['1'])).toBe('1 + 1');
  });

  it('redacts keys and values deeply and keeps __proto__ keys as data', () => {
    const v = JSON.parse('{"__proto__":{"k":"SECRET1"},"SECRET1":["SECRET1"]}') as object;
    const out = redactValue(v, ['SECRET1']) as Record<string, unknown>;
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    expect(JSON.stringify(out)).toBe(`{"__proto__":{"k":"${REDACTED}"},"${REDACTED}":["${REDACTED}"]}`);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });
});

describe('parseFormats', () => {
  it('parses lists, aliases and duplicates', () => {
    expect(parseFormats('json,junit,md,html')).toEqual(['json', 'junit', 'md', 'html']);
    expect(parseFormats(' HTML , markdown,xml,html ')).toEqual(['html', 'md', 'junit']);
    expect(parseFormats('all')).toEqual(['json', 'junit', 'md', 'html']);
  });

  it('rejects unknown and empty names with a UsageError listing the valid ones', () => {
    expect(() => parseFormats('json,pdf')).toThrow(UsageError);
    expect(() => parseFormats('json,pdf')).toThrow(/unknown report format 'pdf'.*json, junit, md, html/);
    expect(() => parseFormats('')).toThrow(UsageError);
    expect(() => parseFormats('__proto__')).toThrow(UsageError);
  });
});
