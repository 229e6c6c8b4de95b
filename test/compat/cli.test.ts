// compat as a command: exit codes, reports valid against their own schema, --role, --accept, --allow-unknown, bad input.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAjv } from '../../src/schema/oracle.js';
import { tempDir } from '../support/cli.js';
import { runCli } from '../support/in-process.js';
import { type Variant, variants, versions } from './variants.js';

const live = resolve('examples/schema-versions/connected-user.live.schema.json');
const validateReport = createAjv().compile(JSON.parse(readFileSync('schemas/compat-report.schema.json', 'utf8')));
let dir: string;

const write = (name: string, value: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return file;
};
const compat = (...args: string[]) => runCli(dir, 'compat', ...args, '--report-dir', join(dir, 'reports'));
const report = () => JSON.parse(readFileSync(join(dir, 'reports', 'compat.json'), 'utf8'));
const variantFiles = (name: string) => {
  const { oldDoc, newDoc } = versions(variants.find((v: Variant) => v.name.startsWith(name))!);
  return [write(`${name}-old.json`, oldDoc), write(`${name}-new.json`, newDoc)];
};

beforeAll(() => {
  dir = tempDir('pc-compat-');
});

describe('compat: verdicts and exit codes', () => {
  it('the same schema: no change, compatible, exit 0; the report is valid against its schema', async () => {
    const r = await compat('embedded', 'embedded');
    expect(r.code).toBe(0);
    expect(r.out).toContain('no keyword-level difference');
    expect(validateReport(report()), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report()).toMatchObject({ verdict: 'compatible', changes: [], summary: { changes: 0 } });
  });

  it('the live-API version: breaking (exit 1), both witnesses printed, reports valid, Markdown for the step summary', async () => {
    const r = await compat('embedded', live);
    expect(r.code).toBe(1);
    expect(r.out).toContain('witness: {"integrations":{"a":{"credentialStatus":"PENDING"}}}');
    expect(r.out).toContain('witness: {"userId":null}');
    expect(r.out).toMatch(/verdict: breaking — 2 breaking, 0 unknown, 2 compatible, 0 accepted \(exit 1\)/);
    const json = report();
    expect(validateReport(json), JSON.stringify(validateReport.errors)).toBe(true);
    expect(json.summary).toEqual({ changes: 2, compatible: 2, breaking: 2, unknown: 0, accepted: 0 });
    const md = readFileSync(join(dir, 'reports', 'compat.md'), 'utf8');
    expect(md).toContain('## Schema compatibility: breaking');
    expect(md).toContain(
      '| `$.integrations.*.credentialStatus:enum` | `["VALID","INVALID","EXPIRED"]` → `["VALID","INVALID","EXPIRED","PENDING"]` | compatible | **breaking** |',
    );
  });

  it('--role judges one role only: the live version breaks readers (userId) and writers (PENDING)', async () => {
    const reader = await compat('embedded', live, '--role', 'reader', '--format', 'json');
    expect([reader.code, report().roles, report().changes.map((c: { writer?: unknown }) => c.writer)]).toEqual([1, ['reader'], [undefined, undefined]]);
    const [o, n] = variantFiles('enum value added');
    expect((await compat(o!, n!, '--role', 'reader')).code).toBe(0);
    expect((await compat(o!, n!, '--role', 'writer')).code).toBe(1);
  });

  it('unknown verdicts fail the gate unless --allow-unknown', async () => {
    const [o, n] = variantFiles('pattern widened');
    const r = await compat(o!, n!, '--role', 'reader');
    expect([r.code, report().verdict]).toEqual([1, 'unknown']);
    expect(r.out).toContain('UNKNOWN — pattern "^[a-z]+$" → "^[a-z0-9]+$": no rule compares two regular expressions');
    expect((await compat(o!, n!, '--role', 'reader', '--allow-unknown')).code).toBe(0);
  });
});

