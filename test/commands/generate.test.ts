import { createReadStream, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { PassThrough, Writable } from 'node:stream';
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Violation } from '../../src/core/types.js';
import { loadSchema } from '../../src/schema/load.js';
import { oracleFor } from '../../src/schema/oracle.js';
import { runCli } from '../support/in-process.js';

const oracle = oracleFor(loadSchema().document);

/** Runs `generate` in-process with stdout/stderr captured. */
const run = (...argv: string[]) => runCli(tmpdir(), 'generate', ...argv);

const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '');

describe('generate: determinism', () => {
  for (const engine of ['fast-check', 'faker']) {
    it(`${engine}: same seed gives byte-identical output, another seed different output`, async () => {
      const a = await run('--count', '300', '--seed', '11', '--engine', engine);
      const b = await run('--count', '300', '--seed', '11', '--engine', engine);
      const c = await run('--count', '300', '--seed', '12', '--engine', engine);
      expect(a.code).toBe(0);
      expect(lines(a.out)).toHaveLength(300);
      expect(a.out).toBe(b.out);
      expect(c.out).not.toBe(a.out);
    });
  }

  it('accepts any safe-integer seed, as check does; seeds differing only above 32 bits differ', async () => {
    const a = await run('--count', '20', '--seed=-5', '--engine', 'faker');
    const b = await run('--count', '20', '--seed', String(2 ** 32 + 7), '--engine', 'faker');
    const c = await run('--count', '20', '--seed', '7', '--engine', 'faker');
    expect([a.code, b.code, c.code]).toEqual([0, 0, 0]);
    expect(b.out).not.toBe(c.out);
  });

  it('prints a random seed to stderr when none is given, and that seed reproduces the output', async () => {
    const first = await run('--count', '50');
    const seed = /--seed (\d+)/.exec(first.err)?.[1];
    expect(seed).toBeDefined();
    expect((await run('--count', '50', '--seed', seed!)).out).toBe(first.out);
  });
});

describe('generate --threads', () => {
  // 20,000 is where threads start: below it one thread is faster.
  it.each([
    ['ndjson', []],
    ['json', ['--invalid']],
    ['jsts', ['--invalid']],
  ] as const)('%s %s: the output of 3 threads is byte-identical to one thread', async (format, more) => {
    const args = ['--count', '20001', '--seed', '13', '--format', format, ...more];
    const one = await run(...args, '--threads', '1');
    const three = await run(...args, '--threads', '3');
    expect(three.code, three.err).toBe(0);
    expect(three.out.length).toBeGreaterThan(1_000_000);
    expect(three.out === one.out).toBe(true);
  });

  it.each([1, 2])('on %i thread(s), says when the schema yields fewer instances than asked', async (threads) => {
    const schema = join(mkdtempSync(join(tmpdir(), 'pc-gen-')), 'anything.json');
    writeFileSync(
      schema,
      JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', description: 'anything is valid: nothing can be made invalid' }),
    );
    const r = await run('--invalid', '--count', '20001', '--seed', '1', '--schema', schema, '--threads', String(threads));
    expect(r.code, r.err).toBe(0);
    const n = lines(r.out).length;
    expect(n).toBeLessThan(20_001);
    expect(r.err).toContain(`the schema yields only ${n} invalid instance(s) with this engine (asked for 20001)`);
  });

  it('--threads must be a positive integer', async () => {
    const r = await run('--count', '5', '--threads', '0');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--threads/);
  });
});

