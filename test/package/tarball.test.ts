// The package as users get it: `npm pack`, an offline install into a fresh project (examples/vitest-project), then the
// library API, the CLI through npx, the .d.ts files under tsc, and the vitest entry point, all from that project.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fencedBlocks } from '../docs/shell-blocks.js';
import { bareImports, packageOf } from './imports.js';
import { installInto, type Packed, packProject, removeCreated, repo, run } from './pack.js';

const fixtures = join(repo, 'test/package/project');
let packed: Packed;
let project: string;

beforeAll(async () => {
  packed = await packProject();
  project = await installInto(packed.tarball, join(repo, 'examples/vitest-project'));
  cpSync(join(fixtures, 'use.mjs'), join(project, 'use.mjs'));
  cpSync(join(fixtures, 'api-types.ts'), join(project, 'api-types.ts'));
  cpSync(join(fixtures, 'faulty-user.mjs'), join(project, 'src/faulty-user.mjs'));
}, 240_000);
afterAll(removeCreated);

describe('npm pack', () => {
  it('ships the build, the launcher, the schemas, the examples and the README, and nothing else', () => {
    const paths = packed.files.map((f) => f.path);
    for (const p of [
      'package.json',
      'README.md',
      'bin/paragon-conformance.js',
      'dist/src/index.js',
      'dist/src/index.d.ts',
      'dist/src/vitest.js',
      'dist/src/vitest.d.ts',
      'dist/src/cli/main.js',
      'dist/suites/conformance.suite.js',
      'schemas/connected-user.schema.json',
      'schemas/report.schema.json',
      'schemas/config.schema.json',
      'schemas/line-protocol.schema.json',
      'examples/vitest-project/package.json',
      'examples/python-harness/harness.py',
      'examples/node-harness/harness.mjs',
    ]) {
      expect(paths, p).toContain(p);
    }
    const top = new Set(paths.map((p) => p.split('/')[0]));
    const allowed = ['LICENSE', 'README.md', 'ARCHITECTURE.md', 'action.yml', 'bin', 'dist', 'docs', 'examples', 'package.json', 'schemas'];
    expect([...top].filter((t) => !allowed.includes(t!))).toEqual([]);
    // No sources, self-tests or installs: only compiled output (plus the examples' own files).
    expect(paths.filter((p) => /^(src|test|generators|suites)\/|node_modules\//.test(p) || (/\.ts$/.test(p) && !p.endsWith('.d.ts')))).toEqual([]);
    expect(paths.filter((p) => p.startsWith('dist/bench/') || p.endsWith('.map') || p.endsWith('.png'))).toEqual([]);
    expect(packed.unpackedSize).toBeLessThan(3_000_000);
  });

  it('the embedded schema is byte-identical to the repository copy', () => {
    const shipped = readFileSync(join(project, 'node_modules/paragon-conformance/schemas/connected-user.schema.json'));
    expect(shipped.equals(readFileSync(join(repo, 'schemas/connected-user.schema.json')))).toBe(true);
  });

  it('the main entry does not pull in vitest (only paragon-conformance/vitest does)', () => {
    const dist = join(project, 'node_modules/paragon-conformance/dist/src');
    const main = bareImports(join(dist, 'index.js')).packages.map(packageOf);
    expect(main).not.toContain('vitest');
    expect(main).toEqual(expect.arrayContaining(['ajv', 'fast-check']));
    expect(bareImports(join(dist, 'vitest.js')).packages.map(packageOf)).toContain('vitest');
  });
});

describe('installed from the tarball', () => {
  it('the library API works from a plain .mjs script', async () => {
    const r = await run(process.execPath, ['use.mjs'], project);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout.trim().split('\n').pop()!);
    expect(out.validAccepted).toBe(true);
    expect(out.invalidRejected).toBe(true);
    expect(out.pendingErrors).toEqual([
      { instancePath: '/integrations/a/credentialStatus', keyword: 'enum', schemaPath: '#/$defs/UserIntegration/properties/credentialStatus/enum' },
    ]);
    expect(out.otherSchema).toEqual([true, false]);
    expect(out.checks).toBe(16);
    expect([out.verdict, out.exit]).toEqual(['conformant', 0]);
    expect(out.statuses['validate.rejects-invalid']).toBe('passed');
    expect(out.statuses['http.read.conforms']).toBe('skipped');
    expect(out.faulty).toEqual({ verdict: 'non-conformant', failed: ['validate.rejects-invalid'] });
  });

  it('npx paragon-conformance check passes a correct module (exit 0) and fails a faulty one (exit 1)', async () => {
    const env = { npm_config_offline: 'true' };
    const good = await run('npx', ['paragon-conformance', 'check', '--target', 'module:./src/connected-user.mjs', '--runs', '20', '--seed', '9'], project, env);
    expect(good.code, good.stdout + good.stderr).toBe(0);
    expect(good.stdout).toMatch(/verdict: conformant/);
    const bad = await run(
      'npx',
      [
        'paragon-conformance',
        'check',
        '--target',
        'module:./src/faulty-user.mjs',
        '--runs',
        '20',
        '--seed',
        '9',
        '--check',
        'validate.rejects-invalid',
        '--report-dir',
        'reports-faulty',
      ],
      project,
      env,
    );
    expect(bad.code, bad.stdout + bad.stderr).toBe(1);
    expect(bad.stdout).toContain('validate.rejects-invalid');
    expect(bad.stdout).toMatch(/replay: +npx paragon-conformance check --target module:\.\/src\/faulty-user\.mjs/);
  });

  const typecheck = async (files: string[]) => {
    const tsconfig = {
      compilerOptions: {
        target: 'ES2022',
        module: 'nodenext',
        moduleResolution: 'nodenext',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: ['node'],
        typeRoots: [join(repo, 'node_modules/@types')],
      },
      files,
    };
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(tsconfig));
    return run(join(repo, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], project);
  };

  it('the .d.ts files type-check a consumer under strict tsc (and reject misuse)', async () => {
    const r = await typecheck(['api-types.ts']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });

  it('the TypeScript examples of README.md and docs/library.md type-check against the installed package', async () => {
    // What the examples leave to the reader: their own implementation and the values they already have.
    const prelude = [
      'declare function myValidate(u: unknown): boolean;',
      'declare function roundTrips(u: unknown): boolean;',
      'declare function expect(v: unknown, message?: string): { toBe(x: unknown): void };',
      'declare const value: unknown;',
      "declare const violation: import('paragon-conformance').Violation;",
      'export {};',
      '',
    ].join('\n');
    const files: string[] = [];
    for (const doc of ['README.md', 'docs/library.md']) {
      for (const [i, block] of fencedBlocks(readFileSync(join(repo, doc), 'utf8'), 'ts').entries()) {
        const name = `doc-${doc.replace(/\W/g, '-')}-${i}.ts`;
        writeFileSync(join(project, name), prelude + block.lines.join('\n'));
        files.push(name);
      }
    }
    expect(files.length).toBeGreaterThanOrEqual(6);
    const r = await typecheck(files);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });

  // The project's own vitest (installed with the package, as a user has it): a second copy of vitest could not run
  // tests that `paragon-conformance/vitest` registers (vitest requires one instance per run).
  const vitest = () => join(project, 'node_modules/.bin/vitest');

  it('the example project passes: conformanceSuite registers one test per check, and the property tests run', async () => {
    const r = await run(vitest(), ['run', '--root', project], project);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/conformance\.test\.mjs \(16 tests/);
    expect(r.stdout).toMatch(/properties\.test\.mjs \(3 tests/);
  });

  it('a faulty implementation fails its vitest run, naming the check id and the counterexample', async () => {
    cpSync(join(fixtures, 'faulty.test.mjs'), join(project, 'test/faulty.test.mjs'));
    const r = await run(vitest(), ['run', '--root', project, 'test/faulty.test.mjs'], project);
    const out = r.stdout + r.stderr;
    expect(r.code, out).toBe(1);
    expect(out).toMatch(/FAIL .*validate\.rejects-invalid/);
    expect(out).toContain('"PENDING"');
    expect(out).toMatch(/Tests +1 failed \| 9 passed \| 6 skipped/);
  });
});
