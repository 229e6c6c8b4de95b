// Counterexamples read the same on every screen: invisible characters escaped in terminal, Markdown and HTML; replay files exact.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
import type { ReplayFile } from '../../src/engine/replay.js';
import { runConformance } from '../../src/engine/runner.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { formatFailure } from '../../src/report/terminal.js';
import { testOptions } from '../support/options.js';
import { nonConformantReport } from './fixtures.js';

/** A key and a value made of characters no reader can see. */
const counterexample = { meta: { '\u0000\u202e': '\uffff\ud800\u200b\ufeff\u2028' } };
const raw = /[\u0000\u202e\uffff\u200b\ufeff\u2028]|[\ud800-\udbff](?![\udc00-\udfff])/;

function hostileReport(): Report {
  const r = nonConformantReport();
  const c = r.checks.find((x) => x.status === 'failed')!;
  c.failures = [
    {
      counterexample,
      violation: { instancePath: '/meta/\u0000\u202e', keyword: 'type', schemaPath: '#/properties/meta/additionalProperties/type' },
      expected: 'validate → true',
      actual: 'threw: RangeError: bad character \uffff in key \u0000\u202e',
      replay: 'npx paragon-conformance check --replay reports/replays/x.json',
    },
  ];
  return r;
}

describe('readable counterexamples', () => {
  it.each([
    ['terminal', (r: Report) => formatFailure(r.checks.find((x) => x.status === 'failed')!)],
    ['Markdown', renderMarkdown],
    ['HTML', renderHtml],
  ])('%s shows \\u0000, \\uffff, \\ud800, \\u200b, bidi marks and BOM escaped, never raw', (_name, render) => {
    const text = render(hostileReport());
    expect(text).not.toMatch(raw);
    for (const e of ['\\u0000', '\\u202e', '\\uffff', '\\ud800', '\\u200b', '\\ufeff', '\\u2028']) expect(text).toContain(e);
    expect(text).toContain('/meta/\\u0000\\u202e'); // the violated key, too
  });

  it('replay files keep the exact JSON of the counterexample', async () => {
    const report = await runConformance(
      testOptions({ target: 'module:test/miniatures/modules/wrong-noncharacters.mjs', runs: 0, checks: ['validate.accepts-valid'] }),
    );
    const f = report.checks[0]!.failures[0]!;
    const saved = JSON.parse(readFileSync(resolve(f.replayFile!), 'utf8')) as ReplayFile;
    expect(saved.json).toBe(JSON.stringify(f.counterexample));
    expect(saved.json).toMatch(/[\ufdd0-\ufdef\ufffe\uffff]|\udbff\udfff|\ud83f\udffe/); // the noncharacter itself, not an escape of it
    expect(formatFailure(report.checks[0]!)).toMatch(/counterexample: .*\\u(ffff|fffe|fdd0|dbff)/);
  });
});