describe('generate: every line is what it claims', () => {
  for (const engine of ['fast-check', 'faker']) {
    it(`${engine}: valid ndjson lines all pass the oracle`, async () => {
      const { code, out } = await run('--count', '1500', '--seed', '5', '--engine', engine);
      expect(code).toBe(0);
      const got = lines(out);
      expect(got).toHaveLength(1500);
      for (const l of got) expect(oracle.check(JSON.parse(l)).errors).toEqual([]);
    });

    it(`${engine}: invalid ndjson lines fail with exactly their label`, async () => {
      const { code, out } = await run('--invalid', '--count', '1500', '--seed', '5', '--engine', engine);
      expect(code).toBe(0);
      const got = lines(out).map((l) => JSON.parse(l) as { instance: unknown; violation: Violation });
      expect(got).toHaveLength(1500);
      for (const { instance, violation } of got) {
        expect(Object.keys(violation)).toEqual(['instancePath', 'keyword', 'schemaPath']);
        expect(oracle.failsExactlyWith(instance, violation)).toBe(true);
      }
    });
  }

  it('json format is one array with the same entries as ndjson', async () => {
    const nd = await run('--invalid', '--count', '200', '--seed', '8');
    const js = await run('--invalid', '--count', '200', '--seed', '8', '--format', 'json');
    expect(JSON.parse(js.out)).toEqual(lines(nd.out).map((l) => JSON.parse(l)));
  });

  it('jsts format is a JSON-Schema-Test-Suite file whose verdicts the oracle agrees with, with stable ids', async () => {
    const a = await run('--invalid', '--count', '200', '--seed', '8', '--format', 'jsts');
    const [group, ...rest] = JSON.parse(a.out) as { description: string; schema: object; tests: { description: string; data: unknown; valid: boolean }[] }[];
    expect(rest).toEqual([]);
    expect(group!.schema).toEqual(loadSchema().document);
    expect(group!.tests).toHaveLength(200);
    for (const t of group!.tests) {
      expect(t.valid).toBe(false);
      expect(oracle.isValid(t.data)).toBe(false);
      expect(t.description).toMatch(/^invalid [0-9a-f]{12}: \w+ at \//);
    }
    const b = await run('--invalid', '--count', '200', '--seed', '8', '--format', 'jsts');
    expect(b.out).toBe(a.out);
    const v = JSON.parse((await run('--count', '100', '--seed', '8', '--format', 'jsts')).out)[0].tests as { data: unknown; valid: boolean }[];
    expect(v).toHaveLength(100);
    for (const t of v) expect(t.valid && oracle.isValid(t.data)).toBe(true);
  });

  it('follows the schema given by --schema (both engines, valid and invalid)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-gen-'));
    const other = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      required: ['sku', 'qty'],
      properties: { sku: { type: 'string', pattern: '^[A-Z]{3}-[0-9]{4}$' }, qty: { type: 'integer', minimum: 1, maximum: 99 }, kind: { const: 'item' } },
    };
    const file = join(dir, 'other.json');
    writeFileSync(file, JSON.stringify(other));
    const check = oracleFor(other);
    for (const engine of ['fast-check', 'faker']) {
      const v = await run('--schema', file, '--engine', engine, '--count', '300', '--seed', '4');
      expect(v.code).toBe(0);
      for (const l of lines(v.out)) expect(check.isValid(JSON.parse(l))).toBe(true);
      expect(lines(v.out).some((l) => 'sku' in JSON.parse(l))).toBe(true);
      const i = await run('--schema', file, '--engine', engine, '--invalid', '--count', '300', '--seed', '4');
      expect(i.code).toBe(0);
      for (const l of lines(i.out)) {
        const { instance, violation } = JSON.parse(l) as { instance: unknown; violation: Violation };
        expect(check.failsExactlyWith(instance, violation)).toBe(true);
      }
    }
  });

  it('--count 0 writes an empty stream', async () => {
    expect((await run('--count', '0', '--seed', '1')).out).toBe('');
    expect(JSON.parse((await run('--count', '0', '--seed', '1', '--format', 'json')).out)).toEqual([]);
  });
});

