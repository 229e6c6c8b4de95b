// The target's description and the replay command mask secrets in --target the same way the targets do.
import { expect, it } from 'vitest';
import { replayPrefix } from '../../src/engine/replay.js';
import { describeSpec } from '../../src/engine/run.js';
import { testOptions } from '../support/options.js';

const spec = 'cmd:PARAGON_TOKEN=abc123secret ./harness --api-key=k3y-value';

it('describeSpec masks secret-looking assignments, flags and URL credentials', () => {
  expect(describeSpec(spec).description).not.toMatch(/abc123secret|k3y-value/);
  expect(describeSpec('https://user:pw-secret@api.example.test/').description).not.toContain('pw-secret');
  expect(describeSpec('reference').kind).toBe('reference');
});

it('the replay command carries no secret from --target', () => {
  const o = testOptions({ target: spec });
  const line = replayPrefix(o, o.targets[0]!);
  expect(line).toContain('--target');
  expect(line).not.toMatch(/abc123secret|k3y-value/);
});
