// One options resolver (SPEC §5, §9): flags, config file and library input become one CheckOptions with one set of
// defaults; every bad value is a usage error naming the option.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { readConfig } from '../../src/options/config.js';
import { fromFlags } from '../../src/options/flags.js';
import { defaults, resolveCheckOptions } from '../../src/options/resolve.js';
import { tempDir } from '../support/cli.js';

const resolve = (layers: Parameters<typeof resolveCheckOptions>[0], env: NodeJS.ProcessEnv = {}) => resolveCheckOptions(layers, { cwd: '/w', env });

describe('resolveCheckOptions', () => {
  it('fills one set of defaults for every caller', () => {
    const o = resolve([{ seed: 1 }]);
    expect(o).toMatchObject({ targets: ['reference'], runs: defaults.runs, maxFindings: 10, runner: 'vitest', reportDir: 'reports', cwd: '/w' });
    expect(o.formats).toEqual(['json', 'junit', 'md', 'html']);
    expect(o.http).toEqual({ projectId: 'test-project', tokenEnv: 'PARAGON_USER_TOKEN', headers: [], allowWrites: false, concurrency: 4 });
  });

  it('later layers win (flags over the config file); targets and target add up within a layer', () => {
    const config = fromFlags({ runs: 5, targets: ['module:a.mjs'], 'max-findings': 3, concurrency: 2 });
    const flags = fromFlags({ runs: '7', target: ['cmd:x', 'reference'] });
    const o = resolve([config, flags]);
    expect(o.runs).toBe(7);
    expect(o.targets).toEqual(['cmd:x', 'reference']);
    expect(o.maxFindings).toBe(3);
    expect(o.http.concurrency).toBe(2);
  });

  it('the seed: given, else PARAGON_SEED, else the CI run id for shards, else random', () => {
    expect(resolve([{ seed: 42 }], { PARAGON_SEED: '7' }).seed).toBe(42);
    expect(resolve([{}], { PARAGON_SEED: '7' }).seed).toBe(7);
    expect(resolve([{ shard: { index: 1, count: 2 } }], { GITHUB_RUN_ID: '123' }).seed).toBe(123);
    expect(() => resolve([{ shard: { index: 1, count: 2 } }])).toThrow(/--shard needs --seed/);
    expect(Number.isSafeInteger(resolve([{}]).seed)).toBe(true);
    expect(() => resolve([{}], { PARAGON_SEED: 'x' })).toThrow(/PARAGON_SEED must be an integer/);
  });

  it('--format takes the same names everywhere (markdown too, the bug that check refused)', () => {
    expect(resolve([fromFlags({ format: 'markdown,xml' })]).formats).toEqual(['md', 'junit']);
    expect(() => resolve([fromFlags({ format: 'pdf' })])).toThrow(/unknown report format 'pdf'/);
  });

  it('bad values are usage errors that name the option', () => {
    expect(() => resolve([{ runs: -1 }])).toThrow(/runs \(--runs\) must be an integer >= 0/);
    expect(() => fromFlags({ 'max-findings': '0' })).toThrow(/--max-findings must be an integer >= 1/);
    expect(() => resolve([{ checks: ['no.such'] }])).toThrow(/unknown check id 'no\.such'/);
    expect(() => resolve([{ target: 'ftp://x' }])).toThrow(UsageError);
    expect(() => resolve([{ runner: 'jest' as 'inline' }])).toThrow(/runner \(--runner\) must be vitest or inline/);
  });
});

describe('the config file', () => {
  it('takes every flag by its long name, a list of targets and dictionary extensions', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'paragon-conformance.config.json'),
      JSON.stringify({ targets: ['reference', 'module:a.mjs'], runs: 3, 'strict-baseline': true, 'second-opinion': true }),
    );
    expect(readConfig(dir)).toEqual({ targets: ['reference', 'module:a.mjs'], runs: 3, strictBaseline: true, secondOpinion: true });
  });

  it('a wrong key is exit 2 naming it and the file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'paragon-conformance.config.json'), JSON.stringify({ runz: 3 }));
    expect(() => readConfig(dir)).toThrow(/paragon-conformance\.config\.json: unknown key 'runz'/);
  });
});
