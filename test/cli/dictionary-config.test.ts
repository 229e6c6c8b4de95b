// The `dictionary` key of paragon-conformance.config.json: validated by the config schema (exit 2 naming the entry), run as cases, counted in the report.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, readReport, tempDir } from '../support/cli.js';

const target = `module:${resolve('test/miniatures/modules/_base.mjs')}`;
const inDir = (config: unknown) => {
  const dir = tempDir('pc-dict-');
  writeFileSync(join(dir, 'paragon-conformance.config.json'), JSON.stringify(config));
  return dir;
};
const check = (dir: string, ...extra: string[]) =>
  cli(['check', '--target', target, '--runs', '0', '--runner', 'inline', '--check', 'validate.accepts-valid', '--seed', '1', ...extra], { cwd: dir });

describe('config: dictionary', () => {
  it.each([
    [{ dictionary: [{ vaule: 'x', at: '/meta/*' }] }, "dictionary entry 1: unknown member 'vaule'; an entry has value, json, key"],
    [
      {
        dictionary: [
          { value: 'x', at: '/meta/*' },
          { value: 'y', at: '/meta/*', expect: 'maybe' },
        ],
      },
      "dictionary entry 2: member 'expect' must be equal to one of the allowed values (valid, invalid, oracle)",
    ],
    [{ dictionary: [{ value: 'x' }] }, "dictionary entry 1: must have required property 'at'"],
    [
      { dictionary: [{ value: 'x', at: '/mta/*' }] },
      'dictionary entry 1 of the config\'s dictionary (value "x" at /mta/*): the pattern "/mta/*" names no location',
    ],
    [{ dictionary: [{ json: '1e9999', at: 'unknown' }] }, 'json must be the text of a finite JSON number'],
  ])('a wrong entry is exit 2 naming it: %j', async (config, message) => {
    const r = await check(inDir(config));
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('entries run as cases (in the vitest runner too) and the report counts them', async () => {
    const dir = inDir({
      dictionary: [
        { value: 'pro\u0000', at: '/meta/*', expect: 'valid', class: 'tenant' },
        { value: 1, at: '/meta/*', expect: 'valid' },
      ],
    });
    const plain = await check(tempDir('pc-dict-'), '--report-dir', join(dir, 'plain'));
    const r = await cli(['check', '--target', target, '--runs', '0', '--check', 'validate.accepts-valid', '--seed', '1', '--report-dir', join(dir, 'r')], {
      cwd: dir,
    });
    expect(r.code, r.stderr).toBe(0);
    const report = readReport(join(dir, 'r'));
    const before = readReport(join(dir, 'plain'));
    expect(plain.code).toBe(0);
    expect(report.checks[0]!.cases).toBe(before.checks[0]!.cases + 1);
    expect(report.dictionary).toMatchObject({ fromConfig: 1, dropped: 1 });
    expect(report.dictionary!.classes).toContainEqual(expect.objectContaining({ class: 'tenant', entries: 1, valid: 1 }));
    expect(report.dictionary!.droppedLabels![0]).toContain('marked valid, but the oracle reports type at /meta/a');
  });
});