describe('generate: usage errors exit 2 and name the flag', () => {
  const cases: [string[], RegExp][] = [
    [['--count', '-1'], /--count/],
    [['--count=-1'], /--count/],
    [['--count', '1.5'], /--count/],
    [['--count', 'many'], /--count/],
    [['--seed', 'x'], /--seed/],
    [['--seed', '1e3'], /--seed/],
    [['--seed', '9007199254740993'], /--seed/],
    [['--bogus'], /--bogus/],
    [['--engine', 'chance'], /--engine must be one of fast-check, faker; got 'chance'/],
    [['--format', 'yaml'], /--format must be one of ndjson, json, jsts; got 'yaml'/],
    [['--schema', '/nonexistent/schema.json'], /--schema/],
    [['--out', '/nonexistent-dir/x.ndjson'], /--out/],
  ];
  for (const [argv, message] of cases) {
    it(argv.join(' '), async () => {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.out).toBe('');
    });
  }

  it('an invalid schema file is a usage error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-gen-'));
    writeFileSync(join(dir, 'bad.json'), '{"type": 12}');
    const r = await run('--schema', join(dir, 'bad.json'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/schema/);
  });
});

describe('generate to a closed pipe', () => {
  it('stops quietly with exit 0 when stdout goes away (EPIPE, as with `| head`)', async () => {
    let writes = 0;
    const stdout = new Writable({
      write(_c, _e, cb) {
        writes++;
        cb(writes > 1 ? Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }) : undefined);
      },
    });
    const stderr = new PassThrough();
    const err: string[] = [];
    stderr.on('data', (b: Buffer) => err.push(b.toString()));
    const code = await main(['generate', '--count', '1000000', '--seed', '1'], { stdout, stderr, cwd: tmpdir(), env: {}, interactive: false });
    expect(code).toBe(0);
    expect(err.join('')).toBe('');
    expect(writes).toBeLessThan(10);
  });
});

describe('generate --out', () => {
  it('writes the file atomically, leaving no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-gen-'));
    const file = join(dir, 'users.ndjson');
    const r = await run('--count', '500', '--seed', '3', '--out', file);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(lines(readFileSync(file, 'utf8'))).toHaveLength(500);
    expect(readdirSync(dir)).toEqual(['users.ndjson']);
    expect(readFileSync(file, 'utf8')).toBe((await run('--count', '500', '--seed', '3')).out);
  });

  it('keeps an existing file untouched when generation fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-gen-'));
    const file = join(dir, 'users.ndjson');
    writeFileSync(file, 'old\n');
    const schema = join(dir, 'impossible.json');
    writeFileSync(schema, JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'string', minLength: 3, maxLength: 2 }));
    const r = await run('--engine', 'faker', '--count', '10', '--seed', '1', '--schema', schema, '--out', file);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/faker/);
    expect(readFileSync(file, 'utf8')).toBe('old\n');
    expect(readdirSync(dir).sort()).toEqual(['impossible.json', 'users.ndjson']);
  });
});

describe('generate streams with flat memory', () => {
  // Live heap (sampled right after a forced GC) is what buffering would grow; garbage between GCs is noise.
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;

  /** Generates `count` lines to a file while sampling the live heap; returns the peak growth and the line count. */
  async function measure(count: number, threads: number): Promise<{ peakMb: number; lines: number }> {
    const file = join(mkdtempSync(join(tmpdir(), 'pc-gen-')), 'big.ndjson');
    gc();
    const base = process.memoryUsage().heapUsed;
    let peak = base;
    const timer = setInterval(() => {
      gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 250);
    const r = await run('--count', String(count), '--seed', '21', '--out', file, '--threads', String(threads));
    clearInterval(timer);
    expect(r.code).toBe(0);
    let n = 0;
    for await (const line of createInterface({ input: createReadStream(file) })) if (line !== '') n++;
    rmSync(file);
    return { peakMb: (peak - base) / 2 ** 20, lines: n };
  }

  it.each([1, 2])('200,000 users on %i thread(s): every line is written and the live heap does not grow with the count', async (threads) => {
    const small = await measure(20_000, threads);
    const big = await measure(200_000, threads);
    expect(small.lines).toBe(20_000);
    expect(big.lines).toBe(200_000);
    // Holding the output (200k lines, ~35 MB of text) or the cases would add tens of MB; streaming adds ~nothing.
    expect(big.peakMb).toBeLessThan(small.peakMb + 12);
  });
});
