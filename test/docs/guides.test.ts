// Doc-tests for the guides: every command of a `sh` block in docs/*.md exits as documented (see README, Decisions).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runDocument, runnableCommands } from './run-document.js';

const guides = readdirSync('docs')
  .filter((f) => f.endsWith('.md'))
  .map((f) => `docs/${f}`);
const runnable = guides.filter((f) => runnableCommands(f).length > 0);
/** Guides whose commands another test runs through runDocument, inspecting what they leave: not run a second time here. */
const runElsewhere = new Map([['docs/watching-live-traffic.md', 'test/traffic/guide.test.ts']]);

describe('docs/*.md', () => {
  it('the guides with commands include the harness, live-endpoint, report and CI guides', () => {
    expect(runnable).toEqual(
      expect.arrayContaining(['docs/writing-a-harness.md', 'docs/live-endpoints.md', 'docs/reports.md', 'docs/ci.md', 'docs/changing-the-schema.md']),
    );
    for (const [guide, test] of runElsewhere) expect(readFileSync(test, 'utf8'), test).toContain(`runDocument('${guide}'`);
  });

  it.each(runnable.filter((f) => !runElsewhere.has(f)))(
    '%s: every sh command exits as documented',
    async (file) => {
      await runDocument(file);
    },
    180_000,
  );
});
