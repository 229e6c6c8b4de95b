// fixtures check: files written by generate show no drift; hand-edited ones are named file:line with what changed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/cli.js';
import { runCli } from '../support/in-process.js';

const live = resolve('examples/schema-versions/connected-user.live.schema.json');
let dir: string;

const lines = (file: string) => readFileSync(join(dir, file), 'utf8').split('\n');
const writeLines = (file: string, ls: string[]) => writeFileSync(join(dir, file), ls.join('\n'));

beforeAll(async () => {
  dir = tempDir('pc-fixtures-');
  for (const [args, out] of [
    [['--count', '150', '--seed', '7'], 'valid.ndjson'],
    [['--count', '150', '--seed', '7', '--invalid'], 'invalid.ndjson'],
    [['--count', '120', '--seed', '7', '--invalid', '--format', 'json'], 'invalid.json'],
    [['--count', '120', '--seed', '7', '--invalid', '--format', 'jsts'], 'invalid.jsts.json'],
    [['--count', '60', '--seed', '7', '--format', 'jsts', '--engine', 'faker'], 'valid.jsts.json'],
  ] as const) {
    expect((await runCli(dir, 'generate', ...args, '--out', out)).code).toBe(0);
  }
});

describe('fixtures check', () => {
  it('files written by generate (ndjson, json, jsts; valid and invalid) show no drift', async () => {
    const r = await runCli(dir, 'fixtures', 'check', 'valid.ndjson', 'invalid.ndjson', 'invalid.json', 'invalid.jsts.json', 'valid.jsts.json');
    expect(r.out).toContain('600 fixture(s) in 5 file(s)');
    expect(r.out).toContain('0 drifted, 0 malformed part(s) — no drift');
    expect(r.code).toBe(0);
  });

  it('a directory gives its fixture files', async () => {
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'sub', 'a.ndjson'), '{"id":"x"}\n');
    writeFileSync(join(dir, 'sub', 'notes.txt'), 'not a fixture');
    const r = await runCli(dir, 'fixtures', 'check', 'sub');
    expect([r.code, r.out.trim().split('\n').at(-1)]).toEqual([0, expect.stringContaining('1 fixture(s) in 1 file(s)')]);
  });

  it('names hand-edited ndjson fixtures by file:line: now invalid, now valid, label changed', async () => {
    const valid = lines('valid.ndjson');
    valid[2] = '{"id":"u1","meta":{"plan":3}}';
    writeLines('edited-valid.ndjson', valid);
    const invalid = lines('invalid.ndjson');
    invalid[4] = JSON.stringify({ instance: { id: 'fine' }, violation: JSON.parse(invalid[4]!).violation });
    invalid[9] = JSON.stringify({
      instance: { authenticated: 'yes' },
      violation: { instancePath: '/authenticated', keyword: 'enum', schemaPath: '#/properties/authenticated/enum' },
    });
    writeLines('edited-invalid.ndjson', invalid);
    const r = await runCli(dir, 'fixtures', 'check', 'edited-valid.ndjson', 'edited-invalid.ndjson');
    expect(r.code).toBe(1);
    const drift = r.out.split('\n').filter((l) => /^edited/.test(l));
    expect(drift).toEqual([
      'edited-valid.ndjson:3: now invalid: type at /meta/plan (#/properties/meta/additionalProperties/type)',
      expect.stringMatching(/^edited-invalid\.ndjson:5: now valid \(labelled /),
      'edited-invalid.ndjson:10: label changed: was enum at /authenticated (#/properties/authenticated/enum), now type at /authenticated (#/properties/authenticated/type)',
    ]);
    expect(r.out).toContain('3 drifted');
  });

  it('names drift in a hand-written, pretty-printed json array and a jsts file by the line each entry starts on', async () => {
    const entries = ['{ "id": "a" }', '{\n  "meta": {\n    "k": 1\n  }\n}', '{ "authenticated": true }'];
    writeFileSync(join(dir, 'pretty.json'), `[\n${entries.join(',\n')}\n]\n`);
    const jsts = JSON.parse(readFileSync(join(dir, 'invalid.jsts.json'), 'utf8'));
    jsts[0].tests[3].valid = true;
    writeFileSync(join(dir, 'flipped.jsts.json'), JSON.stringify(jsts, null, 2));
    const flippedLine =
      JSON.stringify(jsts, null, 2)
        .split('\n')
        .findIndex((l) => l.includes(jsts[0].tests[3].description)) + 1;
    const r = await runCli(dir, 'fixtures', 'check', 'pretty.json', 'flipped.jsts.json');
    expect(r.code).toBe(1);
    expect(r.out).toContain('pretty.json:3: now invalid: type at /meta/k');
    expect(r.out).toMatch(new RegExp(`flipped\\.jsts\\.json:${flippedLine - 1}: invalid [0-9a-f]{12}: .* now invalid: `));
  });

  it('checks against another version with --schema: labels that no longer hold are drift', async () => {
    const r = await runCli(dir, 'fixtures', 'check', 'invalid.ndjson', '--schema', live);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/invalid\.ndjson:\d+: now valid \(labelled enum at \/integrations\/.*\/credentialStatus/);
  });

  it('reports malformed lines and goes on; exit 2 only when nothing could be read', async () => {
    writeFileSync(join(dir, 'mixed.ndjson'), '{"id":"a"}\nnot json\n{"meta":{}}\n');
    const mixed = await runCli(dir, 'fixtures', 'check', 'mixed.ndjson');
    expect([mixed.code, mixed.out]).toEqual([0, expect.stringContaining('mixed.ndjson:2: malformed: not JSON')]);
    expect(mixed.out).toContain('2 fixture(s) in 1 file(s)');
    writeFileSync(join(dir, 'garbage.json'), '[ {"id": "a"');
    writeFileSync(join(dir, 'garbage.ndjson'), 'nope\n');
    const none = await runCli(dir, 'fixtures', 'check', 'garbage.ndjson');
    expect(none.code).toBe(2);
    expect(none.err).toContain('nothing could be read');
    const cut = await runCli(dir, 'fixtures', 'check', 'garbage.json');
    expect(cut.out).toContain('garbage.json:1: malformed: not readable past this point: the file ends inside a value (cut off?)');
    expect(cut.code).toBe(2);
  });

  it('bad input is a usage error (exit 2) that says what to do', async () => {
    expect((await runCli(dir, 'fixtures', 'check', 'missing.ndjson')).err).toMatch(/cannot read missing\.ndjson \(ENOENT\)\. Check the path/);
    expect((await runCli(dir, 'fixtures', 'lint', 'valid.ndjson')).code).toBe(2);
    expect((await runCli(dir, 'fixtures', 'check')).code).toBe(2);
    expect((await runCli(dir, 'fixtures', 'check', 'valid.ndjson', '--format', 'csv')).err).toContain('--format must be ndjson, json or jsts');
  });
});