describe('compat --accept', () => {
  it('accepted breaks pass (exit 0) and are shown with their reason; entries that match nothing are reported stale', async () => {
    const accept = write('accept.json', {
      accept: [
        { change: '$.integrations.*.credentialStatus:enum', role: 'writer', reason: 'consumers upgrade first (PLAT-12)' },
        { change: '$.userId:type', role: 'both', reason: 'no stored user has a userId yet' },
        { change: '$.id:type', role: 'reader', reason: 'old entry' },
      ],
    });
    const r = await compat('embedded', live, '--accept', accept);
    expect(r.code).toBe(0);
    expect(report()).toMatchObject({ verdict: 'compatible', summary: { accepted: 2, breaking: 0 }, staleAccepts: [{ change: '$.id:type', role: 'reader' }] });
    expect(r.out).toContain('breaking (accepted: consumers upgrade first (PLAT-12))');
    expect(r.out).toContain('accept entry $.id:type (reader) matched no breaking or unknown verdict: remove it.');
  });

  it('an accept entry for the other role does not accept the break', async () => {
    const accept = write('reader-only.json', { accept: [{ change: '$.integrations.*.credentialStatus:enum', role: 'reader', reason: 'r' }] });
    expect((await compat('embedded', live, '--role', 'writer', '--accept', accept)).code).toBe(1);
  });

  it('an expired entry accepts nothing and says so', async () => {
    const accept = write('expired.json', { accept: [{ change: '$.userId:type', role: 'reader', reason: 'r', expires: '2020-01-01' }] });
    const r = await compat('embedded', live, '--role', 'reader', '--accept', accept);
    expect(r.code).toBe(1);
    expect(r.out).toContain('accept entry $.userId:type (reader) expired on 2020-01-01');
  });

  it('a wrong key is exit 2 naming the key and the entry', async () => {
    const accept = write('typo.json', { accept: [{ chnage: '$.userId:type', role: 'reader', reason: 'r' }] });
    const r = await compat('embedded', live, '--accept', accept);
    expect(r.code).toBe(2);
    expect(r.err).toContain("unknown key 'chnage' in accept[0]");
    const role = write('role.json', { accept: [{ change: '$.userId:type', role: 'readers', reason: 'r' }] });
    expect((await compat('embedded', live, '--accept', role)).err).toContain('accept[0].role must be equal to one of the allowed values');
  });
});

describe('compat: bad input says what was wrong (exit 2), a target that cannot load is exit 3', () => {
  it.each([
    [['embedded'], 'compat takes two schema files, OLD and NEW (got 1)'],
    [['embedded', 'missing.json'], 'cannot read NEW schema missing.json (ENOENT)'],
    [['embedded', 'embedded', '--role', 'readers'], "--role must be reader, writer or both; got 'readers'"],
    [['embedded', 'embedded', '--format', 'html'], "unknown report format 'html'"],
    [['embedded', 'embedded', '--target', 'ftp://x'], 'unknown target'],
  ])('%j', async (args, message) => {
    const r = await compat(...args);
    expect([r.code, r.err]).toEqual([2, expect.stringContaining(message)]);
  });

  it('an OLD that is not JSON, or not a JSON Schema, is named', async () => {
    const notJson = write('broken.json', '{"type": ');
    expect((await compat(notJson, 'embedded')).err).toMatch(/OLD: schema .*broken\.json is not valid JSON .*Fix the OLD schema file\./);
    const notSchema = write('bad-schema.json', { type: 5 });
    expect((await compat('embedded', notSchema)).err).toMatch(
      /NEW: schema .*bad-schema\.json is not a valid JSON Schema 2020-12 document: .*Fix the NEW schema file\./,
    );
  });

  it('a module target that does not exist is a target error (exit 3)', async () => {
    const r = await compat('embedded', live, '--target', 'module:./no/such.mjs');
    expect([r.code, r.err]).toEqual([3, expect.stringContaining('target error: module ./no/such.mjs not found')]);
  });
});
