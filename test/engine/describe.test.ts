// The target's description and the replay command mask secrets in --target the same way the targets do.
import { expect, it } from 'vitest';
import { describeTarget } from '../../src/engine/conformance.js';
import { replayPrefix } from '../../src/engine/options.js';
import { testOptions } from '../support/options.js';

const spec = 'cmd:PARAGON_TOKEN=abc123secret ./harness --api-key=k3y-value';

it('describeTarget masks secret-looking assignments, flags and URL credentials', () => {
  expect(describeTarget(spec).description).not.toMatch(/abc123secret|k3y-value/);
  expect(describeTarget('https://user:pw-secret@api.example.test/').description).not.toContain('pw-secret');
  expect(describeTarget(undefined).kind).toBe('reference');
});

it('the replay command carries no secret from --target', () => {
  const line = replayPrefix(testOptions({ target: spec }));
  expect(line).toContain('--target');
  expect(line).not.toMatch(/abc123secret|k3y-value/);
});
