// Doc-tests for the guides: every command of a `sh` block in docs/*.md exits as documented (see README, Decisions).
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runDocument, runnableCommands } from './run-document.js';

const guides = readdirSync('docs')
  .filter((f) => f.endsWith('.md'))
  .map((f) => `docs/${f}`);
const runnable = guides.filter((f) => runnableCommands(f).length > 0);

describe('docs/*.md', () => {
  it('the guides with commands include the harness, live-endpoint, report and CI guides', () => {
    expect(runnable).toEqual(
      expect.arrayContaining(['docs/writing-a-harness.md', 'docs/live-endpoints.md', 'docs/reports.md', 'docs/ci.md', 'docs/changing-the-schema.md']),
    );
  });

  it.each(runnable)(
    '%s: every sh command exits as documented',
    async (file) => {
      await runDocument(file);
    },
    180_000,
  );
});
