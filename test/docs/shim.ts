/** A PATH directory whose `npx` runs this repository's CLI, so docs and the Action run `npx paragon-conformance` offline. */
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

/** Creates the shim and returns an environment with it first on PATH. `npx [--yes] paragon-conformance[@v] …` → `node bin/…`. */
export function npxShimEnv(repo = resolve('.')): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), 'pc-shim-'));
  const bin = join(repo, 'bin/paragon-conformance.js');
  const script = [
    '#!/usr/bin/env bash',
    'while [ "${1#-}" != "$1" ]; do shift; done  # npx flags such as --yes',
    'case "$1" in paragon-conformance|paragon-conformance@*) shift ;; *) echo "npx shim: only paragon-conformance is available here, got $1" >&2; exit 127 ;; esac',
    `exec "${process.execPath}" "${bin}" "$@"`,
    '',
  ].join('\n');
  writeFileSync(join(dir, 'npx'), script);
  chmodSync(join(dir, 'npx'), 0o755);
  return { ...process.env, PATH: `${dir}${delimiter}${process.env.PATH ?? ''}`, CI: 'true', NO_COLOR: '1' };
}
