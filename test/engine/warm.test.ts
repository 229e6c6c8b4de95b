// The warm start: cases built ahead in the vitest worker are taken only for the same schema bytes and case options,
// and they are the very cases a cold start builds.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareRun } from '../../src/engine/prepare.js';
import { warmed, warmUp } from '../../src/engine/warm.js';
import { warmSpecOf } from '../../src/engine/warm-spec.js';
import { embeddedSchemaPath } from '../../src/schema/load.js';
import { tempDir } from '../support/cli.js';
import { testOptions } from '../support/options.js';

const jsons = (p: ReturnType<typeof prepareRun>, runs: number) => [...p.cases.valid(runs), ...p.cases.invalid(runs)].map((c) => c.json);

describe('warm start', () => {
  it('prepareRun takes the cases built ahead for the same options: the same cases a cold start builds', () => {
    const options = testOptions({ seed: 41, runs: 30 });
    const cold = jsons(prepareRun(options), 30);
    warmUp(warmSpecOf(options));
    const warm = prepareRun(options);
    expect(warm.cases).toBe(warmed(options, warm.schema)!.cases);
    expect(jsons(warm, 30)).toEqual(cold);
  });

  it('is not used for another seed, another number of runs, or a schema file whose bytes changed', () => {
    const dir = tempDir();
    const file = join(dir, 'schema.json');
    writeFileSync(file, readFileSync(embeddedSchemaPath, 'utf8'));
    const options = testOptions({ seed: 42, runs: 20, schemaPath: file });
    warmUp(warmSpecOf(options));
    expect(prepareRun(options).cases).toBe(warmed(options, prepareRun(options).schema)!.cases);
    expect(warmed(testOptions({ seed: 43, runs: 20, schemaPath: file }), prepareRun(options).schema)).toBeUndefined();
    expect(warmed(testOptions({ seed: 42, runs: 21, schemaPath: file }), prepareRun(options).schema)).toBeUndefined();
    writeFileSync(file, `${readFileSync(embeddedSchemaPath, 'utf8')}\n`);
    const changed = prepareRun(options);
    expect(warmed(options, changed.schema)).toBeUndefined();
    expect(jsons(changed, 20)).toEqual(jsons(prepareRun(testOptions({ seed: 42, runs: 20 })), 20));
  });
});
