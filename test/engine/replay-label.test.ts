// A replay file of an invalid case without its violation label is a usage error about the file, not about the schema.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { prepareRun } from '../../src/engine/prepare.js';
import { tempDir } from '../support/cli.js';
import { testOptions } from '../support/options.js';

const replay = (body: unknown) => {
  const file = join(tempDir('pc-replay-'), 'case.json');
  writeFileSync(file, JSON.stringify(body));
  return () => prepareRun(testOptions({ target: 'module:test/miniatures/modules/_base.mjs', replayPath: file }));
};

describe('replay files', () => {
  it('an invalid case without its violation is named as such', () => {
    const run = replay({ check: 'validate.rejects-invalid', kind: 'invalid', json: '{"meta":{"\\n":1}}' });
    expect(run).toThrow(UsageError);
    expect(run).toThrow(/case\.json is an invalid case without its violation label \(\{instancePath, keyword, schemaPath\}\)/);
    expect(run).not.toThrow(/schema version/);
  });

  it('a labelled invalid case still replays', () => {
    const v = { instancePath: '/meta/\n', keyword: 'type', schemaPath: '#/properties/meta/additionalProperties/type' };
    expect(replay({ check: 'validate.rejects-invalid', kind: 'invalid', json: '{"meta":{"\\n":1}}', violation: v })().replay).toMatchObject({ violation: v });
  });
});
