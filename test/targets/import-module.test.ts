import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importModule, transpileTypeScript } from '../../src/targets/import-module.js';

const dir = resolve(import.meta.dirname, '../fixtures-targets');

describe('importing TypeScript target modules', () => {
  it('bundles a .ts module (and its .js→.ts imports) into JS that plain Node imports', async () => {
    const code = await transpileTypeScript(resolve(dir, 'typed.ts'));
    expect(code).not.toMatch(/interface|: unknown/);
    const out = resolve(dir, '.typed-native-check.mjs');
    writeFileSync(out, code);
    try {
      const script = `const m = await import(${JSON.stringify(`file://${out}`)}); console.log(JSON.stringify([m.validate({ id: 'x' }), m.validate({ id: 1 }), m.mode]));`;
      const printed = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
      expect(JSON.parse(printed)).toEqual([true, false, 'strict']);
    } finally {
      rmSync(out, { force: true });
    }
  });

  it('leaves no transpiled file behind', async () => {
    const mod = await importModule(resolve(dir, 'typed.ts'));
    expect(typeof mod.validate).toBe('function');
    expect(readdirSync(dir).filter((f) => f.includes('.paragon-'))).toEqual([]);
  });
});
