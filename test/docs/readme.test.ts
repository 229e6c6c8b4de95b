// Doc-tests: every command of a `sh` block in README.md runs (in a copy of the repository, with
// `npx paragon-conformance` mapped to this checkout) and exits with the code the text states (`# exit N`, default 0).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDocument } from './run-document.js';
import { shellCommands, splitComment } from './shell-blocks.js';

describe('reading sh blocks', () => {
  it('strips comments outside quotes only, and reads the exit-code and skip markers', () => {
    expect(splitComment(`check --target "cmd:a # b"   # exit 1`)).toEqual({ code: 'check --target "cmd:a # b"', comment: 'exit 1' });
    expect(splitComment(`echo '{"a":"#"}' > f.json`)).toEqual({ code: `echo '{"a":"#"}' > f.json`, comment: '' });
    const md = [
      '```sh',
      'npm ci && npm start   # builds',
      'a --x \\',
      '  --y   # exit 2',
      'srv --port 4010 &   # background',
      '',
      '# a note',
      'b   # doc-test: skip',
      '```',
      '```bash',
      'not-run',
      '```',
    ].join('\n');
    const cmds = shellCommands(md, 'X.md');
    expect(cmds.map(({ line, command, expectedExit, background, skip }) => ({ line, command, expectedExit, background, skip }))).toEqual([
      { line: 2, command: 'npm ci && npm start', expectedExit: 0, background: false, skip: 'npm commands run in CI' },
      { line: 3, command: 'a --x --y', expectedExit: 2, background: false, skip: undefined },
      { line: 5, command: 'srv --port 4010', expectedExit: 0, background: true, skip: undefined },
      { line: 8, command: 'b', expectedExit: 0, background: false, skip: 'marked doc-test: skip' },
    ]);
  });

  it('the README documents commands that fail on purpose, and every sh block command is either run or excluded for a reason', () => {
    const cmds = shellCommands(readFileSync('README.md', 'utf8'), 'README.md');
    expect(cmds.length).toBeGreaterThan(20);
    expect(new Set(cmds.map((c) => c.expectedExit))).toEqual(new Set([0, 1, 2, 3]));
    expect(cmds.filter((c) => c.skip).map((c) => c.command)).toEqual(['npm ci && npm start', 'npm test']);
  });
});

describe('README.md', () => {
  it('every sh command exits as documented, and leaves the files it promises', async () => {
    await runDocument('README.md', (cwd) => {
      for (const f of [
        'users.ndjson',
        'invalid.ndjson',
        'realistic.json',
        'connected-user.jsts.json',
        'reports/merged/conformance.json',
        'reports/replayed/conformance.json',
      ])
        expect(existsSync(join(cwd, f)), f).toBe(true);
    });
  }, 180_000);
});
