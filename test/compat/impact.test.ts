// The impact table: witnesses through modules, harnesses and HTTP services; "breaks" exactly where an implementation
// rejects (or throws on) data its role must accept, never for one that accepts it.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWitness } from '../../src/compat/impact.js';
import type { CompatReport } from '../../src/compat/types.js';
import { type ReferenceService, startReferenceService } from '../../src/http/service.js';
import { httpTargetFromService } from '../../src/targets/http.js';
import { tempDir } from '../support/cli.js';
import { runCli } from '../support/in-process.js';

const mods = 'test/miniatures/modules';
const live = JSON.parse(readFileSync('examples/schema-versions/connected-user.live.schema.json', 'utf8'));
let dir: string;
let report: CompatReport;
let code: number;

const targets = {
  onOld: `module:${mods}/_base.mjs`,
  onNew: `module:${mods}/version-live.mjs`,
  pending: `module:${mods}/wrong-enum-pending.mjs`,
  throws: `module:${mods}/version-throws-on-unknown-status.mjs`,
  harness: 'cmd:node examples/node-harness/harness.mjs',
  wrapped: `cmd:node test/miniatures/harnesses/wrap.mjs ${mods}/version-live.mjs`,
};

beforeAll(async () => {
  dir = tempDir('pc-impact-');
  // NEW = the live-API version plus meta values that may also be numbers (a witness an sdk/me PATCH can carry).
  live.properties.meta.additionalProperties.type = ['string', 'number'];
  const newFile = resolve(dir, 'new.schema.json');
  writeFileSync(newFile, JSON.stringify(live));
  const args = Object.values(targets).flatMap((t) => ['--target', t]);
  const r = await runCli(process.cwd(), 'compat', 'embedded', newFile, ...args, '--report-dir', dir);
  code = r.code;
  report = JSON.parse(readFileSync(resolve(dir, 'compat.json'), 'utf8'));
}, 60_000);

/** outcome of (change, role) for each target, by the short names above. */
function row(change: string, role: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(targets)) {
    const hit = report.impact.find((i) => i.change === change && i.role === role && i.target.startsWith(spec));
    out[name] = hit ? `${hit.outcome}${hit.breaks ? ' BREAKS' : ''}` : 'missing';
  }
  return out;
}

describe('compat --target: the impact table', () => {
  it('lists every target and is still breaking (exit 1): the schema verdict does not depend on the targets', () => {
    expect(code).toBe(1);
    expect(report.targets.map((t) => t.kind)).toEqual(['module', 'module', 'module', 'module', 'cmd', 'cmd']);
  });

  it('writer witness (PENDING): implementations still on OLD reject it and break; those on NEW accept it', () => {
    expect(row('$.integrations.*.credentialStatus:enum', 'writer')).toEqual({
      onOld: 'rejects BREAKS',
      onNew: 'accepts',
      pending: 'accepts',
      throws: 'threw BREAKS',
      harness: 'rejects BREAKS',
      wrapped: 'accepts',
    });
  });

  it('reader witness (userId: null): implementations on NEW cannot read it; those on OLD still can', () => {
    expect(row('$.userId:type', 'reader')).toEqual({
      onOld: 'accepts',
      onNew: 'rejects BREAKS',
      pending: 'accepts',
      throws: 'accepts',
      harness: 'accepts',
      wrapped: 'rejects BREAKS',
    });
  });

  it('writer witness in meta (a number): every implementation that keeps meta values strings breaks', () => {
    expect(row('$.meta.*:type', 'writer')).toEqual({
      onOld: 'rejects BREAKS',
      onNew: 'rejects BREAKS',
      pending: 'rejects BREAKS',
      throws: 'rejects BREAKS',
      harness: 'rejects BREAKS',
      wrapped: 'rejects BREAKS',
    });
  });

  it('the Markdown report carries the impact table', () => {
    const md = readFileSync(resolve(dir, 'compat.md'), 'utf8');
    expect(md).toContain('### Impact on implementations');
    expect(md).toMatch(
      /\| `\$\.userId:type` \| reader \| module:test\/miniatures\/modules\/version-live\.mjs \| rejects \| \*\*breaks\*\*: validate → false: cannot read data valid under OLD \|/,
    );
  });
});

describe('HTTP targets: only {"meta": …} witnesses can be sent (PATCH), and only with writes allowed', () => {
  let service: ReferenceService;
  beforeAll(async () => {
    service = await startReferenceService();
  });
  afterAll(async () => {
    await service.close();
  });

  it('a meta witness is PATCHed: the reference service (on OLD) answers 4xx, so it rejects it', async () => {
    const target = httpTargetFromService(service);
    try {
      expect(await runWitness(target, { meta: { a: 0 } })).toEqual({ outcome: 'rejects', note: expect.stringMatching(/^PATCH answered 4\d\d$/) });
      expect(await runWitness(target, { meta: { a: 'fine' } })).toEqual({ outcome: 'accepts', note: 'PATCH answered 200' });
      expect((await runWitness(target, { integrations: { a: { credentialStatus: 'PENDING' } } })).outcome).toBe('not-sent');
    } finally {
      await target.close();
    }
  });

  it('read-only targets send nothing', async () => {
    const target = httpTargetFromService(service);
    const readOnly = { ...target, http: { ...target.http!, allowWrites: false } };
    try {
      expect(await runWitness(readOnly, { meta: { a: 0 } })).toEqual({ outcome: 'not-sent', note: expect.stringContaining('--allow-writes') });
    } finally {
      await target.close();
    }
  });
});
