/**
 * `--fixtures DIR`: one ndjson file per replayable finding, `<fingerprint>.ndjson`, holding the line `generate --invalid`
 * writes (`{"instance":…,"violation":{…}}`). The name is the fingerprint, so the same bug rewrites the same file.
 */
import { mkdir } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { writeFileAtomic } from '../core/files.js';
import type { TrafficFinding } from './types.js';

/** The fixture line of a finding (the `generate --invalid` ndjson shape). */
export function fixtureLine(f: TrafficFinding): string | undefined {
  if (!f.fixture || !f.replayable) return undefined;
  const { instancePath, keyword, schemaPath } = f.fixture.violation;
  return `${JSON.stringify({ instance: f.fixture.instance, violation: { instancePath, keyword, schemaPath } })}\n`;
}

/**
 * Writes the fixtures of `findings` into `dir` (created if missing), each atomically, and sets each finding's
 * `fixtureFile` (relative to `cwd` when inside it). Returns the paths written.
 */
export async function writeFixtures(findings: TrafficFinding[], dir: string, cwd: string): Promise<string[]> {
  const abs = resolve(cwd, dir);
  const written: string[] = [];
  for (const f of findings) {
    const line = fixtureLine(f);
    if (!line) continue;
    if (written.length === 0) await mkdir(abs, { recursive: true });
    const file = join(abs, `${f.fingerprint}.ndjson`);
    await writeFileAtomic(file, line);
    const rel = relative(cwd, file);
    f.fixtureFile = rel.startsWith('..') || isAbsolute(rel) ? file : rel;
    written.push(f.fixtureFile);
  }
  return written;
}
